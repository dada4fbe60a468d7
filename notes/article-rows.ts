/**
 * The article row a note hangs on: what a visit, an import or an upgrade writes there. Its
 * text comes from the page (or a file), so every field is capped: a title is a line, not a book.
 */
import { CATEGORIES, type Category } from '../detector/types.ts';
import { MAX_OUTLET_NAME_CHARS, outletName, siteOf } from '../contract/article-url.ts';
import type { Article, ArticleDraft, Note } from '../contract/note-model.ts';

export const MAX_TITLE_CHARS = 1_000;
export const MAX_BYLINE_CHARS = 500;
/** The outlet's own name for itself ("The Example"), not the host: one cap with the reading record's. */
export const MAX_SITE_LABEL_CHARS = MAX_OUTLET_NAME_CHARS;
/** An ISO 8601 date with time and zone is under 40 characters. */
export const MAX_DATE_CHARS = 64;

export const emptyFlagCounts = (): Record<Category, number> =>
  Object.fromEntries(CATEGORIES.map((category) => [category, 0])) as Record<Category, number>;

/** Flag counts from a page or a row: whole, non-negative numbers; anything else counts 0. */
export function flagCountsFrom(draft: Partial<Record<Category, unknown>>): Record<Category, number> {
  const counts = emptyFlagCounts();
  for (const category of CATEGORIES) {
    const value = draft[category];
    if (Number.isSafeInteger(value) && (value as number) >= 0) counts[category] = value as number;
  }
  return counts;
}

/** Text from a page or file, trimmed and cut to `max` characters; '' when it is not text. */
export const cappedText = (value: unknown, max: number) => (typeof value === 'string' ? value.trim().slice(0, max) : '');

/** Control characters and bidirectional overrides: a page's title must not reorder or break the lines shown beside it. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNSHOWABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g;

/** A line of page text (a title, a byline): one line, nothing that reorders text, cut to `max` characters. */
export const cappedLine = (value: unknown, max: number) =>
  typeof value === 'string' ? value.replace(UNSHOWABLE, ' ').replace(/\s+/g, ' ').trim().slice(0, max) : '';

/** The text fields of a stored or imported row, capped; the rest of the row is left to the caller. */
export function cappedArticle(row: Record<string, unknown>): Pick<Article, 'title' | 'site' | 'byline'> & {
  publishedAt?: string;
  outlet?: string;
} {
  const capped: Pick<Article, 'title' | 'site' | 'byline'> & { publishedAt?: string; outlet?: string } = {
    title: cappedLine(row.title, MAX_TITLE_CHARS),
    site: cappedLine(row.site, MAX_SITE_LABEL_CHARS),
    byline: cappedLine(row.byline, MAX_BYLINE_CHARS),
  };
  const publishedAt = cappedText(row.publishedAt, MAX_DATE_CHARS);
  if (publishedAt) capped.publishedAt = publishedAt;
  const outlet = cappedLine(row.outlet, MAX_OUTLET_NAME_CHARS);
  if (outlet) capped.outlet = outlet;
  return capped;
}

/**
 * The article row after a visit: what the page says now wins, what it leaves out is kept. The
 * site is never the page's word: it comes from the address, as for a note and on import, so a
 * page cannot file itself under another outlet (issue #19).
 */
export function visitedArticle(
  url: string,
  existing: Article | undefined,
  draft: ArticleDraft | undefined,
  now: number,
): Article {
  const page = cappedArticle((draft ?? {}) as Record<string, unknown>);
  const article: Article = {
    url,
    title: page.title || existing?.title || '',
    site: siteOf(url),
    // Beside the key, the name it is shown by: the page's own (a draft's `site`), capped (issue #18).
    outlet: page.site || existing?.outlet || outletName('', url),
    byline: page.byline || existing?.byline || '',
    firstSeen: existing?.firstSeen ?? now,
    lastSeen: now,
    flagCounts: draft?.flagCounts ? flagCountsFrom(draft.flagCounts) : (existing?.flagCounts ?? emptyFlagCounts()),
  };
  const publishedAt = page.publishedAt || existing?.publishedAt;
  if (publishedAt) article.publishedAt = publishedAt;
  return article;
}

/** An imported article merged into the stored one: the more recent visit's details win. */
export function mergedArticle(existing: Article, incoming: Article): Article {
  const newer = incoming.lastSeen > existing.lastSeen ? incoming : existing;
  const older = newer === incoming ? existing : incoming;
  const merged: Article = {
    url: existing.url,
    title: newer.title || older.title,
    site: newer.site || older.site,
    byline: newer.byline || older.byline,
    firstSeen: Math.min(existing.firstSeen, incoming.firstSeen),
    lastSeen: Math.max(existing.lastSeen, incoming.lastSeen),
    flagCounts: newer.flagCounts,
  };
  const outlet = newer.outlet || older.outlet;
  if (outlet) merged.outlet = outlet;
  const publishedAt = newer.publishedAt || older.publishedAt;
  if (publishedAt) merged.publishedAt = publishedAt;
  return merged;
}

/** A row for a note whose article a file left out, so exports can still group the note. */
export function articleForNote(note: Note): Article {
  return {
    url: note.articleUrl,
    title: '',
    site: note.site,
    outlet: outletName('', note.articleUrl),
    byline: '',
    firstSeen: note.createdAt,
    lastSeen: note.createdAt,
    flagCounts: emptyFlagCounts(),
  };
}

export const sameArticle = (a: Article, b: Article) => JSON.stringify(a) === JSON.stringify(b);
