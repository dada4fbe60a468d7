/**
 * What the popup and the reading record say about the page: its title, outlet, byline and date
 * (from the body's metadata, the page's own where the body says nothing), and the sourcing profile
 * kept for the reading record — counts only, never the text.
 */
import { normalizeArticleUrl, siteOf } from '../shared/article-url.ts';
import type { PageContext, PageReport } from '../shared/messages.ts';
import type { ReadingEntry } from '../shared/reading.ts';
import type { ArticleMetadata } from './article-body.ts';

export function pageContext(url: string, doc: Document, metadata: ArticleMetadata | undefined): PageContext {
  let site = metadata?.siteName ?? '';
  if (!site) {
    try {
      site = new URL(url).hostname;
    } catch {
      site = '';
    }
  }
  return {
    url,
    title: metadata?.title || doc.title.trim(),
    site,
    byline: metadata?.byline ?? '',
    ...(metadata?.publishedTime ? { publishedAt: metadata.publishedTime } : {}),
  };
}

export function readingEntry(report: Pick<PageReport, 'context' | 'stats'>, readAt: number): ReadingEntry {
  const { context, stats } = report;
  return {
    url: normalizeArticleUrl(context.url),
    site: siteOf(context.url),
    readAt,
    ...(context.publishedAt ? { publishedAt: context.publishedAt } : {}),
    sentences: stats.sentences,
    flagged: stats.flagged,
    byCategory: { ...stats.byCategory },
  };
}
