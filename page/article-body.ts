/**
 * Finds the article body on the live page. Readability runs on a clone (it rewrites the tree it
 * reads); the clone's text nodes are mapped to the live ones before parsing, so the body comes
 * back as live text nodes a Range can point at.
 */
import { Readability } from '@mozilla/readability';
import { readJsonLd } from './article-detection.ts';

export interface ArticleMetadata {
  title: string;
  byline: string;
  siteName: string;
  publishedTime?: string;
}

export interface ArticleBody {
  /**
   * The body's text nodes, in document order; null when the page is too large to gather them in
   * one task: then they are walked from `root`, furniture left out, a slice at a time (see
   * block-gatherer.ts).
   */
  textNodes: Text[] | null;
  /** The smallest element holding them all: text added under it later may be body too. */
  root: Element;
  /** Which way the body was found. */
  via: 'marked' | 'readability' | 'fallback';
  metadata: ArticleMetadata;
}

/**
 * Readability (clone + parse) is one synchronous task that cannot be sliced, and its cost grows
 * faster than the page: measured in Chromium and Firefox, ~20 ms for a 300-paragraph article
 * but ~300-500 ms for 5,000 paragraphs. Past these sizes the structural fallback (cheap, and
 * followed by sliced work) is used instead, so no task on a huge page runs past 50 ms.
 */
export const READABILITY_MAX_ELEMENTS = 4000;
export const READABILITY_MAX_PARAGRAPHS = 400;

/** Things Readability may keep that a reader would not call the body. */
const EXCLUDED_SELECTOR = [
  'figcaption',
  'aside',
  'nav',
  'footer',
  'form',
  'header nav',
  'button',
  'select',
  'textarea',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  '[hidden]',
  '[aria-hidden="true"]',
  '[role="complementary"]',
  '[role="navigation"]',
  '[role="contentinfo"]',
  '[role="search"]',
  'sourcelight-ui',
].join(',');

/** Words in a class or id that mark page furniture. */
const FURNITURE_WORDS = new Set([
  'newsletter',
  'related',
  'share',
  'sharing',
  'social',
  'comment',
  'comments',
  'promo',
  'promotion',
  'promoted',
  'signup',
  'subscribe',
  'subscription',
  'outbrain',
  'taboola',
  'recirculation',
  'recommended',
  'disqus',
  'byline',
  'dateline',
]);

/** "related-links", "shareBar", "comments_section" → ["related", "links"], ["share", "bar"], ... */
function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s\-_]+/)
    .filter(Boolean);
}

function isFurniture(element: Element): boolean {
  if (element.matches(EXCLUDED_SELECTOR)) return true;
  const names = `${element.getAttribute('class') ?? ''} ${element.id}`;
  return wordsOf(names).some((word) => FURNITURE_WORDS.has(word));
}

/**
 * Memoised per call site: most text nodes share ancestors, so each element is judged once.
 * Stops below <body>: a class on <body> or <html> says nothing about one paragraph.
 */
export function createExclusionCheck(): (node: Node) => boolean {
  const memo = new WeakMap<Element, boolean>();
  const excluded = (element: Element | null): boolean => {
    if (!element || element.tagName === 'BODY' || element.tagName === 'HTML') return false;
    const known = memo.get(element);
    if (known !== undefined) return known;
    const verdict = isFurniture(element) || excluded(element.parentElement);
    memo.set(element, verdict);
    return verdict;
  };
  return (node) => excluded(node.nodeType === 1 ? (node as Element) : node.parentElement);
}

function textNodesUnder(root: Node, doc: Document): Text[] {
  const nodes: Text[] = [];
  const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** The deepest element containing every node. */
function commonAncestor(nodes: Node[], fallback: Element): Element {
  const first = nodes[0];
  if (!first) return fallback;
  let ancestor: Element | null = first.parentElement;
  for (const node of nodes) {
    while (ancestor && !ancestor.contains(node)) ancestor = ancestor.parentElement;
  }
  return ancestor ?? fallback;
}

const meta = (doc: Document, selector: string) => doc.querySelector(selector)?.getAttribute('content')?.trim() || '';

function jsonLdArticleFields(doc: Document): { author: string; datePublished: string; publisher: string } {
  const found = { author: '', datePublished: '', publisher: '' };
  const nameOf = (value: unknown): string => {
    if (typeof value === 'string') return value;
    if (Array.isArray(value)) return value.map(nameOf).filter(Boolean).join(', ');
    if (value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string') {
      return (value as { name: string }).name;
    }
    return '';
  };
  const visit = (value: unknown, depth: number) => {
    if (depth > 6 || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const node = value as Record<string, unknown>;
    if (!found.datePublished && typeof node.datePublished === 'string') found.datePublished = node.datePublished;
    if (!found.author && node.author) found.author = nameOf(node.author);
    if (!found.publisher && node.publisher) found.publisher = nameOf(node.publisher);
    visit(node['@graph'], depth + 1);
  };
  for (const value of readJsonLd(doc)) visit(value, 0);
  return found;
}

/** The author link or author property in the page, when no metadata names one. */
const domByline = (doc: Document) =>
  doc.querySelector('[rel="author"], [itemprop="author"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Title, byline, site and date from the page's own metadata (used where Readability says nothing). */
export function pageMetadata(doc: Document): ArticleMetadata {
  const ld = jsonLdArticleFields(doc);
  const publishedTime =
    meta(doc, 'meta[property="article:published_time"]') ||
    ld.datePublished ||
    doc.querySelector('article time[datetime]')?.getAttribute('datetime')?.trim() ||
    undefined;
  return {
    title: meta(doc, 'meta[property="og:title"]') || doc.title.trim(),
    byline: meta(doc, 'meta[name="author"]') || ld.author || domByline(doc),
    siteName: meta(doc, 'meta[property="og:site_name"]') || ld.publisher,
    ...(publishedTime ? { publishedTime } : {}),
  };
}

/**
 * Clone text node → live text node. cloneNode(true) copies the tree exactly, so walking both
 * in document order pairs them up. Elements are numbered too (`data-sourcelight-i`), because
 * Readability sometimes restores the page from its own innerHTML and retries, which makes new
 * text nodes; those are then found through their nearest numbered ancestor.
 */
const INDEX_ATTRIBUTE = 'data-sourcelight-i';

function pairClone(live: Document, clone: Document) {
  const texts = new Map<Node, Text>();
  const elements: Element[] = [];
  const liveWalker = live.createTreeWalker(live.documentElement, 0x1 | 0x4);
  const cloneWalker = clone.createTreeWalker(clone.documentElement, 0x1 | 0x4);
  for (
    let a: Node | null = liveWalker.currentNode, b: Node | null = cloneWalker.currentNode;
    a && b;
    a = liveWalker.nextNode(), b = cloneWalker.nextNode()
  ) {
    if (a.nodeType === 3) texts.set(b, a as Text);
    else {
      (b as Element).setAttribute(INDEX_ATTRIBUTE, String(elements.length));
      elements.push(a as Element);
    }
  }
  return { texts, elements };
}

type ClonePairs = ReturnType<typeof pairClone>;

const inDocumentOrder = (a: Node, b: Node) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1);

function liveTextNodesOf(content: Element, pairs: ClonePairs, live: Document, clone: Document): Text[] {
  const found: Text[] = [];
  const used = new Set<Text>();
  for (const node of textNodesUnder(content, clone)) {
    let twin = pairs.texts.get(node);
    if (!twin) {
      // Readability rebuilt this node: look among the live text of its nearest numbered ancestor.
      const holder = node.parentElement?.closest(`[${INDEX_ATTRIBUTE}]`);
      const liveHolder = holder ? pairs.elements[Number(holder.getAttribute(INDEX_ATTRIBUTE))] : undefined;
      if (liveHolder) twin = textNodesUnder(liveHolder, live).find((t) => !used.has(t) && t.data === (node as Text).data);
    }
    if (twin && !used.has(twin)) {
      used.add(twin);
      found.push(twin);
    }
  }
  return found.sort(inDocumentOrder);
}

function withoutFurniture(nodes: Text[]): Text[] {
  const excluded = createExclusionCheck();
  return nodes.filter((node) => !excluded(node));
}

function readabilityBody(doc: Document): ArticleBody | null {
  const clone = doc.cloneNode(true) as Document;
  const pairs = pairClone(doc, clone);
  // `serializer: el => el` makes `content` the article element itself rather than its HTML.
  const article = new Readability<Element>(clone, { serializer: (el) => el as Element }).parse();
  if (!article?.content) return null;
  const textNodes = withoutFurniture(liveTextNodesOf(article.content, pairs, doc, clone));
  if (!textNodes.some((node) => node.data.trim())) return null;
  const fallback = pageMetadata(doc);
  const publishedTime = article.publishedTime?.trim() || fallback.publishedTime;
  return {
    textNodes,
    root: commonAncestor(textNodes, doc.body),
    via: 'readability',
    metadata: {
      title: article.title?.trim() || fallback.title,
      byline: article.byline?.trim() || fallback.byline,
      siteName: article.siteName?.trim() || fallback.siteName,
      ...(publishedTime ? { publishedTime } : {}),
    },
  };
}

/** The structural guess: the <article> with the most text, else <main>, else <body>, minus furniture. */
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

function fallbackBody(doc: Document, huge: boolean): ArticleBody | null {
  const root = fallbackRoot(doc);
  if (huge) {
    // Walking and filtering every node here would be one long task: the walk is left to the gatherer.
    return (root.textContent ?? '').trim() ? { textNodes: null, root, via: 'fallback', metadata: pageMetadata(doc) } : null;
  }
  const textNodes = withoutFurniture(textNodesUnder(root, doc));
  if (!textNodes.some((node) => node.data.trim())) return null;
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
  const excluded = createExclusionCheck();
  const textNodes = textNodesUnder(root, doc).filter((node) => !excluded(node) && !node.parentElement?.closest(HEADING_SELECTOR));
  if (!textNodes.some((node) => node.data.trim())) return null;
  return { textNodes, root, via: 'marked', metadata: pageMetadata(doc) };
}

export interface FindBodyOptions {
  /** The reader asked for a scan: when Readability finds nothing, take the structural guess. */
  force?: boolean;
}

export function findArticleBody(doc: Document, options: FindBodyOptions = {}): ArticleBody | null {
  if (!doc.body) return null;
  if (
    doc.getElementsByTagName('*').length > READABILITY_MAX_ELEMENTS ||
    doc.getElementsByTagName('p').length > READABILITY_MAX_PARAGRAPHS
  ) {
    return fallbackBody(doc, true);
  }
  let body: ArticleBody | null = markedBody(doc);
  if (body) return body;
  try {
    body = readabilityBody(doc);
  } catch {
    body = null; // Readability throws on some odd documents; treat it as "found nothing".
  }
  return body ?? (options.force ? fallbackBody(doc, false) : null);
}
