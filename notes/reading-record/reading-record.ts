/**
 * The reading record (issue #11): one entry an article, and totals per outlet and per outlet
 * and month, changed in the same transaction as the entry. The Reading view reads the totals
 * (a few hundred rows) instead of every entry, so it stays fast at 50,000 articles. Reads are
 * Dexie calls only, so each works inside liveQuery.
 */
import {
  type OutletShare,
  type ReadingEntry,
  type ReadingPoint,
  type ReadingSummary,
  SMALL_SAMPLE_ARTICLES,
  type TimelineMonth,
} from '../../contract/reading-record.ts';
import { registrableDomain } from '../../contract/article-url.ts';
import { normalizeHostname } from '../../contract/settings.ts';
import type { NotesDb, OutletTotals, ReadingTotals } from '../db.ts';
import { checkReadingEntry, emptyTotals, monthOf, shiftedTotals, sumTotals, summaryOf } from './reading-entry.ts';

/**
 * An outlet's totals with the name it is shown by (its latest article's): a field beside the
 * indexed key, so no new schema version is needed (rows from before it have none).
 */
type NamedOutletTotals = OutletTotals & { name?: string };

/** Adds an entry to its outlet's and month's totals, or takes it out; a total left empty is deleted. */
async function shiftTotals(db: NotesDb, entry: ReadingEntry, sign: 1 | -1): Promise<void> {
  const month = monthOf(entry.readAt);
  const [outlet, monthly] = await Promise.all([
    db.readingOutlets.get(entry.site) as Promise<NamedOutletTotals | undefined>,
    db.readingMonths.get([entry.site, month]),
  ]);
  const outletTotals = shiftedTotals(outlet ?? emptyTotals(), entry, sign);
  const monthTotals = shiftedTotals(monthly ?? emptyTotals(), entry, sign);
  const name = (sign === 1 ? entry.outlet : undefined) || outlet?.name;
  await Promise.all([
    outletTotals.articles > 0
      ? db.readingOutlets.put({ site: entry.site, ...outletTotals, ...(name ? { name } : {}) } as OutletTotals)
      : db.readingOutlets.delete(entry.site),
    monthTotals.articles > 0
      ? db.readingMonths.put({ site: entry.site, month, ...monthTotals })
      : db.readingMonths.delete([entry.site, month]),
  ]);
}

/** Keeps an article's profile; a later visit replaces the earlier entry and its share of the totals. */
export async function recordReading(db: NotesDb, raw: ReadingEntry, now: number = Date.now()): Promise<void> {
  const entry = checkReadingEntry(raw, now);
  await db.transaction('rw', db.reading, db.readingOutlets, db.readingMonths, async () => {
    const previous = await db.reading.get(entry.url);
    if (previous) await shiftTotals(db, previous, -1);
    await shiftTotals(db, entry, 1);
    await db.reading.put(entry);
  });
}

export async function clearReading(db: NotesDb): Promise<void> {
  await db.transaction('rw', db.reading, db.readingOutlets, db.readingMonths, async () => {
    await Promise.all([db.reading.clear(), db.readingOutlets.clear(), db.readingMonths.clear()]);
  });
}

export async function readingSummary(db: NotesDb, site?: string): Promise<ReadingSummary> {
  if (site === undefined) return summaryOf(sumTotals(await db.readingOutlets.toArray()));
  const outlet = await db.readingOutlets.get(normalizeHostname(site));
  return summaryOf(outlet ?? emptyTotals());
}

const byRankShare = (a: OutletShare, b: OutletShare) =>
  Number(a.smallSample) - Number(b.smallSample) ||
  b.rankShare - a.rankShare ||
  b.articles - a.articles ||
  (a.site < b.site ? -1 : a.site > b.site ? 1 : 0);

/**
 * Outlets' totals ranked so a few articles cannot put an outlet on top: small samples (fewer
 * than SMALL_SAMPLE_ARTICLES) after the rest, and within each, by the share drawn towards the
 * reader's overall share (a small sample moves little from it). The first `limit` of them;
 * each keeps its own share, its count, and whether it is a small sample, for the view to show.
 */
export function rankOutlets(outlets: readonly OutletTotals[], limit?: number): OutletShare[] {
  const all = summaryOf(sumTotals(outlets as OutletTotals[]));
  const priorSentences = all.articles > 0 ? SMALL_SAMPLE_ARTICLES * (all.sentences / all.articles) : 0;
  const ranked = outlets
    .map((outlet) => {
      const summary = summaryOf(outlet);
      const weight = summary.sentences + priorSentences;
      return {
        site: outlet.site,
        name: (outlet as NamedOutletTotals).name || registrableDomain(outlet.site),
        ...summary,
        rankShare: weight > 0 ? (summary.flagged + priorSentences * all.share) / weight : 0,
        smallSample: summary.articles < SMALL_SAMPLE_ARTICLES,
      };
    })
    .sort(byRankShare);
  return limit === undefined ? ranked : ranked.slice(0, Math.max(0, Math.floor(limit)));
}

export async function outletsByShare(db: NotesDb, limit?: number): Promise<OutletShare[]> {
  return rankOutlets(await db.readingOutlets.toArray(), limit);
}

/** "2026-01" of an ISO date, in UTC; '' for none. */
const publishedMonth = (publishedAt: string | undefined) => (publishedAt ? publishedAt.slice(0, 7) : '');

/**
 * One outlet's reading month by month, oldest first: by the month it was read in (kept as
 * totals), or by the month its articles were published (summed from the outlet's entries, read
 * only when the reader asks; articles without a date are left out).
 */
export async function outletTimeline(db: NotesDb, site: string, by: TimelineMonth = 'read'): Promise<ReadingPoint[]> {
  const key = normalizeHostname(site);
  if (by === 'published') {
    const months = new Map<string, ReadingTotals>();
    for (const entry of await db.reading.where('site').equals(key).toArray()) {
      const month = publishedMonth(entry.publishedAt);
      if (month) months.set(month, shiftedTotals(months.get(month) ?? emptyTotals(), entry, 1));
    }
    return [...months.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, totals]) => ({ month, ...summaryOf(totals) }));
  }
  // The primary key is [site+month], so one outlet's months come back in order.
  const months = await db.readingMonths.where('site').equals(key).toArray();
  return months.map((row) => ({ month: row.month, ...summaryOf(row as ReadingTotals) }));
}
