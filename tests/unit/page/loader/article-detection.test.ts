// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isArticlePage } from '../../../../page/loader/article-detection.ts';

const page = (head: string, body = '<p>Short text.</p>') =>
  new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');

const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;

const LONG_PARAGRAPH =
  'The council met on Tuesday evening to decide the future of the old market hall, which has stood empty since the ' +
  'flood two winters ago, and after three hours of debate the members voted to repair it rather than sell the site.';

describe('isArticlePage', () => {
  const cases: Array<[string, Document, boolean]> = [
    ['JSON-LD NewsArticle', page(ld('{"@context":"https://schema.org","@type":"NewsArticle","headline":"x"}')), true],
    ['JSON-LD Article with a URL type', page(ld('{"@type":"http://schema.org/Article"}')), true],
    ['JSON-LD ReportageNewsArticle in a type array', page(ld('{"@type":["WebPage","ReportageNewsArticle"]}')), true],
    ['JSON-LD BlogPosting in @graph', page(ld('{"@graph":[{"@type":"WebSite"},{"@type":"BlogPosting"}]}')), true],
    ['JSON-LD top-level array', page(ld('[{"@type":"Organization"},{"@type":"NewsArticle"}]')), true],
    ['malformed JSON-LD, then a good one', page(ld('{"@type": "NewsArticle",') + ld('{"@type":"Article"}')), true],
    ['malformed JSON-LD alone', page(ld('{"@type": "NewsArticle",')), false],
    ['JSON-LD WebSite only', page(ld('{"@type":"WebSite","name":"Search"}')), false],
    ['microdata itemtype', page('', '<div itemscope itemtype="https://schema.org/NewsArticle"><p>x</p></div>'), true],
    ['og:type article', page('<meta property="og:type" content="article">'), true],
    ['og:type website', page('<meta property="og:type" content="website">'), false],
    ['readerable paragraphs', page('', `<article>${`<p>${LONG_PARAGRAPH}</p>`.repeat(4)}</article>`), true],
    [
      'search results page',
      page(
        '<title>Search</title>',
        '<form role="search"><input name="q"></form><ol><li><a href="/a">Mayor reportedly weighs tunnel</a><p>Council says plan is early.</p></li></ol>',
      ),
      false,
    ],
    [
      'results whose snippets are long paragraphs in list items',
      page('<title>Search</title>', `<ol>${`<li><a href="/r">Result</a><p>${LONG_PARAGRAPH}</p></li>`.repeat(8)}</ol>`),
      false,
    ],
    ['the same paragraphs outside a list', page('', `<div>${`<p>${LONG_PARAGRAPH}</p>`.repeat(8)}</div>`), true],
  ];
  it.each(cases)('%s', (_name, doc, expected) => {
    expect(isArticlePage(doc)).toBe(expected);
  });

  it('is false for a document without a body (an XML or image document)', () => {
    const doc = new DOMParser().parseFromString('<feed><entry>reportedly</entry></feed>', 'application/xml');
    expect(isArticlePage(doc)).toBe(false);
  });
});
