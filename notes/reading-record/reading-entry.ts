/**
 * What a reading entry may hold, and the sums kept over entries. An entry comes from a content
 * script, so it is rebuilt field by field: the outlet is derived from the address, counts must
 * be whole, and nothing else (no title, no text) is ever stored.
 */
import { i18n } from '#i18n';
import { CATEGORIES } from '../../detector/types.ts';
import { normalizeArticleUrl, siteOf } from '../../contract/article-url.ts';
import type { ReadingEntry, ReadingSummary } from '../../contract/reading-record.ts';
import { emptyFlagCounts, flagCountsFrom } from '../article-rows.ts';
import type { ReadingTotals } from '../db.ts';
import { checkTime, checkUrl, isRecord, type Fail } from '../note-rules.ts';

const failEntry: Fail = (problem) => {
  throw new Error(problem(i18n.t('notes.subject.thisArticle')));
};

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/** The publication date as ISO 8601 when it is a date, else left out (it reaches the CSV). */
function publicationDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 64) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

export function checkReadingEntry(raw: unknown): ReadingEntry {
  const record = isRecord(raw) ? raw : {};
  const url = normalizeArticleUrl(checkUrl(record.url, failEntry));
  const { sentences, flagged } = record;
  if (!isCount(sentences) || !isCount(flagged)) {
    failEntry((subject) => i18n.t('notes.problem.countsNotWhole', { subject }));
  }
  const entry: ReadingEntry = {
    url,
    site: siteOf(url),
    readAt: checkTime(record.readAt, (subject) => i18n.t('notes.problem.noReadTime', { subject }), failEntry),
    sentences,
    // A sentence holds one flag at most.
    flagged: Math.min(flagged, sentences),
    byCategory: flagCountsFrom(isRecord(record.byCategory) ? record.byCategory : {}),
  };
  const publishedAt = publicationDate(record.publishedAt);
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
