/**
 * The notes database: the one place its schema is written down. Every version that moves
 * data keeps its upgrade here, because a reader may come back after months on any of them.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { siteOf } from '../shared/article-url.ts';
import type { Article, Note } from '../shared/note-model.ts';
import { searchWords } from './search-words.ts';

export const NOTES_DB_NAME = 'sourcelight';

/**
 * A note as stored: the note itself plus two fields derived from it for the indexes. They
 * are written on every save and never leave the repository.
 */
export interface StoredNote extends Note {
  /** Distinct folded words of passage, comment, tags and site (a multiEntry index for prefix search). */
  words: string[];
  /** The category, or 'none': IndexedDB cannot index a missing value, and "no category" is a filter. */
  categoryKey: string;
  /**
   * −createdAt. IndexedDB's getAll and getAllKeys read forwards only, so an index ascending on
   * this field gives the newest notes in one request, where walking the createdAt index
   * backwards costs a cursor step, a round trip to the database process in Chrome, per note.
   */
  newestFirst: number;
}

export type NotesDb = Dexie & {
  notes: EntityTable<StoredNote, 'id'>;
  articles: EntityTable<Article, 'url'>;
};

/**
 * Version 1: the first notes store. Notes are looked up by article (the page's highlights),
 * listed by date, and filtered by tag; articles by site and by when they were last read.
 */
export const SCHEMA_V1 = {
  articles: 'url, site, lastSeen',
  notes: 'id, articleUrl, createdAt, *tags',
} as const;

/**
 * Version 2: the Notes tab's search and filters. `words` makes text search an index lookup
 * instead of a scan, `site` and `categoryKey` make the filters index lookups, and `updatedAt`
 * lets a sync or "recently edited" view find changes.
 */
export const SCHEMA_V2 = {
  articles: 'url, site, lastSeen',
  notes: 'id, articleUrl, createdAt, *tags, site, categoryKey, updatedAt, *words',
} as const;

/**
 * Version 3: `[newestFirst+id]`, so the Notes tab's newest-first list is one read (see
 * StoredNote); the id makes every key distinct, so a walk can continue after any note.
 */
export const SCHEMA_V3 = {
  articles: 'url, site, lastSeen',
  notes: 'id, articleUrl, createdAt, *tags, site, categoryKey, updatedAt, *words, [newestFirst+id]',
} as const;

/** The schema versions in order, as data, so a test can build any older database with plain Dexie. */
export const SCHEMA_VERSIONS = [
  { version: 1, stores: SCHEMA_V1 },
  { version: 2, stores: SCHEMA_V2 },
  { version: 3, stores: SCHEMA_V3 },
] as const;

export const NO_CATEGORY = 'none';

/** The note with its derived index fields filled in, from whatever the note holds now. */
export function toStoredNote(note: Note): StoredNote {
  const site = note.site || siteOf(note.articleUrl);
  const text = [note.quote.exact, note.comment, ...note.tags, site].join(' ');
  return { ...note, site, words: searchWords(text), categoryKey: note.category ?? NO_CATEGORY, newestFirst: -note.createdAt };
}

/** The note without the derived fields, as callers and the export see it. */
export function fromStoredNote(stored: StoredNote): Note {
  const { words: _words, categoryKey: _categoryKey, newestFirst: _newestFirst, ...note } = stored;
  return note;
}

/** Version 1 → 2: notes written before search existed get their search fields. */
async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('notes')
    .toCollection()
    .modify((note: Partial<StoredNote> & Note) => {
      // Be lenient with what an early build may have left out: a note must never be lost to an upgrade.
      const complete: Note = { ...note, comment: note.comment ?? '', tags: note.tags ?? [], site: note.site ?? '' };
      Object.assign(note, toStoredNote(complete));
    });
}

/** Version 2 → 3: every note gets its newest-first key. */
async function upgradeToV3(tx: Transaction): Promise<void> {
  await tx
    .table('notes')
    .toCollection()
    .modify((note: StoredNote) => {
      note.newestFirst = -(Number(note.createdAt) || 0);
    });
}

export interface OpenNotesDbOptions {
  /** Another database name, for tests and the benchmark. */
  name?: string;
  /** Another IndexedDB (fake-indexeddb in Node); both or neither. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

/** The notes database, at the latest version. Dexie opens it on first use. */
export function openNotesDb(options: OpenNotesDbOptions = {}): NotesDb {
  // Only pass what was given: Dexie would take an explicit `undefined` as "no IndexedDB".
  const dependencies: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {};
  if (options.indexedDB) dependencies.indexedDB = options.indexedDB;
  if (options.IDBKeyRange) dependencies.IDBKeyRange = options.IDBKeyRange;
  const db = new Dexie(options.name ?? NOTES_DB_NAME, dependencies) as NotesDb;
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  db.version(3).stores(SCHEMA_V3).upgrade(upgradeToV3);
  return db;
}
