/** The article's title, byline, site and date from the page's own metadata. */
import { readJsonLd } from '../loader/article-detection.ts';

export interface ArticleMetadata {
  title: string;
  byline: string;
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
