/**
 * The reading record (issue #11): one entry an article, and totals per outlet and per outlet
 * and month, changed in the same transaction as the entry. The Reading view reads the totals
 * (a few hundred rows) instead of every entry, so it stays fast at 50,000 articles. Reads are
 * Dexie calls only, so each works inside liveQuery.
 */
import type { OutletShare, ReadingEntry, ReadingPoint, ReadingSummary } from '../../contract/reading-record.ts';
import { normalizeHostname } from '../../contract/settings.ts';
import type { NotesDb, OutletTotals, ReadingTotals } from '../db.ts';
import { checkReadingEntry, emptyTotals, monthOf, shiftedTotals, sumTotals, summaryOf } from './reading-entry.ts';

/** Adds an entry to its outlet's and month's totals, or takes it out; a total left empty is deleted. */
async function shiftTotals(db: NotesDb, entry: ReadingEntry, sign: 1 | -1): Promise<void> {
  const month = monthOf(entry.readAt);
  const [outlet, monthly] = await Promise.all([db.readingOutlets.get(entry.site), db.readingMonths.get([entry.site, month])]);
  const outletTotals = shiftedTotals(outlet ?? emptyTotals(), entry, sign);
  const monthTotals = shiftedTotals(monthly ?? emptyTotals(), entry, sign);
  await Promise.all([
    outletTotals.articles > 0
      ? db.readingOutlets.put({ site: entry.site, ...outletTotals })
      : db.readingOutlets.delete(entry.site),
    monthTotals.articles > 0
      ? db.readingMonths.put({ site: entry.site, month, ...monthTotals })
      : db.readingMonths.delete([entry.site, month]),
  ]);
}

/** Keeps an article's profile; a later visit replaces the earlier entry and its share of the totals. */
export async function recordReading(db: NotesDb, raw: ReadingEntry): Promise<void> {
  const entry = checkReadingEntry(raw);
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

const byShare = (a: OutletShare, b: OutletShare) =>
  b.share - a.share || b.articles - a.articles || (a.site < b.site ? -1 : a.site > b.site ? 1 : 0);

/** Outlets' totals ranked by their share of unnamed sourcing, the first `limit` of them. */
export function rankOutlets(outlets: readonly OutletTotals[], limit?: number): OutletShare[] {
  const ranked = outlets.map((outlet) => ({ site: outlet.site, ...summaryOf(outlet) })).sort(byShare);
  return limit === undefined ? ranked : ranked.slice(0, Math.max(0, Math.floor(limit)));
}

export async function outletsByShare(db: NotesDb, limit?: number): Promise<OutletShare[]> {
  return rankOutlets(await db.readingOutlets.toArray(), limit);
}

export async function outletTimeline(db: NotesDb, site: string): Promise<ReadingPoint[]> {
  // The primary key is [site+month], so one outlet's months come back in order.
  const months = await db.readingMonths.where('site').equals(normalizeHostname(site)).toArray();
  return months.map((row) => ({ month: row.month, ...summaryOf(row as ReadingTotals) }));
}
