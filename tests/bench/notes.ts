/**
 * Notes store speed at the size a heavy reader reaches: 10,000 notes over 300 articles in
 * fake-indexeddb, against plain reads of the same store measured in the same run. Run:
 * npm run bench:notes. fake-indexeddb is slower than a browser's IndexedDB, so the figures are
 * an upper bound; the ratios to the baselines are what carry over.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openNotesDb } from '../../notes/db.ts';
import type { NotePage, NoteQuery } from '../../contract/note-model.ts';
import { createNotesRepository } from '../../notes/repository.ts';
import { generateNotesExport, NOTE_COUNT } from './generate-notes.ts';

const REPETITIONS = 9;
const FIRST_PAGE_TARGET_MS = 150;
const SEARCH_TARGET_MS = 50;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timeMedian<T>(run: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  let result = await run(); // warm-up, not counted
  const times: number[] = [];
  for (let round = 0; round < REPETITIONS; round++) {
    const start = performance.now();
    result = await run();
    times.push(performance.now() - start);
  }
  return { ms: median(times), result };
}

const data = generateNotesExport();
const db = openNotesDb({ name: 'bench', indexedDB: new IDBFactory(), IDBKeyRange });
const notes = createNotesRepository(db);
const importStart = performance.now();
const summary = await notes.importJson(JSON.stringify(data));
const importMs = performance.now() - importStart;
console.log(
  `store: ${summary.added.toLocaleString('en')} notes over ${summary.articles} articles (imported in ${importMs.toFixed(0)} ms, one transaction)`,
);

const plainRows = await timeMedian(() => db.notes.limit(50).toArray());
const plainObjects = data.notes.map((note) => ({ ...note }));
const arrayFilter = await timeMedian(() => plainObjects.filter((note) => note.quote.exact.toLowerCase().includes('minister')));

const cases: [string, NoteQuery, number][] = [
  ['first page, query({ limit: 50 })', { limit: 50 }, FIRST_PAGE_TARGET_MS],
  ['search, one word ("minis")', { text: 'minis' }, SEARCH_TARGET_MS],
  ['search, two words ("minister resign")', { text: 'minister resign' }, SEARCH_TARGET_MS],
  ['search, worst case ("the": every note has it)', { text: 'the' }, SEARCH_TARGET_MS],
  ['search, tag filter (tag: "labour")', { tag: 'labour' }, SEARCH_TARGET_MS],
  ['search, word + tag ("zurich", tag: "europe")', { text: 'zurich', tag: 'europe' }, SEARCH_TARGET_MS],
];

const pad = (text: string, width: number) => text.padEnd(width);
console.log(`baseline: db.notes.limit(50).toArray()       ${plainRows.ms.toFixed(2).padStart(7)} ms (median of ${REPETITIONS})`);
console.log(
  `baseline: Array.filter over ${NOTE_COUNT.toLocaleString('en')} objects  ${arrayFilter.ms.toFixed(2).padStart(7)} ms (${arrayFilter.result.length} matches)`,
);
for (const [label, query, target] of cases) {
  const { ms, result } = await timeMedian<NotePage>(() => notes.query(query));
  const baseline = query.text || query.tag ? arrayFilter.ms : plainRows.ms;
  const baselineName = query.text || query.tag ? 'Array.filter' : 'plain 50-row read';
  const verdict = ms <= target ? 'ok' : 'OVER';
  console.log(
    `${pad(label, 46)} ${ms.toFixed(2).padStart(7)} ms  target ≤ ${target} ms ${verdict}  ${(ms / baseline).toFixed(1)}× ${baselineName}  (${result.total}${result.totalIsLowerBound ? '+ (counted no further)' : ''} match, ${result.notes.length} shown)`,
  );
}
db.close();
