import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect, test } from 'vitest';
import { NOTES_DB_NAME, openNotesDb, SCHEMA_VERSIONS } from '../../../notes/db.ts';
import type { Note } from '../../../shared/note-model.ts';
import { createNotesRepository } from '../../../notes/repository.ts';

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
