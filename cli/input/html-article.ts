/**
 * Finds the article in an HTML page, as the scanner sees it: Readability picks the body, and
 * the text is written out block by block, one block a line, so sentences never run across
 * paragraphs and headlines.
 */
import { cleanByline } from '../../detector/sources/byline.ts';
import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom/worker';
import { checkMarkupShape, checkTreeDepth } from './html-shape.ts';
import type { ArticleMetadata } from '../output/report.ts';

export interface ExtractedArticle {
  text: string;
  metadata: ArticleMetadata;
}

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** The text of `root`, one line per block, white space inside a block folded to single spaces. */
export function blockText(root: Node): string {
  const lines: string[] = [];
  let current = '';
  const breakLine = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const isBlock = (node: Node) => node.nodeType === ELEMENT_NODE && BLOCK_TAGS.has((node as Element).tagName.toUpperCase());
  /** Takes a node's own text or starts its block; true when its children are to be read too. */
  const enter = (node: Node): boolean => {
    if (node.nodeType === TEXT_NODE) current += node.nodeValue ?? '';
    if (node.nodeType !== ELEMENT_NODE || SKIPPED_TAGS.has((node as Element).tagName.toUpperCase())) return false;
    if (isBlock(node)) breakLine();
    return true;
  };
  // Depth first without recursion, so no page is too deep for the stack: down to the first
  // child, else on to the next sibling, else back up, leaving (and ending the block of) each parent.
  let node: Node | null = root;
  while (node) {
    if (enter(node) && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node) {
      if (isBlock(node)) breakLine();
      if (node === root) node = null;
      else if (node.nextSibling) {
        node = node.nextSibling;
        break;
      } else node = node.parentNode;
    }
  }
  breakLine();
  return lines.join('\n');
}

function metaContent(doc: Document, selector: string): string | undefined {
  return doc.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
}

/**
 * The article in `html`, or an InputError for a page too large or too deeply nested to parse
 * safely (see limits.ts).
 */
export function extractArticleFromHtml(html: string): ExtractedArticle {
  checkMarkupShape(html);
  const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  if (doc.documentElement) checkTreeDepth(doc.documentElement);
  const fallbackTitle = doc.querySelector('title')?.textContent?.trim();
  const fallbackPublished =
    metaContent(doc, 'meta[property="article:published_time"]') ??
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
    undefined;
  const article = new Readability(doc, { serializer: (element: Node) => element }).parse();
  const body = article?.content as unknown as Node | null | undefined;
  const text = body ? blockText(body) : blockText(doc.body ?? doc.documentElement);
  return {
    text,
    metadata: {
      title: article?.title?.trim() || fallbackTitle || undefined,
      byline: cleanByline(article?.byline ?? '') || undefined,
      site: article?.siteName?.trim() || undefined,
      publishedAt: article?.publishedTime?.trim() || fallbackPublished,
      lang: doc.documentElement?.getAttribute('lang')?.trim() || undefined,
    },
  };
}
