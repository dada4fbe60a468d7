/** The article's title, byline, site and date from the page's own metadata. */
import { readJsonLd } from '../loader/article-detection.ts';

export interface ArticleMetadata {
  title: string;
  byline: string;
  /** The byline came from the page's metadata (author meta, JSON-LD), not a guess from its elements. */
  bylineFromMarkup?: boolean;
  siteName: string;
  publishedTime?: string;
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

/**
 * The byline as Readability finds one in the page when no metadata names one: an author link or
 * property, else an element whose class or id says byline or author, with a line of text (the
 * same test as Readability's: under 100 characters). The marked body never runs Readability, so
 * without this two real articles showed no byline though one was there (issue #18).
 */
const BYLINE_SELECTOR = '[rel="author"], [itemprop~="author"]';
const BYLINE_NAME = /byline|author|dateline|writtenby|p-author/i;
const MAX_BYLINE_CHARS = 100;
const BYLINE_CANDIDATES_CHECKED = 200;

function domByline(doc: Document): string {
  const textOf = (element: Element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const marked = doc.querySelector(BYLINE_SELECTOR);
  if (marked && textOf(marked)) return textOf(marked);
  const candidates = doc.querySelectorAll('[class*="byline" i], [id*="byline" i], [class*="author" i], [id*="author" i]');
  for (let i = 0; i < Math.min(candidates.length, BYLINE_CANDIDATES_CHECKED); i++) {
    const element = candidates[i]!;
    if (!BYLINE_NAME.test(`${element.getAttribute('class') ?? ''} ${element.id}`)) continue;
    if (element.closest('script, style, nav, footer, [hidden]')) continue;
    const text = textOf(element);
    if (text && text.length < MAX_BYLINE_CHARS) return text;
  }
  return '';
}

/** Title, byline, site and date from the page's own metadata (used where Readability says nothing). */
export function pageMetadata(doc: Document): ArticleMetadata {
  const ld = jsonLdArticleFields(doc);
  const publishedTime =
    meta(doc, 'meta[property="article:published_time"]') ||
    ld.datePublished ||
    doc.querySelector('article time[datetime]')?.getAttribute('datetime')?.trim() ||
    undefined;
  const markupByline = meta(doc, 'meta[name="author"]') || ld.author;
  return {
    title: meta(doc, 'meta[property="og:title"]') || doc.title.trim(),
    byline: markupByline || domByline(doc),
    ...(markupByline ? { bylineFromMarkup: true } : {}),
    siteName: meta(doc, 'meta[property="og:site_name"]') || ld.publisher,
    ...(publishedTime ? { publishedTime } : {}),
  };
}
