/**
 * Notes store speed at the size a heavy reader reaches: 10,000 notes over 300 articles in
 * fake-indexeddb, against plain reads of the same store measured in the same run. Run:
 * npm run bench:notes. fake-indexeddb is slower than a browser's IndexedDB, so the figures are
 * an upper bound; the ratios to the baselines are what carry over.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openNotesDb } from '../../core/notes/db.ts';
import type { Article, Note, NotePage, NoteQuery, NotesExport } from '../../core/notes/model.ts';
import { createNotesRepository } from '../../core/notes/repository.ts';
import { CATEGORIES } from '../../core/types.ts';

const NOTE_COUNT = 10_000;
const ARTICLE_COUNT = 300;
const REPETITIONS = 9;
const FIRST_PAGE_TARGET_MS = 150;
const SEARCH_TARGET_MS = 50;

// Word lists written for this benchmark; a seeded generator mixes them so every run stores the same notes.
const WHO = ['Officials', 'People familiar with the matter', 'Critics', 'Insiders', 'Analysts', 'Aides to the minister', 'Diplomats', 'Several economists', 'Union leaders', 'Local residents'];
const VERB = ['said', 'claimed', 'warned', 'suggested', 'insisted', 'reportedly believed', 'told reporters', 'argued'];
const SUBJECT = ['the budget', 'the trade deal', 'the minister', 'the central bank', 'the strike', 'the election', 'the summit', 'the merger', 'the ceasefire', 'the council', 'the hospital plan', 'the new stadium'];
const OUTCOME = ['would be delayed', 'had collapsed overnight', 'was close to agreement', 'would resign by Friday', 'faced a legal challenge', 'was worth more than €2 billion', 'had been quietly dropped', 'would raise interest rates', 'was under investigation', 'could cost thousands of jobs'];
const TAIL = ['', ' before the end of the year', ' despite public denials', ' according to documents seen by reporters', ' after weeks of talks', ' in Zürich and Genève', ' amid growing pressure'];
const COMMENTS = ['', '', '', 'Who exactly?', 'Check against the official statement.', 'Named later in the piece.', 'Compare with the Reuters report.', 'Follow up next week.'];
const TAGS = ['economy', 'politics', 'europe', 'follow-up', 'labour', 'courts', 'energy', 'health', 'sport', 'climate'];
const SITES = ['news.example.com', 'daily.example.org', 'lemonde.example.fr', 'tagesblatt.example.de', 'times.example.co.uk', 'wire.example.net'];

function generate(): NotesExport {
  let seed = 20260105;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const start = Date.UTC(2024, 0, 1);
  const articles: Article[] = Array.from({ length: ARTICLE_COUNT }, (_, index) => {
    const site = SITES[index % SITES.length]!;
    return {
      url: `https://${site}/2025/story-${index}`,
      title: `${pick(SUBJECT)} ${pick(OUTCOME)}`.replace(/^\w/, (c) => c.toUpperCase()),
      site,
      byline: `Reporter ${index % 40}`,
      firstSeen: start + index * 3_600_000,
      lastSeen: start + index * 3_600_000,
      flagCounts: { anonymous: index % 5, vague: index % 3, secondhand: index % 2, hedged: index % 4 },
    };
  });
  const notes: Note[] = Array.from({ length: NOTE_COUNT }, (_, index) => {
    const article = articles[Math.floor(random() * ARTICLE_COUNT)]!;
    const exact = `${pick(WHO)} ${pick(VERB)} ${pick(SUBJECT)} ${pick(OUTCOME)}${pick(TAIL)}.`;
    const tags = [...new Set(Array.from({ length: Math.floor(random() * 3) }, () => pick(TAGS)))];
    const time = start + index * 600_000;
    const note: Note = {
      id: `bench-${index}`,
      articleUrl: article.url,
      site: article.site,
      quote: { exact, prefix: '', suffix: '' },
      position: { start: index * 7, end: index * 7 + exact.length },
      comment: pick(COMMENTS),
      tags,
      createdAt: time,
      updatedAt: time,
    };
    const category = random() < 0.8 ? pick(CATEGORIES) : undefined;
    if (category) note.category = category;
    return note;
  });
  return { format: 'sourcelight-notes', version: 1, exportedAt: new Date(start).toISOString(), articles, notes };
}

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

const data = generate();
const db = openNotesDb({ name: 'bench', indexedDB: new IDBFactory(), IDBKeyRange });
const notes = createNotesRepository(db);
const importStart = performance.now();
const summary = await notes.importJson(JSON.stringify(data));
const importMs = performance.now() - importStart;
console.log(`store: ${summary.added.toLocaleString('en')} notes over ${summary.articles} articles (imported in ${importMs.toFixed(0)} ms, one transaction)`);

const plainRows = await timeMedian(() => db.notes.limit(50).toArray());
const plainObjects = data.notes.map((note) => ({ ...note }));
const arrayFilter = await timeMedian(() => plainObjects.filter((note) => note.quote.exact.toLowerCase().includes('minister')));

const cases: [string, NoteQuery, number][] = [
  ['first page, query({ limit: 50 })', { limit: 50 }, FIRST_PAGE_TARGET_MS],
  ['search, one word ("minis")', { text: 'minis' }, SEARCH_TARGET_MS],
  ['search, two words ("minister resign")', { text: 'minister resign' }, SEARCH_TARGET_MS],
  ['search, worst case ("t": nearly every note)', { text: 't' }, SEARCH_TARGET_MS],
  ['search, tag filter (tag: "labour")', { tag: 'labour' }, SEARCH_TARGET_MS],
  ['search, word + tag ("zurich", tag: "europe")', { text: 'zurich', tag: 'europe' }, SEARCH_TARGET_MS],
];

const pad = (text: string, width: number) => text.padEnd(width);
console.log(`baseline: db.notes.limit(50).toArray()       ${plainRows.ms.toFixed(2).padStart(7)} ms (median of ${REPETITIONS})`);
console.log(`baseline: Array.filter over ${NOTE_COUNT.toLocaleString('en')} objects  ${arrayFilter.ms.toFixed(2).padStart(7)} ms (${arrayFilter.result.length} matches)`);
for (const [label, query, target] of cases) {
  const { ms, result } = await timeMedian<NotePage>(() => notes.query(query));
  const baseline = query.text || query.tag ? arrayFilter.ms : plainRows.ms;
  const baselineName = query.text || query.tag ? 'Array.filter' : 'plain 50-row read';
  const verdict = ms <= target ? 'ok' : 'OVER';
  console.log(
    `${pad(label, 46)} ${ms.toFixed(2).padStart(7)} ms  target ≤ ${target} ms ${verdict}  ${(ms / baseline).toFixed(1)}× ${baselineName}  (${result.total} match, ${result.notes.length} shown)`,
  );
}
db.close();
