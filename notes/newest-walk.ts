/**
 * Walking the notes newest first along the [newestFirst+id] index, a chunk at a time, for
 * searches whose matches are too many to sort in memory. Dexie reads only, so a search built
 * on them still works inside liveQuery.
 */
import type { Collection, InsertType } from 'dexie';
import type { NotesDb } from './db.ts';
import { NEWEST_INDEX, type StoredNote } from './stored-note.ts';

/** Records per read when walking the notes newest first; doubles up to WALK_CHUNK_MAX. */
const WALK_CHUNK = 200;
const WALK_CHUNK_MAX = 3200;
/** Ids per read when walking the newest-first index by key; doubles up to KEY_CHUNK_MAX. */
const KEY_CHUNK = 500;
const KEY_CHUNK_MAX = 8000;

type NotesCollection = Collection<StoredNote, string, InsertType<StoredNote, 'id'>>;

/** Notes newest first, from just after the index key `after` (from the newest when null). */
export function newestAfter(db: NotesDb, after: [number, string] | null): NotesCollection {
  return after ? db.notes.where(NEWEST_INDEX).above(after) : db.notes.orderBy(NEWEST_INDEX);
}

/**
 * Reads notes newest first, a chunk at a time (one getAll each), until `wanted` of them pass
 * `keep` or the notes run out. Each chunk starts after the last key read.
 */
export async function walkNewest(
  db: NotesDb,
  keep: (note: StoredNote) => boolean,
  wanted: number,
): Promise<{ found: StoredNote[]; complete: boolean }> {
  const found: StoredNote[] = [];
  let chunk = WALK_CHUNK;
  let after: [number, string] | null = null;
  for (;;) {
    const rows: StoredNote[] = await newestAfter(db, after).limit(chunk).toArray();
    for (const note of rows) {
      if (!keep(note)) continue;
      found.push(note);
      if (found.length >= wanted) return { found, complete: false };
    }
    if (rows.length < chunk) return { found, complete: true };
    const last: StoredNote = rows[rows.length - 1]!;
    after = [last.newestFirst, last.id];
    chunk = Math.min(chunk * 2, WALK_CHUNK_MAX);
  }
}

/**
 * Ids newest first, a chunk at a time (one getAllKeys each), until `wanted` pass `keep`: for a
 * search whose matching ids are known, this reads no records but the page's. A chunk continues
 * after the last id's index key, which one `get` tells.
 */
export async function walkNewestIds(db: NotesDb, keep: (id: string) => boolean, wanted: number): Promise<string[]> {
  const found: string[] = [];
  let chunk = KEY_CHUNK;
  let after: [number, string] | null = null;
  for (;;) {
    const ids = (await newestAfter(db, after).limit(chunk).primaryKeys()) as string[];
    for (const id of ids) {
      if (!keep(id)) continue;
      found.push(id);
      if (found.length >= wanted) return found;
    }
    const lastId = ids[ids.length - 1];
    const last = ids.length === chunk && lastId !== undefined ? await db.notes.get(lastId) : undefined;
    if (!last) return found;
    after = [last.newestFirst, last.id];
    chunk = Math.min(chunk * 2, KEY_CHUNK_MAX);
  }
}
