/**
 * What a reading entry may hold, and the sums kept over entries. An entry comes from a content
 * script, so it is rebuilt field by field: the outlet is derived from the address, counts must
 * be whole and within what a page can hold, dates not in the future, and nothing else (no
 * title, no text) is ever stored.
 */
import { i18n } from '#i18n';
import { CATEGORIES } from '../../detector/types.ts';
import { normalizeArticleUrl, outletName, siteOf } from '../../contract/article-url.ts';
import { MAX_READ_SENTENCES, type ReadingEntry, type ReadingSummary } from '../../contract/reading-record.ts';
import { emptyFlagCounts, flagCountsFrom } from '../article-rows.ts';
import type { ReadingTotals } from '../db.ts';
import { checkTime, checkUrl, isRecord, type Fail } from '../note-rules.ts';

const failEntry: Fail = (problem) => {
  throw new Error(problem(i18n.t('notes.subject.thisArticle')));
};

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/** The background's and the page's clocks are the same machine's: a little slack, no more. */
export const READ_TIME_SLACK_MS = 60_000;
/** A page dated "today" in a time zone ahead of the reader's is up to a day ahead. */
export const PUBLISHED_SLACK_MS = 86_400_000;

/** The publication date as ISO 8601 when it is a date not in the future, else left out (it reaches the CSV). */
function publicationDate(value: unknown, now: number): string | undefined {
  if (typeof value !== 'string' || value.length > 64) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) || time > now + PUBLISHED_SLACK_MS ? undefined : new Date(time).toISOString();
}

export function checkReadingEntry(raw: unknown, now: number): ReadingEntry {
  const record = isRecord(raw) ? raw : {};
  const url = normalizeArticleUrl(checkUrl(record.url, failEntry));
  const { sentences, flagged } = record;
  if (!isCount(sentences) || !isCount(flagged)) {
    failEntry((subject) => i18n.t('notes.problem.countsNotWhole', { subject }));
  }
  if (sentences > MAX_READ_SENTENCES || flagged > MAX_READ_SENTENCES) {
    failEntry((subject) => i18n.t('notes.problem.countsTooLarge', { subject }));
  }
  const readAt = checkTime(record.readAt, (subject) => i18n.t('notes.problem.noReadTime', { subject }), failEntry);
  if (readAt > now + READ_TIME_SLACK_MS) failEntry((subject) => i18n.t('notes.problem.readInFuture', { subject }));
  // A sentence holds one flag at most, and a category no more than all the flags.
  const flags = Math.min(flagged, sentences);
  const byCategory = flagCountsFrom(isRecord(record.byCategory) ? record.byCategory : {});
  for (const category of CATEGORIES) byCategory[category] = Math.min(byCategory[category], flags);
  // The key from the address; the page's name for itself only beside it, capped (issue #18).
  const outlet = outletName(record.outlet, url);
  const entry: ReadingEntry = { url, site: siteOf(url), outlet, readAt, sentences, flagged: flags, byCategory };
  const publishedAt = publicationDate(record.publishedAt, now);
  if (publishedAt) entry.publishedAt = publishedAt;
  return entry;
}

/** "2026-01": the month an entry was read in, in UTC, so every reader's months split alike. */
export const monthOf = (readAt: number) => new Date(readAt).toISOString().slice(0, 7);

export const emptyTotals = (): ReadingTotals => ({ articles: 0, sentences: 0, flagged: 0, byCategory: emptyFlagCounts() });

/** Totals with one entry added (sign 1) or taken out (sign −1). */
export function shiftedTotals(totals: ReadingTotals, entry: ReadingEntry, sign: 1 | -1): ReadingTotals {
  const byCategory = { ...totals.byCategory };
  for (const category of CATEGORIES) byCategory[category] += sign * entry.byCategory[category];
  return {
    articles: totals.articles + sign,
    sentences: totals.sentences + sign * entry.sentences,
    flagged: totals.flagged + sign * entry.flagged,
    byCategory,
  };
}

export function sumTotals(list: ReadingTotals[]): ReadingTotals {
  let sum = emptyTotals();
  for (const totals of list) {
    const byCategory = { ...sum.byCategory };
    for (const category of CATEGORIES) byCategory[category] += totals.byCategory[category];
    sum = {
      articles: sum.articles + totals.articles,
      sentences: sum.sentences + totals.sentences,
      flagged: sum.flagged + totals.flagged,
      byCategory,
    };
  }
  return sum;
}

export function summaryOf({ articles, sentences, flagged, byCategory }: ReadingTotals): ReadingSummary {
  return { articles, sentences, flagged, share: sentences > 0 ? flagged / sentences : 0, byCategory: { ...byCategory } };
}
