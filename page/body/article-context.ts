/**
 * What the popup and the reading record say about the page: its title, outlet, byline and date
 * (from the body's metadata, the page's own where the body says nothing), and the sourcing profile
 * kept for the reading record — counts only, never the text.
 */
import { normalizeArticleUrl, siteOf } from '../../contract/article-url.ts';
import type { PageContext, PageReport } from '../../contract/messages.ts';
import type { ReadingEntry } from '../../contract/reading-record.ts';
import type { ArticleMetadata } from './article-body.ts';

export function pageContext(url: string, doc: Document, metadata: ArticleMetadata | undefined): PageContext {
  // The page's own name for itself ("The Washington Post") where it gives one, else its host.
  const site = metadata?.siteName || siteOf(url);
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
