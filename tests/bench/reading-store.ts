/**
 * The reading record at 50,000 articles in fake-indexeddb: the Reading view's first data
 * (outlets by share and the total of all reading, then the small charts of the first outlets)
 * against a plain toArray() of the entries in the same run. Entries are written through
 * recordReading, so the totals the view reads are the ones the store keeps. Run:
 * node --import tsx tests/bench/reading-store.ts. fake-indexeddb is slower than a browser's
 * IndexedDB, so the figures are an upper bound; the ratios to the baseline are what carry over.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { CATEGORIES, type Category } from '../../detector/types.ts';
import { openNotesDb } from '../../notes/db.ts';
import { createNotesRepository } from '../../notes/repository.ts';
import type { ReadingEntry } from '../../contract/reading-record.ts';

const ENTRY_COUNT = 50_000;
const OUTLET_COUNT = 400;
const CHARTS_ON_FIRST_VIEW = 20;
const REPETITIONS = 9;
const FIRST_VIEW_TARGET_MS = 150;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timeMedian<T>(run: () => Promise<T>): Promise<{ ms: number; result: T }> {
  let result = await run(); // warm-up, not counted
  const times: number[] = [];
  for (let round = 0; round < REPETITIONS; round++) {
    const start = performance.now();
    result = await run();
    times.push(performance.now() - start);
  }
  return { ms: median(times), result };
}

/** Visits the same on every run: a few outlets read often, many rarely, over four years. */
function generateEntries(): ReadingEntry[] {
  let seed = 20260105;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const start = Date.UTC(2022, 0, 1);
  const span = Date.UTC(2026, 0, 1) - start;
  return Array.from({ length: ENTRY_COUNT }, (_, index) => {
    const outlet = Math.floor(OUTLET_COUNT * random() ** 3);
    const sentences = 10 + Math.floor(random() * 90);
    const flagged = Math.floor(sentences * random() * (0.1 + (outlet % 7) / 20));
    const byCategory = Object.fromEntries(CATEGORIES.map((category) => [category, 0])) as Record<Category, number>;
    for (let flag = 0; flag < flagged; flag++) byCategory[CATEGORIES[flag % CATEGORIES.length]!]++;
    return {
      url: `https://outlet-${outlet}.example/news/${index}`,
      site: `outlet-${outlet}.example`,
      readAt: start + Math.floor(random() * span),
      sentences,
      flagged,
      byCategory,
    };
  });
}

const db = openNotesDb({ name: 'reading-bench', indexedDB: new IDBFactory(), IDBKeyRange });
const store = createNotesRepository(db);
const entries = generateEntries();

const writeStart = performance.now();
for (const entry of entries) await store.recordReading(entry);
const writeMs = performance.now() - writeStart;
const plainPutStart = performance.now();
const plain = openNotesDb({ name: 'reading-bench-plain', indexedDB: new IDBFactory(), IDBKeyRange });
for (const entry of entries.slice(0, 5_000)) await plain.reading.put(entry);
const plainPutMs = (performance.now() - plainPutStart) / 5_000;
plain.close();
console.log(
  `store: ${(await db.reading.count()).toLocaleString('en')} entries over ${await db.readingOutlets.count()} outlets, ` +
    `${await db.readingMonths.count()} outlet-months; recordReading ${(writeMs / ENTRY_COUNT).toFixed(3)} ms a visit ` +
    `(a plain put: ${plainPutMs.toFixed(3)} ms)`,
);

const baseline = await timeMedian(() => db.reading.toArray());
const firstView = await timeMedian(() => Promise.all([store.outletsByShare(), store.readingSummary()]));
const withCharts = await timeMedian(async () => {
  const [outlets, all] = await Promise.all([store.outletsByShare(), store.readingSummary()]);
  const charts = await Promise.all(outlets.slice(0, CHARTS_ON_FIRST_VIEW).map((outlet) => store.outletTimeline(outlet.site)));
  return { outlets, all, charts };
});
const popupLine = await timeMedian(() => Promise.all([store.readingSummary('outlet-0.example'), store.readingSummary()]));
const csv = await timeMedian(() => store.readingCsv());

const [outlets, all] = firstView.result;
const row = (label: string, ms: number, note = '') =>
  console.log(`${label.padEnd(66)} ${ms.toFixed(2).padStart(8)} ms  ${(ms / baseline.ms).toFixed(3)}× baseline${note}`);
console.log(
  `baseline: db.reading.toArray() (${ENTRY_COUNT.toLocaleString('en')} rows)`.padEnd(67),
  `${baseline.ms.toFixed(2).padStart(8)} ms (median of ${REPETITIONS})`,
);
const verdict = firstView.ms <= FIRST_VIEW_TARGET_MS ? 'ok' : 'OVER';
row('first view: outletsByShare() + readingSummary()', firstView.ms, `  target ≤ ${FIRST_VIEW_TARGET_MS} ms ${verdict}`);
row(`first view with ${CHARTS_ON_FIRST_VIEW} outletTimeline() charts`, withCharts.ms);
row("popup line: readingSummary('outlet-0.example') + readingSummary()", popupLine.ms);
row('readingCsv() (every entry)', csv.ms, `  (${(csv.result.length / 1e6).toFixed(1)} MB)`);
console.log(
  `check: ${outlets.length} outlets, ${all.articles.toLocaleString('en')} articles, ${(all.share * 100).toFixed(1)}% of sentences flagged; ` +
    `top outlet ${outlets[0]?.site} at ${((outlets[0]?.share ?? 0) * 100).toFixed(1)}%`,
);
db.close();
