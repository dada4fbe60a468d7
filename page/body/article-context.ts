/**
 * What the popup and the reading record say about the page: its title, outlet, byline and date
 * (from the body's metadata, the page's own where the body says nothing), and the sourcing profile
 * kept for the reading record — counts only, never the text.
 */
import { normalizeArticleUrl, outletName, siteOf } from '../../contract/article-url.ts';
import type { PageContext, PageReport } from '../../contract/messages.ts';
import type { ReadingEntry } from '../../contract/reading-record.ts';
import { cleanByline } from '../../detector/sources/byline.ts';
import type { ArticleMetadata } from './article-body.ts';

export function pageContext(url: string, doc: Document, metadata: ArticleMetadata | undefined): PageContext {
  // The page's own name for itself ("The Washington Post") where it gives one, else its domain.
  const site = outletName(metadata?.siteName, url);
  const byline = cleanByline(metadata?.byline ?? '');
  return {
    url,
    title: metadata?.title || doc.title.trim(),
    site,
    // A byline that is only the outlet's name ("BBC News" on BBC News) says nothing the site does not.
    byline: byline.toLowerCase() === site.toLowerCase() ? '' : byline,
    ...(metadata?.publishedTime ? { publishedAt: metadata.publishedTime } : {}),
  };
}

export function readingEntry(report: Pick<PageReport, 'context' | 'stats'>, readAt: number): ReadingEntry {
  const { context, stats } = report;
  return {
    url: normalizeArticleUrl(context.url),
    // The key comes from the address; the name beside it is only shown.
    site: siteOf(context.url),
    outlet: context.site,
    readAt,
    ...(context.publishedAt ? { publishedAt: context.publishedAt } : {}),
    sentences: stats.sentences,
    flagged: stats.flagged,
    byCategory: { ...stats.byCategory },
  };
}
