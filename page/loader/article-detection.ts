/**
 * Does this page look like an article? Sourcelight stays idle elsewhere (search pages, web
 * apps, PDF viewers, images, XML), so it never paints a results page or an inbox.
 */
// The readerable check alone: importing the package index would bring all of Readability into the loader.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';

/** schema.org types that are articles; compared without the vocabulary prefix. */
export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'Article',
  'NewsArticle',
  'AnalysisNewsArticle',
  'AskPublicNewsArticle',
  'BackgroundNewsArticle',
  'OpinionNewsArticle',
  'ReportageNewsArticle',
  'ReviewNewsArticle',
  'SatiricalArticle',
  'Report',
  'BlogPosting',
  'LiveBlogPosting',
  'SocialMediaPosting',
]);

/** "https://schema.org/NewsArticle", "schema:NewsArticle", "NewsArticle" → "NewsArticle". */
function bareType(type: string): string {
  return type.trim().replace(/^.*[/:#]/, '');
}

const isArticleType = (type: unknown): boolean =>
  typeof type === 'string' && type.split(/\s+/).some((t) => ARTICLE_TYPES.has(bareType(t)));

/** JSON-LD nodes nest in arrays, `@graph` and `mainEntity`; depth-limited so a hostile page cannot make us loop. */
function jsonLdHasArticle(value: unknown, depth = 0): boolean {
  if (depth > 6 || typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some((item) => jsonLdHasArticle(item, depth + 1));
  const node = value as Record<string, unknown>;
  const type = node['@type'];
  if (Array.isArray(type) ? type.some(isArticleType) : isArticleType(type)) return true;
  return ['@graph', 'mainEntity', 'mainEntityOfPage'].some((key) => jsonLdHasArticle(node[key], depth + 1));
}

/** Every JSON-LD block of the page, parsed; malformed ones are skipped. */
export function readJsonLd(doc: Document): unknown[] {
  const values: unknown[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      values.push(JSON.parse(script.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common in the wild; it just says nothing.
    }
  }
  return values;
}

function hasArticleJsonLd(doc: Document): boolean {
  return readJsonLd(doc).some((value) => jsonLdHasArticle(value));
}

function hasArticleMicrodata(doc: Document): boolean {
  for (const element of doc.querySelectorAll('[itemtype]')) {
    if (isArticleType(element.getAttribute('itemtype'))) return true;
  }
  return false;
}

/** Read from the head only: the parser keeps meta tags there, and a selector over the whole
 * document costs a page of 20,000 nodes about 0.4 ms (README, "Speed"). */
function hasArticleOpenGraph(doc: Document): boolean {
  const type = doc.head?.querySelector('meta[property="og:type" i], meta[name="og:type" i]')?.getAttribute('content');
  return !!type && /^article\b/i.test(type.trim());
}

/** Only HTML documents: a PDF viewer, an image or an XML feed is never an article to scan. */
function isHtmlDocument(doc: Document): boolean {
  const contentType = (doc as Document & { contentType?: string }).contentType;
  return (!contentType || contentType === 'text/html' || contentType === 'application/xhtml+xml') && !!doc.body;
}

/** Readability's readerable test scores nodes of at least this much text, and needs this much score. */
const READERABLE_MIN_LENGTH = 140;
const READERABLE_MIN_SCORE = 20;

/**
 * The most the readerable test could score on this page (it skips hidden and unlikely nodes, so
 * it scores less): counted over the live tag collections, which cost next to nothing, so a web
 * app or a page of short snippets is answered without the test's selector walks of the document.
 */
function readerableScoreBound(doc: Document): number {
  let bound = 0;
  const add = (node: Node | null) => {
    const length = node?.textContent?.trim().length ?? 0;
    if (length >= READERABLE_MIN_LENGTH) bound += Math.sqrt(length - READERABLE_MIN_LENGTH);
  };
  // The test skips paragraphs in list items (search results, teasers); so does the bound.
  for (const node of doc.getElementsByTagName('p')) if (!node.closest('li')) add(node);
  for (const tag of ['pre', 'article']) for (const node of doc.getElementsByTagName(tag)) add(node);
  const divsWithBreaks = new Set<Node>();
  for (const br of doc.getElementsByTagName('br'))
    if (br.parentElement?.localName === 'div') divsWithBreaks.add(br.parentElement);
  for (const div of divsWithBreaks) add(div);
  return bound;
}

export function isArticlePage(doc: Document): boolean {
  if (!isHtmlDocument(doc)) return false;
  // Cheapest first: one meta tag, then the marked-up types, then parsing the JSON-LD blocks.
  if (hasArticleOpenGraph(doc) || hasArticleMicrodata(doc) || hasArticleJsonLd(doc)) return true;
  if (readerableScoreBound(doc) < READERABLE_MIN_SCORE) return false;
  try {
    return isProbablyReaderable(doc);
  } catch {
    return false;
  }
}
