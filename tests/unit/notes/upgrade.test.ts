import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { NOTES_DB_NAME, openNotesDb, SCHEMA_VERSIONS } from '../../../notes/db.ts';
import type { Note } from '../../../contract/note-model.ts';
import { repairSentences } from '../../../notes/repair-report.ts';
import { createNotesRepository } from '../../../notes/repository.ts';
import { MAX_QUOTE_CONTEXT_CHARS } from '../../../contract/note-model.ts';

const V1 = SCHEMA_VERSIONS.find((each) => each.version === 1)!;
const V2 = SCHEMA_VERSIONS.find((each) => each.version === 2)!;

/** Notes as a version-1 build wrote them: no search fields, and the first builds wrote no site. */
const OLD_NOTES: Note[] = [
  {
    id: 'old-1',
    articleUrl: 'https://www.example.com/news/strike',
    site: 'example.com',
    quote: { exact: 'Union sources said the strike would go ahead.', prefix: '', suffix: '' },
    position: { start: 40, end: 86 },
    category: 'anonymous',
    comment: 'Which union?',
    tags: ['labour'],
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
  },
  {
    id: 'old-2',
    articleUrl: 'https://paper.example.org/zürich',
    site: 'paper.example.org',
    quote: { exact: 'Die Regierung in Zürich hat entschieden.', prefix: '', suffix: '' },
    comment: '',
    tags: [],
    createdAt: 1_700_000_100_000,
    updatedAt: 1_700_000_200_000,
  },
];
const WITHOUT_SITE = {
  ...OLD_NOTES[0]!,
  id: 'old-3',
  site: undefined,
  comment: '',
  tags: [],
  quote: { ...OLD_NOTES[0]!.quote, exact: 'Officials expect a settlement.' },
};

test('notes written by version 1 are all there after the upgrade, with search working on them', async () => {
  const indexedDB = new IDBFactory();
  const old = new Dexie(NOTES_DB_NAME, { indexedDB, IDBKeyRange });
  old.version(1).stores(V1.stores);
  await old.table('notes').bulkAdd([...OLD_NOTES, WITHOUT_SITE]);
  await old.table('articles').add({
    url: 'https://www.example.com/news/strike',
    title: 'Strike',
    site: 'example.com',
    byline: '',
    firstSeen: 1,
    lastSeen: 2,
    flagCounts: { anonymous: 1, vague: 0, secondhand: 0, hedged: 0 },
  });
  old.close();

  const db = openNotesDb({ indexedDB, IDBKeyRange });
  const notes = createNotesRepository(db);
  expect(await notes.count()).toBe(3);
  expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
  for (const note of OLD_NOTES) expect(await notes.get(note.id)).toEqual(note);
  expect((await notes.get('old-3'))?.site).toBe('example.com');
  expect((await notes.article('https://www.example.com/news/strike'))?.title).toBe('Strike');

  const stored = await db.notes.get('old-2');
  expect(stored?.words).toEqual(expect.arrayContaining(['regierung', 'zurich', 'paper', 'example', 'org']));
  expect(stored?.categoryKey).toBe('none');

  const ids = async (query: Parameters<typeof notes.query>[0]) => (await notes.query(query)).notes.map((n) => n.id);
  expect(await ids({ text: 'zurich' })).toEqual(['old-2']);
  expect(await ids({ text: 'union which' })).toEqual(['old-1']);
  expect(await ids({ text: 'settlement' })).toEqual(['old-3']);
  expect(await ids({ category: 'none' })).toEqual(['old-2']);
  // Same time stamp: ties go by id.
  expect(await ids({ site: 'example.com' })).toEqual(['old-1', 'old-3']);
  expect(await notes.facets()).toEqual({ tags: ['labour'], sites: ['example.com', 'paper.example.org'] });
  db.close();
});

test('a new database starts at the latest version with the full schema', async () => {
  const db = openNotesDb({ indexedDB: new IDBFactory(), IDBKeyRange, name: 'fresh' });
  await db.open();
  expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
  const indexes = db.notes.schema.indexes.map((index) => index.name).sort();
  expect(indexes).toEqual(['[newestFirst+id]', 'articleUrl', 'categoryKey', 'createdAt', 'site', 'tags', 'updatedAt', 'words']);
  expect(db.tables.map((table) => table.name).sort()).toEqual([
    'articles',
    'dismissals',
    'notes',
    'quarantine',
    'reading',
    'readingMonths',
    'readingOutlets',
  ]);
  expect(await createNotesRepository(db).repairReport()).toEqual({ setAside: 0, repaired: 0 });
  db.close();
});

test('notes written by version 2 keep everything and list newest first after the upgrade to 3', async () => {
  const indexedDB = new IDBFactory();
  const old = new Dexie(NOTES_DB_NAME, { indexedDB, IDBKeyRange });
  old.version(1).stores(V1.stores);
  old.version(2).stores(V2.stores);
  // Version 2 stored the search fields, but no newest-first key.
  const v2Notes = OLD_NOTES.map((note) => ({ ...note, words: ['legacy'], categoryKey: note.category ?? 'none' }));
  await old.table('notes').bulkAdd(v2Notes);
  old.close();

  const db = openNotesDb({ indexedDB, IDBKeyRange });
  const notes = createNotesRepository(db);
  for (const note of OLD_NOTES) expect(await notes.get(note.id)).toEqual(note);
  expect((await notes.query({})).notes.map((n) => n.id)).toEqual(['old-2', 'old-1']);
  expect((await db.notes.get('old-1'))?.newestFirst).toBe(-OLD_NOTES[0]!.createdAt);
  db.close();
});

/** Builds a database at an old version with plain Dexie, as an old build left it. */
async function oldDatabase(version: 1 | 3, notes: unknown[], articles: unknown[] = []) {
  const indexedDB = new IDBFactory();
  const old = new Dexie(NOTES_DB_NAME, { indexedDB, IDBKeyRange });
  for (const each of SCHEMA_VERSIONS.filter((v) => v.version <= version)) old.version(each.version).stores(each.stores);
  await old.table('notes').bulkAdd(notes);
  await old.table('articles').bulkAdd(articles);
  old.close();
  return indexedDB;
}

describe('bad records an old build left behind (issue #12, item 8)', () => {
  const GOOD = OLD_NOTES[0]!;
  const NO_QUOTE = {
    id: 'no-quote',
    articleUrl: GOOD.articleUrl,
    comment: 'lost its passage',
    tags: [],
    createdAt: 5,
    updatedAt: 5,
  };
  const NO_ADDRESS = { ...GOOD, id: 'no-address', articleUrl: 'about:blank' };
  const NO_DATE = { ...OLD_NOTES[1]!, id: 'no-date', createdAt: undefined, updatedAt: 1_700_000_300_000, tags: 'economy' };

  test('a version 1 note without a passage no longer locks the reader out: it is set aside and counted', async () => {
    const indexedDB = await oldDatabase(1, [GOOD, NO_QUOTE, NO_ADDRESS, NO_DATE]);
    const db = openNotesDb({ indexedDB, IDBKeyRange });
    const notes = createNotesRepository(db);
    expect(await notes.count()).toBe(2);
    expect(await notes.get(GOOD.id)).toEqual(GOOD);
    expect(await notes.repairReport()).toEqual({ setAside: 2, repaired: 1 });
    const setAside = await db.quarantine.where('kind').equals('set-aside').toArray();
    expect(setAside.map((row) => [row.reason, row.record])).toEqual([
      ['no-address', NO_ADDRESS],
      ['no-passage', NO_QUOTE],
    ]);
    expect(repairSentences(await notes.repairReport())).toEqual([
      '2 notes could not be read after an update and were set aside.',
      '1 note was mended after an update (a missing date, list or overlong context).',
    ]);
    db.close();
  });

  test('a note without a date is mended, searchable, and in the complete export', async () => {
    const indexedDB = await oldDatabase(1, [GOOD, NO_DATE]);
    const db = openNotesDb({ indexedDB, IDBKeyRange });
    const notes = createNotesRepository(db);
    expect(await notes.get('no-date')).toMatchObject({ createdAt: 1_700_000_300_000, tags: [] });
    expect((await notes.query({ text: 'regierung' })).notes.map((n) => n.id)).toEqual(['no-date']);
    const exported = await notes.exportJson();
    expect(exported.notes.map((n) => n.id)).toEqual([GOOD.id, 'no-date']);
    db.close();
  });

  test('a version 3 note with a 10,000-character context keeps only the characters next to its passage', async () => {
    const huge = { ...GOOD, words: ['legacy'], categoryKey: 'anonymous', newestFirst: -GOOD.createdAt };
    huge.quote = { ...GOOD.quote, prefix: `${'p'.repeat(10_000)}near`, suffix: `close${'s'.repeat(10_000)}` };
    const title = 't'.repeat(20_000);
    const indexedDB = await oldDatabase(
      3,
      [huge],
      [{ url: GOOD.articleUrl, title, site: '', byline: '', firstSeen: 1, lastSeen: 1 }],
    );
    const db = openNotesDb({ indexedDB, IDBKeyRange });
    const notes = createNotesRepository(db);
    const quote = (await notes.get(GOOD.id))?.quote;
    expect(quote?.prefix).toBe(`${'p'.repeat(MAX_QUOTE_CONTEXT_CHARS - 4)}near`);
    expect(quote?.suffix).toBe(`close${'s'.repeat(MAX_QUOTE_CONTEXT_CHARS - 5)}`);
    expect((await notes.article(GOOD.articleUrl))?.title).toHaveLength(1_000);
    expect(await notes.repairReport()).toEqual({ setAside: 0, repaired: 1 });
    db.close();
  });

  test('records set aside stay out of the notes but are kept whole', async () => {
    const indexedDB = await oldDatabase(1, [NO_QUOTE]);
    const db = openNotesDb({ indexedDB, IDBKeyRange });
    expect(await db.notes.count()).toBe(0);
    expect((await db.quarantine.toArray())[0]).toMatchObject({ table: 'notes', kind: 'set-aside', record: NO_QUOTE });
    db.close();
  });
});
