// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findArticleBody, READABILITY_MAX_ELEMENTS } from '../../../core/page/article-body.ts';
import { buildBlocks } from '../../../core/page/text-blocks.ts';

const SEED_NEWS = readFileSync(join(import.meta.dirname, '../../e2e/pages/seed-news.html'), 'utf8');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const bodyText = (doc: Document, nodes: Text[]) => buildBlocks(nodes, doc).map((block) => block.text);

describe('findArticleBody on a realistic news page', () => {
  const doc = parse(SEED_NEWS);
  const body = findArticleBody(doc)!;
  const texts = bodyText(doc, body.textNodes);
  const all = texts.join('\n');

  it('is found by Readability and returns live nodes of the page', () => {
    expect(body.via).toBe('readability');
    expect(body.textNodes.every((node) => doc.contains(node))).toBe(true);
    expect(doc.querySelector('article')!.contains(body.root) || body.root.contains(doc.querySelector('article p'))).toBe(true);
  });

  it('keeps the body paragraphs, in reading order', () => {
    const paragraphs = [...doc.querySelectorAll('article > p:not(.byline)')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
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

describe('findArticleBody fallbacks', () => {
  it('takes the structural guess on pages too large for Readability, minus furniture', () => {
    const filler = '<span>.</span>'.repeat(READABILITY_MAX_ELEMENTS);
    const doc = parse(
      `<html><body><nav>Home</nav><main><div class="share-bar">Share this</div><p>Officials reportedly met.</p><div hidden>${filler}</div></main><footer>Footer text</footer></body></html>`,
    );
    const body = findArticleBody(doc)!;
    expect(body.via).toBe('fallback');
    expect(body.root.tagName).toBe('MAIN');
    const text = bodyText(doc, body.textNodes).join('\n');
    expect(text).toBe('Officials reportedly met.');
  });

  it('returns null for an empty article (a body that arrives later)', () => {
    const doc = parse('<html><head><meta property="og:type" content="article"></head><body><article></article></body></html>');
    expect(findArticleBody(doc)).toBeNull();
  });

  it('maps text back to live nodes even when Readability rebuilds the tree (short article, retry path)', () => {
    const doc = parse(
      '<html><body><div id="story"><div>Two people familiar with the plan said the bridge will close. <b>The mayor</b> declined to comment.</div></div></body></html>',
    );
    const body = findArticleBody(doc, { force: true })!;
    expect(body.textNodes.every((node) => doc.contains(node))).toBe(true);
    expect(bodyText(doc, body.textNodes).join(' ')).toContain('Two people familiar with the plan said the bridge will close.');
  });
});
