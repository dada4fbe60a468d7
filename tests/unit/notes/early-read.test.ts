/** The Notes page's first rows, read before Dexie is evaluated: the same rows, and never a harm to the store. */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { NOTES_DB_VERSION } from '../../../notes/db-identity.ts';
import { fromStoredNote, NOTES_DB_NAME, openNotesDb, type StoredNote, SCHEMA_VERSIONS } from '../../../notes/db.ts';
import { readEarly } from '../../../notes/early-read.ts';
import { NEWEST_INDEX } from '../../../notes/stored-note.ts';
import { draft, testStore } from './notes-fixtures.ts';

describe('reading the first rows early', () => {
  test('gives the newest notes, as the store itself lists them', async () => {
    const store = testStore();
    for (const words of ['First passage.', 'Second passage.', 'Third passage.']) {
      await store.notes.saveDraft(draft(words));
      store.tick();
    }
    const early = (await readEarly({ store: 'notes', index: NEWEST_INDEX, limit: 2 }, store.indexedDB)) as StoredNote[];
    const listed = await store.notes.query({ limit: 2 });
    expect(early.map(fromStoredNote)).toEqual(listed.notes);
    expect(listed.notes.map((note) => note.quote.exact)).toEqual(['Third passage.', 'Second passage.']);
  });

  test('creates no database where there is none, so Dexie still creates it whole', async () => {
    const indexedDB = new IDBFactory();
    expect(await readEarly({ store: 'notes' }, indexedDB)).toBeNull();
    expect(await indexedDB.databases()).toEqual([]);
    const { notes } = testStore(indexedDB);
    await notes.saveDraft(draft('Saved after all.'));
    expect((await notes.query({})).notes).toHaveLength(1);
  });

  test('leaves a database of an older version alone, and Dexie upgrades it as usual', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie(NOTES_DB_NAME, { indexedDB, IDBKeyRange });
    old.version(1).stores(SCHEMA_VERSIONS.find((each) => each.version === 1)!.stores);
    await old.open();
    old.close();
    expect(await readEarly({ store: 'notes' }, indexedDB)).toBeNull();
    const db = openNotesDb({ indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(NOTES_DB_VERSION);
    db.close();
  });

  test('answers null for a store this version does not have', async () => {
    const store = testStore();
    await store.db.open();
    expect(await readEarly({ store: 'no-such-store' }, store.indexedDB)).toBeNull();
  });
});
