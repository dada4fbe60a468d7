/**
 * The newest notes alone, without the total: what the Notes page shows first. Counting ten
 * thousand notes costs Chrome more than reading the first rows (it walks every record), so the
 * page reads its first rows with this and the total comes after, with the live query.
 */
import type { NotesDb } from '../notes/db.ts';
import { fromStoredNote, NEWEST_INDEX } from '../notes/stored-note.ts';
import type { Note } from '../contract/note-model.ts';

export async function newestNotes(db: NotesDb, limit: number): Promise<Note[]> {
  const rows = await db.notes.orderBy(NEWEST_INDEX).limit(limit).toArray();
  return rows.map(fromStoredNote);
}
