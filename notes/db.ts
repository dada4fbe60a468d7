/**
 * The notes database: the one place its schema is written down. Every version that moves
 * data keeps its upgrade (upgrades.ts), because a reader may come back after months on any of them.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Category } from '../detector/types.ts';
import type { Article } from '../contract/note-model.ts';
import type { ReadingEntry } from '../contract/reading-record.ts';
import type { QuarantinedRecord, StoredNote } from './stored-note.ts';

export type { QuarantinedRecord };
import { NOTES_DB_NAME } from './db-identity.ts';
import { upgradeToV2, upgradeToV3, upgradeToV4 } from './upgrades.ts';

// Older modules and tests import the stored-note helpers from here.
export { fromStoredNote, NO_CATEGORY, toStoredNote, type StoredNote } from './stored-note.ts';

export { NOTES_DB_NAME } from './db-identity.ts';

/** A flag the reader dismissed on an article ("not an issue here"). */
export interface Dismissal {
  /** The article's normalised URL. */
  url: string;
  /** The flag's key (contract/flag-key.ts). */
  key: string;
  /** When it was dismissed, so the list comes back in the reader's order. */
  at: number;
}

/** Sums over some reading entries, kept up to date on every write so reads never scan entries. */
export interface ReadingTotals {
  articles: number;
  sentences: number;
  flagged: number;
  byCategory: Record<Category, number>;
}

export interface OutletTotals extends ReadingTotals {
  site: string;
}

export interface MonthTotals extends ReadingTotals {
  site: string;
  /** "2026-01", from the entry's readAt in UTC. */
  month: string;
}

export type NotesDb = Dexie & {
  notes: EntityTable<StoredNote, 'id'>;
  articles: EntityTable<Article, 'url'>;
  dismissals: Table<Dismissal, [string, string]>;
  reading: EntityTable<ReadingEntry, 'url'>;
  readingOutlets: EntityTable<OutletTotals, 'site'>;
  readingMonths: Table<MonthTotals, [string, string]>;
  quarantine: EntityTable<QuarantinedRecord, 'seq'>;
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

/**
 * Version 4 (issues #11 and #12): flags dismissed per article; the reading record, one entry an
 * article, with totals per outlet and per outlet and month kept on write, so the Reading view
 * reads a few hundred totals instead of every entry; and the records the upgrades set aside or
 * mended, so the reader can be told.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  dismissals: '[url+key], url',
  reading: 'url, site, readAt',
  readingOutlets: 'site',
  readingMonths: '[site+month], site',
  quarantine: '++seq, kind',
} as const;

/** The schema versions in order, as data, so a test can build any older database with plain Dexie. */
export const SCHEMA_VERSIONS = [
  { version: 1, stores: SCHEMA_V1 },
  { version: 2, stores: SCHEMA_V2 },
  { version: 3, stores: SCHEMA_V3 },
  { version: 4, stores: SCHEMA_V4 },
] as const;

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
  db.version(4).stores(SCHEMA_V4).upgrade(upgradeToV4);
  return db;
}

/**
 * Calls `listener` after any write to the notes table commits, in this context or another (a
 * popup, the side panel, the Notes page): Dexie broadcasts its commits between an extension's
 * pages and workers. Returns the unsubscribe.
 */
export function onNotesWritten(db: NotesDb, listener: () => void): () => void {
  const prefix = `idb://${db.name}/notes/`;
  const onMutated = (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((part) => part.startsWith(prefix))) listener();
  };
  Dexie.on('storagemutated', onMutated);
  return () => Dexie.on('storagemutated').unsubscribe(onMutated);
}
