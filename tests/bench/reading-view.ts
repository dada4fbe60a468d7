/**
 * The Reading view with 50,000 recorded articles, in real Chromium on the built extension: time
 * from opening it (notes.html#view=reading) to its first rows on screen. Baseline in the same
 * run: the options page (a small extension page with no database) from opening to
 * DOMContentLoaded. The record is generated here (a seeded generator over 400 outlets and two
 * years) with the store's own totals arithmetic, and written with plain IndexedDB.
 * Run: node --import tsx tests/bench/reading-view.ts (after npm run build).
 */
import { launchChromium, unavailableReason } from '../e2e/harness/browsers.ts';
import { EXTENSION_DIRS, missingBuilds } from '../e2e/harness/extension-build.ts';
import { emptyTotals, monthOf, shiftedTotals } from '../../notes/reading-record/reading-entry.ts';
import type { ReadingEntry } from '../../contract/reading-record.ts';

const ENTRIES = 50_000;
const OUTLETS = 400;
/** Page openings vary much from one to the next on a small machine: more of them steady the median. */
const OPENINGS = 9;
const FIRST_ROWS_TARGET_MS = 150;
const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 1);

/** A small seeded generator (mulberry32), so every run writes the same record. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generateRecord() {
  const next = random(20260105);
  const entries: ReadingEntry[] = [];
  const outlets = new Map<string, ReturnType<typeof emptyTotals>>();
  const months = new Map<string, ReturnType<typeof emptyTotals> & { site: string; month: string }>();
  for (let index = 0; index < ENTRIES; index++) {
    const site = `outlet-${Math.floor(next() ** 2 * OUTLETS)}.example`;
    const sentences = 10 + Math.floor(next() * 60);
    const flagged = Math.floor(next() * next() * sentences);
    const anonymous = Math.floor(flagged / 2);
    const entry: ReadingEntry = {
      url: `https://${site}/2026/story-${index}`,
      site,
      readAt: START + Math.floor(next() * 700 * DAY),
      sentences,
      flagged,
      byCategory: { anonymous, vague: flagged - anonymous, secondhand: 0, hedged: 0 },
    };
    entries.push(entry);
    outlets.set(site, shiftedTotals(outlets.get(site) ?? emptyTotals(), entry, 1));
    const month = monthOf(entry.readAt);
    const key = `${site} ${month}`;
    months.set(key, { site, month, ...shiftedTotals(months.get(key) ?? emptyTotals(), entry, 1) });
  }
  return { entries, outlets: [...outlets].map(([site, totals]) => ({ site, ...totals })), months: [...months.values()] };
}

// Plain JavaScript in strings: the page runs them as written.
const writeRecord = new Function(
  'record',
  `
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('sourcelight');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction(['reading', 'readingOutlets', 'readingMonths'], 'readwrite');
      for (const entry of record.entries) tx.objectStore('reading').put(entry);
      for (const outlet of record.outlets) tx.objectStore('readingOutlets').put(outlet);
      for (const month of record.months) tx.objectStore('readingMonths').put(month);
      tx.oncomplete = () => { db.close(); resolve(record.entries.length); };
      tx.onerror = () => reject(tx.error);
    };
  });`,
) as (record: ReturnType<typeof generateRecord>) => Promise<number>;

const pageReadyAt = new Function(`
  const entry = performance.getEntriesByType('navigation')[0];
  return entry && entry.domContentLoadedEventEnd > 0 ? entry.domContentLoadedEventEnd : null;`) as () => number | null;

const firstRowsAt = new Function(`
  const entry = performance.getEntriesByName('sourcelight-reading-rendered')[0];
  return entry ? { at: entry.startTime, rows: document.querySelectorAll('.outlets tbody tr').length } : null;`) as () => {
  at: number;
  rows: number;
} | null;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const spread = (values: number[]) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)} ms`;

if (unavailableReason('chromium') || missingBuilds().length > 0) {
  console.error('Needs /usr/bin/chromium and a build (npm run build).');
  process.exit(1);
}

const browser = await launchChromium(EXTENSION_DIRS.chromium);
try {
  // Opening the Notes page creates the database at its current version.
  const setup = await browser.openExtensionPage('notes.html');
  await setup.waitFor(() => document.querySelector('.empty'));
  const record = generateRecord();
  console.log(
    `record: ${await setup.evaluate(writeRecord, record)} entries, ${record.outlets.length} outlets, ${record.months.length} outlet-months`,
  );
  await setup.close();

  const pause = () => new Promise((resolve) => setTimeout(resolve, 500));
  const firstRows: number[] = [];
  const floors: number[] = [];
  let rows = 0;
  for (let run = 0; run < OPENINGS; run++) {
    await pause();
    const options = await browser.openExtensionPage('options.html');
    floors.push((await options.waitFor(pageReadyAt))!);
    await options.close();
    await pause();
    const page = await browser.openExtensionPage('notes.html#view=reading');
    const shown = (await page.waitFor(firstRowsAt))!;
    firstRows.push(shown.at);
    rows = shown.rows;
    await page.close();
  }
  const first = median(firstRows);
  const floor = median(floors);
  console.log(`baseline: options page, open to DOMContentLoaded (median of ${OPENINGS}): ${floor.toFixed(1)} ms`);
  console.log(
    `Reading view, open to first rows (median of ${OPENINGS}, ${spread(firstRows)}, ${rows} outlets shown): ${first.toFixed(1)} ms  [target ≤ ${FIRST_ROWS_TARGET_MS} ms: ${first <= FIRST_ROWS_TARGET_MS ? 'ok' : 'OVER'}]  ${(first / floor).toFixed(2)}× the options page's load; ${(first - floor).toFixed(1)} ms beyond it`,
  );
} finally {
  await browser.close();
}
