/**
 * The Notes tab with 10,000 notes, in real Chromium on the built extension: time from opening
 * the page to its first rows, and from a search leaving the debounce to its rows on screen.
 * Baseline, in the same page and run: a plain IndexedDB read of 50 notes and of all 10,000
 * (no Dexie, no rendering). Run: npm run bench:notes-popup (after npm run build).
 */
import { launchChromium, unavailableReason } from '../e2e/browsers.ts';
import { EXTENSION_DIRS, missingBuilds } from '../e2e/extension-build.ts';
import { chooseImportFile, transferMessage } from '../e2e/popup-probes.ts';
import { generateNotesExport, NOTE_COUNT } from './generate-notes.ts';

const NOTES_PAGE = 'popup.html#notes';
const OPENINGS = 5;
const SEARCHES = ['minis', 'minister resign', 'zurich', 't'];
const FIRST_ROWS_TARGET_MS = 150;
const SEARCH_TARGET_MS = 50;

// Plain JavaScript in strings: the page runs them as written (tsx would add helpers the page lacks).
const firstRowsAt = new Function(`
  const entry = performance.getEntriesByName('sourcelight-notes-rendered')[0];
  return entry ? entry.startTime : null;`) as () => number | null;

const typeSearch = new Function('text', `
  performance.clearMarks('sourcelight-search-started');
  performance.clearMarks('sourcelight-search-rendered');
  const input = document.querySelector('input[type="search"]');
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  return true;`) as (text: string) => boolean;

const searchTime = new Function(`
  const started = performance.getEntriesByName('sourcelight-search-started')[0];
  const rendered = performance.getEntriesByName('sourcelight-search-rendered')[0];
  return started && rendered ? { ms: rendered.startTime - started.startTime, rows: document.querySelectorAll('.note').length } : null;`) as () => { ms: number; rows: number } | null;

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

  const firstRows: number[] = [];
  const raw: Array<{ fifty: number; all: number }> = [];
  for (let run = 0; run < OPENINGS; run++) {
    const page = await browser.openExtensionPage(NOTES_PAGE);
    firstRows.push((await page.waitFor(firstRowsAt))!);
    raw.push(await page.evaluate(rawReads));
    await page.close();
  }
  const rawFifty = median(raw.map((r) => r.fifty));
  const rawAll = median(raw.map((r) => r.all));
  const first = median(firstRows);
  console.log(`baseline: raw IndexedDB getAll of 50 notes     ${rawFifty.toFixed(1).padStart(7)} ms`);
  console.log(`baseline: raw IndexedDB getAll of ${NOTE_COUNT.toLocaleString('en')} notes ${rawAll.toFixed(1).padStart(7)} ms`);
  console.log(
    `Notes tab, page open to first rows (median of ${OPENINGS}): ${first.toFixed(1)} ms  [target ≤ ${FIRST_ROWS_TARGET_MS} ms: ${verdict(first, FIRST_ROWS_TARGET_MS)}]  ${(first / rawAll).toFixed(2)}× reading every note raw`,
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
