// @vitest-environment happy-dom
/**
 * Furniture judges blocks inside the article, never the article's ancestors (issue #18): a
 * story inside a "share" container or a <form> is read, its captions, standfirst, teaser rails
 * and deals disclaimers are not.
 */
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { type ArticleBody, findArticleBody } from '../../../../page/body/article-body.ts';
import type { ReadabilityClass } from '../../../../page/body/readability-body.ts';
import { pageContext } from '../../../../page/body/article-context.ts';
import { buildBlocks } from '../../../../page/body/text-blocks.ts';

const PARAGRAPHS = [
  'The harbour board voted on Tuesday to close the north pier for repairs, a spokesperson for the board said.',
  'Work on the pier is expected to last until the spring, according to people familiar with the plans.',
  'Fishing crews who moor there will move to the south basin, which the board enlarged two years ago.',
  'Critics say the closure comes too late, after a winter in which two boats were damaged at their moorings.',
  'The board chair, Ana Ferreira, said the repairs had been planned for some time and were fully funded.',
  'A council report published last month found that the pier had not been inspected in full since 2019.',
];
const STORY = PARAGRAPHS.map((text) => `<p>${text}</p>`).join('');

const parse = (html: string) =>
  new DOMParser().parseFromString(
    `<!doctype html><html><head><title>Pier</title></head><body>${html}</body></html>`,
    'text/html',
  );
/** Readability finding nothing, as it does on a page of lists and links. */
const NothingFound = class {
  parse() {
    return null;
  }
} as unknown as ReadabilityClass;

function bodyOf(html: string, force = false, readability = Readability as unknown as ReadabilityClass) {
  const doc = parse(html);
  const body = findArticleBody(doc, { Readability: readability, force }) as ArticleBody | null;
  const text = body?.textNodes
    ? buildBlocks(body.textNodes, doc)
        .map((block) => block.text)
        .join('\n')
    : '';
  return { body, text };
}

describe("furniture words on the article's ancestors", () => {
  it.each([
    ['a share container', `<div class="share-container"><article>${STORY}</article></div>`],
    ['a social wrapper with an id', `<div id="social-wrap"><div class="promotion-slot"><article>${STORY}</article></div></div>`],
    ['a <form> around the page', `<form action="/x"><main><article>${STORY}</article></main></form>`],
    ['a <form> with no <article> (Readability)', `<form action="/x"><div class="story-body">${STORY}</div></form>`],
    ['WordPress taxonomy classes', `<article class="post category-social-media tag-share tag-promotion">${STORY}</article>`],
  ])('reads an article inside %s', (_name, html) => {
    const { body, text } = bodyOf(html);
    expect(body).not.toBeNull();
    for (const paragraph of PARAGRAPHS) expect(text).toContain(paragraph);
  });

  it('still leaves out a share bar inside the article', () => {
    const { text } = bodyOf(
      `<div class="share-container"><article>${STORY}<div class="share-bar"><p>Share this story with friends now</p></div></article></div>`,
    );
    expect(text).toContain(PARAGRAPHS[0]);
    expect(text).not.toContain('Share this story');
  });
});

describe('what is not body text', () => {
  const page = (extra: string) => bodyOf(`<article>${extra}${STORY}</article>`).text;
  it.each([
    ['a "(Image: …)" credit line', '<p>(Image: Harbour Board handout)</p>', 'Harbour Board handout'],
    [
      'a "Photo:" caption',
      '<p><span>Photo: Ana Ferreira at the north pier, which officials say is unsafe</span></p>',
      'officials say is unsafe',
    ],
    [
      'a figcaption',
      '<figure><img alt=""><figcaption>The pier, which critics say is unsafe.</figcaption></figure>',
      'critics say is unsafe',
    ],
    ['a *-caption block', '<div class="image-caption">Boats in the basin, reportedly full.</div>', 'reportedly full'],
    ['a camelCase caption', '<div class="mediaCaption">Crews, who allegedly left early.</div>', 'allegedly left early'],
    [
      "a standfirst in the article's header",
      '<header><h1>North pier to close</h1><p class="summary">Repairs are said to be overdue, insiders claim.</p></header>',
      'insiders claim',
    ],
    [
      'a teaser rail',
      '<div class="teaser-rail"><p>More stories: critics say the ferry is late again.</p></div>',
      'ferry is late',
    ],
    ['a deals disclaimer by class', '<p class="deals-disclaimer">Prices are said to change often.</p>', 'Prices are said'],
    [
      'an affiliate line by its words',
      '<p>We may earn a commission when you buy through links on this page.</p>',
      'earn a commission',
    ],
  ])('leaves out %s', (_name, extra, words) => {
    const text = page(extra);
    expect(text).toContain(PARAGRAPHS[1]);
    expect(text).not.toContain(words);
  });

  it('keeps a short paragraph about commissions that is not the outlet speaking of itself', () => {
    const text = page('<p>Critics say the agents earn a commission on every berth they sell.</p>');
    expect(text).toContain('agents earn a commission');
  });

  it('keeps a paragraph that only mentions an image in its prose', () => {
    const text = page('<p>Images of the pier: the board published several, and critics say they show the damage.</p>');
    expect(text).toContain('critics say they show the damage');
  });
});

describe('a scan the reader asked for', () => {
  it('reads a page whose text is all furniture rather than finding nothing', () => {
    const html = '<nav><p>Harbour news, reportedly the best in the county, and more besides.</p></nav>';
    expect(bodyOf(html, false, NothingFound).body).toBeNull();
    const { body, text } = bodyOf(html, true, NothingFound);
    expect(body).not.toBeNull();
    expect(text).toContain('reportedly the best');
  });

  it('never reads code or style, even then', () => {
    const html = '<nav><script>var reportedly = 1;</script><style>p{}</style></nav>';
    expect(bodyOf(html, true, NothingFound).body).toBeNull();
  });
});

describe('the byline (issue #18)', () => {
  const withHead = (head: string, body: string) =>
    new DOMParser().parseFromString(
      `<!doctype html><html><head><title>Pier</title>${head}</head><body>${body}</body></html>`,
      'text/html',
    );
  const bylineOf = (doc: Document) =>
    (findArticleBody(doc, { Readability: Readability as unknown as ReadabilityClass }) as ArticleBody).metadata.byline;

  it("is found in the page's elements when its markup names no author, as Readability finds it", () => {
    const doc = withHead('', `<article><h1>Pier to close</h1><div class="story-byline">By Ana Ferreira</div>${STORY}</article>`);
    expect(bylineOf(doc)).toBe('By Ana Ferreira');
  });

  it("prefers the page's author metadata", () => {
    const doc = withHead(
      '<meta name="author" content="Jo Marsh">',
      `<article><div class="byline">By someone else</div>${STORY}</article>`,
    );
    expect(bylineOf(doc)).toBe('Jo Marsh');
  });

  it("takes Readability's byline on a page Readability reads when the markup names none", () => {
    const doc = withHead('', `<div class="story"><p class="byline">By Sam Okafor</p>${STORY}</div>`);
    expect(bylineOf(doc)).toBe('By Sam Okafor');
  });

  it('reaches the popup as a name, without the date and counts glued to it', () => {
    const doc = withHead(
      '',
      `<article><h1>Pier to close</h1><div class="byline">by Ana Ferreira22 Dec 2016651</div>${STORY}</article>`,
    );
    const body = findArticleBody(doc, { Readability: Readability as unknown as ReadabilityClass }) as ArticleBody;
    expect(pageContext('https://news.example/pier', doc, body.metadata).byline).toBe('Ana Ferreira');
  });

  it('is left out when it is only the outlet’s name', () => {
    const doc = withHead(
      '<meta property="og:site_name" content="Harbour News"><meta name="author" content="Harbour News">',
      `<article><h1>Pier to close</h1>${STORY}</article>`,
    );
    const body = findArticleBody(doc, { Readability: Readability as unknown as ReadabilityClass }) as ArticleBody;
    const context = pageContext('https://news.example/pier', doc, body.metadata);
    expect([context.site, context.byline]).toEqual(['Harbour News', '']);
  });
});
