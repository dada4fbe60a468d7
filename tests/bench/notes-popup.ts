/**
 * The Notes page with 10,000 notes, in real Chromium on the built extension: time from opening
 * the page to its first rows, and from a search leaving the debounce to its rows on screen.
 * Baselines, in the same run: the options page (a small extension page with no database) from
 * opening to DOMContentLoaded, the floor any extension page stands on here; and plain
 * IndexedDB reads of 50 and of all 10,000 notes in a quiet page (no Dexie, no rendering).
 * Run: npm run bench:notes-popup (after npm run build).
 */
import { launchChromium, unavailableReason } from '../e2e/harness/browsers.ts';
import { EXTENSION_DIRS, missingBuilds } from '../e2e/harness/extension-build.ts';
import { chooseImportFile, transferMessage } from '../e2e/harness/popup-probes.ts';
import { generateNotesExport, NOTE_COUNT } from './generate-notes.ts';

const NOTES_PAGE = 'notes.html';
const OPENINGS = 5;
/** Page openings vary much from one to the next on a small machine: more of them steady the median. */
const PAGE_OPENINGS = 9;
// "the" is in every generated note: the worst case, where counting every match would cost more than the search.
const SEARCHES = ['minis', 'minister resign', 'zurich', 'the'];
const FIRST_ROWS_TARGET_MS = 150;
const SEARCH_TARGET_MS = 30;

// Plain JavaScript in strings: the page runs them as written (tsx would add helpers the page lacks).
const pageReadyAt = new Function(`
  const entry = performance.getEntriesByType('navigation')[0];
  return entry && entry.domContentLoadedEventEnd > 0 ? entry.domContentLoadedEventEnd : null;`) as () => number | null;

const firstRowsAt = new Function(`
  const entry = performance.getEntriesByName('sourcelight-notes-rendered')[0];
  return entry ? entry.startTime : null;`) as () => number | null;

const typeSearch = new Function(
  'text',
  `
  performance.clearMarks('sourcelight-search-started');
  performance.clearMarks('sourcelight-search-rendered');
  const input = document.querySelector('input[type="search"]');
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  return true;`,
) as (text: string) => boolean;

const searchTime = new Function(`
  const started = performance.getEntriesByName('sourcelight-search-started')[0];
  const rendered = performance.getEntriesByName('sourcelight-search-rendered')[0];
  return started && rendered ? { ms: rendered.startTime - started.startTime, rows: document.querySelectorAll('.note').length } : null;`) as () => {
  ms: number;
  rows: number;
} | null;

// Raw IndexedDB in the same page: the floor any notes list stands on.
const rawReads = new Function(`
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('sourcelight');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const time = (count) => new Promise((done) => {
        const start = performance.now();
        const get = db.transaction('notes').objectStore('notes').getAll(null, count);
        get.onsuccess = () => done(performance.now() - start);
      });
      time(50).then((fifty) => time(undefined).then((all) => { db.close(); resolve({ fifty, all }); }));
    };
  });`) as () => Promise<{ fifty: number; all: number }>;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const spread = (values: number[]) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)} ms`;
const verdict = (ms: number, target: number) => (ms <= target ? 'ok' : 'OVER');

if (unavailableReason('chromium') || missingBuilds().length > 0) {
  console.error('Needs /usr/bin/chromium and a build (npm run build).');
  process.exit(1);
}

const browser = await launchChromium(EXTENSION_DIRS.chromium);
try {
  const setup = await browser.openExtensionPage(NOTES_PAGE);
  await setup.waitFor(() => document.querySelector('.empty'));
  await setup.evaluate(chooseImportFile, JSON.stringify(generateNotesExport()));
  console.log(`store: ${await setup.waitFor(transferMessage, undefined, 120_000)}`);
  await setup.close();

  const pause = () => new Promise((resolve) => setTimeout(resolve, 500));
  const firstRows: number[] = [];
  const floors: number[] = [];
  for (let run = 0; run < PAGE_OPENINGS; run++) {
    await pause();
    const options = await browser.openExtensionPage('options.html');
    floors.push((await options.waitFor(pageReadyAt))!);
    await options.close();
    await pause();
    const page = await browser.openExtensionPage(NOTES_PAGE);
    firstRows.push((await page.waitFor(firstRowsAt))!);
    await page.close();
  }
  await pause();
  const quiet = await browser.openExtensionPage('options.html');
  const raw: Array<{ fifty: number; all: number }> = [];
  for (let run = 0; run < OPENINGS; run++) raw.push(await quiet.evaluate(rawReads));
  await quiet.close();
  const rawFifty = median(raw.map((r) => r.fifty));
  const rawAll = median(raw.map((r) => r.all));
  const first = median(firstRows);
  const floor = median(floors);
  console.log(`baseline: options page, open to DOMContentLoaded (median of ${PAGE_OPENINGS}): ${floor.toFixed(1)} ms`);
  console.log(`baseline: raw IndexedDB getAll of 50 notes, quiet page:  ${rawFifty.toFixed(1)} ms`);
  console.log(`baseline: raw IndexedDB getAll of ${NOTE_COUNT.toLocaleString('en')} notes:       ${rawAll.toFixed(1)} ms`);
  console.log(
    `Notes page, open to first rows (median of ${PAGE_OPENINGS}, ${spread(firstRows)}): ${first.toFixed(1)} ms  [target ≤ ${FIRST_ROWS_TARGET_MS} ms: ${verdict(first, FIRST_ROWS_TARGET_MS)}]  ${(first / floor).toFixed(2)}× the options page's load; ${(first - floor).toFixed(1)} ms beyond it`,
  );

  const page = await browser.openExtensionPage(NOTES_PAGE);
  await page.waitFor(firstRowsAt);
  for (const words of SEARCHES) {
    const times: number[] = [];
    let rows = 0;
    for (let run = 0; run < OPENINGS; run++) {
      // Clear first, so each run is a fresh search rather than the same query again.
      await page.evaluate(typeSearch, '');
      await new Promise((resolve) => setTimeout(resolve, 300));
      await page.evaluate(typeSearch, words);
      const result = (await page.waitFor(searchTime))!;
      times.push(result.ms);
      rows = result.rows;
    }
    const ms = median(times);
    console.log(
      `search "${words}": ${ms.toFixed(1)} ms to rows on screen (${rows} shown)  [target ≤ ${SEARCH_TARGET_MS} ms: ${verdict(ms, SEARCH_TARGET_MS)}]  ${(ms / rawFifty).toFixed(1)}× a raw read of 50`,
    );
  }
  await page.close();
} finally {
  await browser.close();
}
