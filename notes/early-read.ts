/**
 * A page's first rows, read with plain IndexedDB before the page's own script runs: the Notes
 * page loads a small classic script (entrypoints/notes-early.ts) ahead of its modules, so opening
 * the database overlaps with loading Dexie, Preact and the views. It only reads: a database
 * that does not exist yet, or is at another version than this build's, is left to Dexie (which
 * creates and upgrades it) and the answer is null; so is any failure. The page's live query
 * replaces these rows as soon as it answers.
 */
import { NOTES_DB_NAME, NOTES_IDB_VERSION } from './db-identity.ts';

export interface EarlyRead {
  store: string;
  /** Read in this index's order; the store's key order without it. */
  index?: string;
  limit?: number;
}

export function readEarly({ store, index, limit }: EarlyRead, factory: IDBFactory = indexedDB): Promise<unknown[] | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(NOTES_DB_NAME);
    } catch {
      resolve(null);
      return;
    }
    // No database yet: Dexie creates it, with its schema; this read must not create an empty one.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      // Let Dexie upgrade at once should it need to.
      db.onversionchange = () => db.close();
      try {
        if (db.version !== NOTES_IDB_VERSION || !db.objectStoreNames.contains(store)) {
          resolve(null);
          return;
        }
        const source = db.transaction(store, 'readonly').objectStore(store);
        const read = (index ? source.index(index) : source).getAll(null, limit);
        read.onsuccess = () => resolve(read.result);
        read.onerror = () => resolve(null);
      } catch {
        resolve(null);
      } finally {
        // Closes once the read is done; nothing else is asked of this connection.
        db.close();
      }
    };
  });
}

/** Where the early script leaves its reads for the page's script (the page's own window). */
const EARLY_ROWS = Symbol.for('sourcelight.early-rows');

/** One early read: its promise, and its rows once they are in (so the page can render them at once). */
export interface EarlyResult {
  promise: Promise<unknown[] | null>;
  done: boolean;
  rows: unknown[] | null;
}

export function earlyResult(promise: Promise<unknown[] | null>): EarlyResult {
  const result: EarlyResult = { promise, done: false, rows: null };
  void promise.then((rows) => {
    result.done = true;
    result.rows = rows;
  });
  return result;
}

export interface EarlyRows {
  /** The newest notes as stored. */
  notes: EarlyResult;
  /** The outlets' reading totals. */
  outlets: EarlyResult;
}

export function leaveEarlyRows(global: typeof globalThis, rows: EarlyRows): void {
  (global as { [EARLY_ROWS]?: EarlyRows })[EARLY_ROWS] = rows;
}

/** What the early script read; nothing when it did not run (a test, a failed load). */
export function takeEarlyRows(global: typeof globalThis): EarlyRows {
  const nothing = () => ({ promise: Promise.resolve(null), done: true, rows: null });
  return (global as { [EARLY_ROWS]?: EarlyRows })[EARLY_ROWS] ?? { notes: nothing(), outlets: nothing() };
}
