/**
 * Finds the article body on the live page: the body it marks plainly (no parsing at all), else
 * Readability's (loaded only then), else, when the reader asked or the page is too large for
 * Readability, the structural guess.
 */
import { createExclusionCheck, withoutFurniture } from './body-furniture.ts';
import { type ArticleMetadata, pageMetadata } from './article-metadata.ts';
import { readabilityBody, type ReadabilityClass } from './readability-body.ts';
import { type ArticleBody, commonAncestor, textNodesUnder } from './body-nodes.ts';

export type { ArticleMetadata };
export { createExclusionCheck };
export type { ArticleBody };
export { commonAncestor, textNodesUnder };

/**
 * Readability (clone + parse) is one synchronous task that cannot be sliced, and its cost grows
 * faster than the page: measured in Chromium and Firefox, ~20 ms for a 300-paragraph article
 * but ~300-500 ms for 5,000 paragraphs. Past these sizes the structural fallback (cheap, and
 * followed by sliced work) is used instead, so no task on a huge page runs past 50 ms.
 */
export const READABILITY_MAX_ELEMENTS = 4000;
export const READABILITY_MAX_PARAGRAPHS = 400;

export function fallbackRoot(doc: Document): Element {
  const articles = doc.getElementsByTagName('article');
  if (articles.length === 1) return articles[0]!;
  let best: Element | null = null;
  let bestLength = 0;
  for (const article of doc.querySelectorAll('article')) {
    const length = article.textContent?.length ?? 0;
    if (length > bestLength) [best, bestLength] = [article, length];
  }
  return best ?? doc.querySelector('main, [role="main"]') ?? doc.body;
}

/** Whether any text is under `root`: stops at the first word (`textContent` would copy a huge page's text). */
function hasText(root: Node, doc: Document): boolean {
  const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((node as Text).data.trim()) return true;
  return false;
}

const SKIPPED_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
const hasWords = (nodes: Text[]) => nodes.some((node) => node.data.trim());

/**
 * The structural guess. When the reader asked for a scan (`force`) and everything there looks
 * like furniture, its text is read anyway (never code or style): the reader asked to have this
 * page read, and a scan that silently does nothing is worse than one that reads a list.
 */
function fallbackBody(doc: Document, huge: boolean, force = false): ArticleBody | null {
  const root = fallbackRoot(doc);
  if (huge) {
    // Walking and filtering every node here would be one long task: the walk is left to the gatherer.
    return hasText(root, doc) ? { textNodes: null, root, via: 'fallback', metadata: pageMetadata(doc) } : null;
  }
  const all = textNodesUnder(root, doc);
  let textNodes = withoutFurniture(all, root);
  if (!hasWords(textNodes) && force) textNodes = all.filter((node) => !SKIPPED_PARENTS.has(node.parentElement?.tagName ?? ''));
  if (!hasWords(textNodes)) return null;
  return { textNodes, root, via: 'fallback', metadata: pageMetadata(doc) };
}

/**
 * A body the page marks plainly: its one `articleBody` element, or its one <article>, holding
 * most of the page's paragraph text. Such a page needs no Readability (a clone of the whole
 * document and a full parse, the largest part of Sourcelight's first task); the headline and
 * byline above the text are left out, as Readability leaves them out.
 */
export const MARKED_BODY_MIN_SHARE = 0.6;
export const MARKED_BODY_MIN_CHARS = 500;
const HEADING_SELECTOR = 'h1, header';

function markedBodyRoot(doc: Document): Element | null {
  const declared = doc.querySelectorAll('[itemprop~="articleBody"]');
  const articles = doc.getElementsByTagName('article');
  const root = declared.length === 1 ? declared[0]! : declared.length === 0 && articles.length === 1 ? articles[0]! : null;
  if (!root) return null;
  let inside = 0;
  let all = 0;
  for (const paragraph of doc.getElementsByTagName('p')) {
    const length = paragraph.textContent?.length ?? 0;
    all += length;
    if (root.contains(paragraph)) inside += length;
  }
  return inside >= MARKED_BODY_MIN_CHARS && inside >= all * MARKED_BODY_MIN_SHARE ? root : null;
}

function markedBody(doc: Document): ArticleBody | null {
  const root = markedBodyRoot(doc);
  if (!root) return null;
  const excluded = createExclusionCheck(root);
  const inHeading = (node: Text) => {
    const heading = node.parentElement?.closest(HEADING_SELECTOR);
    return !!heading && root.contains(heading);
  };
  const textNodes = textNodesUnder(root, doc).filter((node) => !excluded(node) && !inHeading(node));
  if (!textNodes.some((node) => node.data.trim())) return null;
  return { textNodes, root, via: 'marked', metadata: pageMetadata(doc) };
}

export interface FindBodyOptions {
  /** The reader asked for a scan: when Readability finds nothing, take the structural guess. */
  force?: boolean;
  /** Readability's class, once loaded; without it a page that needs it answers NEEDS_READABILITY. */
  Readability?: ReadabilityClass | undefined;
}

/** The page marks no body plainly: Readability must be loaded to look further. */
export const NEEDS_READABILITY = 'needs-readability';

export function findArticleBody(doc: Document, options: FindBodyOptions = {}): ArticleBody | null | typeof NEEDS_READABILITY {
  if (!doc.body) return null;
  if (
    doc.getElementsByTagName('*').length > READABILITY_MAX_ELEMENTS ||
    doc.getElementsByTagName('p').length > READABILITY_MAX_PARAGRAPHS
  ) {
    return fallbackBody(doc, true);
  }
  let body: ArticleBody | null = markedBody(doc);
  if (body) return body;
  if (!options.Readability) return NEEDS_READABILITY;
  try {
    body = readabilityBody(doc, options.Readability);
  } catch {
    body = null; // Readability throws on some odd documents; treat it as "found nothing".
  }
  return body ?? (options.force ? fallbackBody(doc, false, true) : null);
}
