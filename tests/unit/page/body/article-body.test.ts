// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import {
  createExclusionCheck,
  findArticleBody,
  type FindBodyOptions,
  NEEDS_READABILITY,
  READABILITY_MAX_ELEMENTS,
  type ArticleBody,
} from '../../../../page/body/article-body.ts';
import type { ReadabilityClass } from '../../../../page/body/readability-body.ts';
import { createBlockGatherer } from '../../../../page/body/block-gatherer.ts';
import { createElementExclusionCheck } from '../../../../page/body/body-furniture.ts';
import { buildBlocks } from '../../../../page/body/text-blocks.ts';

const SEED_NEWS = readFileSync(join(import.meta.dirname, '../../../e2e/pages/seed-news.html'), 'utf8');
/** The body with Readability at hand, as the engine has it once loaded. */
const find = (doc: Document, options: FindBodyOptions = {}) =>
  findArticleBody(doc, { Readability: Readability as unknown as ReadabilityClass, ...options }) as ArticleBody | null;
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
/** The body's text nodes, walked from its root when the page was too large to gather them at once. */
function nodesOf(doc: Document, body: ArticleBody): Text[] {
  if (body.textNodes) return body.textNodes;
  const gatherer = createBlockGatherer(
    { textNodes: null, root: body.root, excluded: createElementExclusionCheck() },
    doc,
    () => 0,
  );
  while (!gatherer.step(Infinity));
  return gatherer.blocks().flatMap((block) => block.nodes);
}
const bodyText = (doc: Document, nodes: Text[] | null, body?: ArticleBody) =>
  buildBlocks(nodes ?? nodesOf(doc, body!), doc).map((block) => block.text);

describe('findArticleBody on a realistic news page', () => {
  const doc = parse(SEED_NEWS);
  const body = find(doc)!;
  const texts = bodyText(doc, body.textNodes, body);
  const all = texts.join('\n');

  it("is taken from the page's one <article>, without Readability, as live nodes of the page", () => {
    expect(body.via).toBe('marked');
    expect(nodesOf(doc, body).every((node) => doc.contains(node))).toBe(true);
    expect(doc.querySelector('article')!.contains(body.root) || body.root.contains(doc.querySelector('article p'))).toBe(true);
  });

  it('keeps the body paragraphs, in reading order', () => {
    const paragraphs = [...doc.querySelectorAll('article > p:not(.byline)')].map((p) =>
      p.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(paragraphs).toHaveLength(17);
    for (const paragraph of paragraphs) expect(texts).toContain(paragraph);
    expect(texts.indexOf(paragraphs[0]!)).toBeLessThan(texts.indexOf(paragraphs[16]!));
  });

  it.each([
    ['navigation', 'Celebrity News'],
    ['related headlines', 'Considers Second Presidential Bid'],
    ['newsletter box', 'Sign up here'],
    ['comments', 'Sources say the campaign was a mess'],
    ['comment form', 'Add a comment'],
    ['footer', 'All rights reserved'],
  ])('leaves out the %s', (_what, text) => {
    expect(all).not.toContain(text);
  });

  it('reads the metadata', () => {
    expect(body.metadata.siteName).toBe('OK!');
    expect(body.metadata.publishedTime).toBe('2025-01-24T14:05:00Z');
    expect(body.metadata.byline).toContain('Rebecca Marks');
    expect(body.metadata.title).toContain('Kamala Harris Asked Hillary Clinton');
  });
});

describe('findArticleBody without a plainly marked body', () => {
  // Two <article> elements (say, the story and a teaser): the mark is not plain, Readability decides.
  const doc = parse(
    SEED_NEWS.replace(
      '<aside class="related-stories">',
      '<article class="teaser"><p>Teaser text.</p></article><aside class="related-stories">',
    ),
  );
  const body = find(doc)!;
  const all = bodyText(doc, body.textNodes, body).join('\n');

  it('uses Readability, and finds the same body', () => {
    expect(body.via).toBe('readability');
    expect(all).toContain('according to insiders');
    expect(all).not.toContain('Sources say the campaign was a mess');
    expect(all).not.toContain('Sign up here');
  });

  it('gives the marked and the Readability body the same paragraphs', () => {
    const marked = bodyText(parse(SEED_NEWS), find(parse(SEED_NEWS))!.textNodes).filter((text) => text.length > 60);
    const read = bodyText(doc, body.textNodes, body).filter((text) => text.length > 60);
    expect(marked).toEqual(read);
  });

  it("does not trust an <article> holding little of the page's text", () => {
    const thin = parse(
      `<html><body><article><p>${'Short teaser. '.repeat(5)}</p></article><div>${'<p>Officials reportedly met again on Monday to discuss the plan in detail.</p>'.repeat(30)}</div></body></html>`,
    );
    expect(find(thin)?.via).not.toBe('marked');
  });
});

describe('findArticleBody fallbacks', () => {
  it('takes the structural guess on pages too large for Readability, minus furniture', () => {
    const filler = '<span>.</span>'.repeat(READABILITY_MAX_ELEMENTS);
    const doc = parse(
      `<html><body><nav>Home</nav><main><div class="share-bar">Share this</div><p>Officials reportedly met.</p><div hidden>${filler}</div></main><footer>Footer text</footer></body></html>`,
    );
    const body = find(doc)!;
    expect(body.via).toBe('fallback');
    expect(body.root.tagName).toBe('MAIN');
    const text = bodyText(doc, body.textNodes, body).join('\n');
    expect(text).toBe('Officials reportedly met.');
  });

  it('returns null for an empty article (a body that arrives later)', () => {
    const doc = parse('<html><head><meta property="og:type" content="article"></head><body><article></article></body></html>');
    expect(find(doc)).toBeNull();
  });

  it('maps text back to live nodes even when Readability rebuilds the tree (short article, retry path)', () => {
    const doc = parse(
      '<html><body><div id="story"><div>Two people familiar with the plan said the bridge will close. <b>The mayor</b> declined to comment.</div></div></body></html>',
    );
    const body = find(doc, { force: true })!;
    expect(nodesOf(doc, body).every((node) => doc.contains(node))).toBe(true);
    expect(bodyText(doc, body.textNodes, body).join(' ')).toContain(
      'Two people familiar with the plan said the bridge will close.',
    );
  });
});

describe('link-dense lists and paragraphs inside the article', () => {
  const doc = parse(readFileSync(join(import.meta.dirname, '../../../e2e/pages/teasers.html'), 'utf8'));
  const body = find(doc)!;
  const all = bodyText(doc, body.textNodes, body).join('\n');

  it('are not body text: a "Read more" list of linked headlines, a paragraph that is one link', () => {
    expect(all).not.toContain('port deal is close to collapse');
    expect(all).not.toContain('Harbour master reportedly');
    expect(all).not.toContain('Read more: sources say');
  });

  it('while paragraphs of prose around them, and a paragraph with a link in its prose, stay', () => {
    expect(all).toContain('Insiders say the increase was agreed weeks ago');
    expect(all).toContain('Others think the price will keep drivers');
    const prose = parse(
      '<article><p>The council, which <a href="/c">met on Monday</a>, voted to keep the ferry running all winter long.</p></article>',
    );
    expect(createExclusionCheck()(prose.querySelector('p')!.firstChild!)).toBe(false);
  });

  it('are found the same in a long body, whose links are read all at once', () => {
    const prose = (i: number) => `<p>The council met for the ${i}th time on Monday and voted to keep the ferry.</p>`;
    const paragraphs = Array.from({ length: 200 }, (_, i) => prose(i));
    paragraphs.splice(150, 0, '<p>Its chair, <a href="/c">who spoke on Monday</a>, said the vote was close and fair.</p>');
    paragraphs.splice(170, 0, '<p><a href="/r">Read more: the ferry timetable for the whole of next winter</a></p>');
    const long = parse(`<article>${paragraphs.join('')}</article>`);
    const excluded = createExclusionCheck(long.querySelector('article'));
    const verdicts = [...long.querySelectorAll('p')].map((p) => excluded(p.firstChild!));
    expect(verdicts.filter(Boolean)).toHaveLength(1);
    expect(verdicts[170]).toBe(true);
    expect(verdicts[150]).toBe(false);
  });
});

describe('Readability is loaded only when a page needs it', () => {
  it('a page that marks its body plainly is read without it; one that does not asks for it', () => {
    expect((findArticleBody(parse(SEED_NEWS)) as ArticleBody).via).toBe('marked');
    const unmarked = parse(SEED_NEWS.replace(/<\/?article[^>]*>/g, ''));
    expect(findArticleBody(unmarked)).toBe(NEEDS_READABILITY);
    expect(find(unmarked)?.via).toBe('readability');
  });
});
