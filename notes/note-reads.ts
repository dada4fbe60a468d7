/**
 * The small reads: one note, one page's notes in page order, one article, the count and the
 * filter choices. Dexie calls only, so each works inside liveQuery.
 */
import { normalizeArticleUrl } from '../contract/article-url.ts';
import type { Article, Note, NoteFacets } from '../contract/note-model.ts';
import type { NotesDb } from './db.ts';
import { fromStoredNote } from './stored-note.ts';

/** Page order: by position, notes without one after those with one, then by age. */
export const pageOrder = (a: Note, b: Note) =>
  (a.position?.start ?? Infinity) - (b.position?.start ?? Infinity) || a.createdAt - b.createdAt;

export async function noteById(db: NotesDb, id: string): Promise<Note | undefined> {
  const stored = await db.notes.get(id);
  return stored && fromStoredNote(stored);
}

export async function notesOfPage(db: NotesDb, url: string): Promise<Note[]> {
  const notes = await db.notes.where('articleUrl').equals(normalizeArticleUrl(url)).toArray();
  return notes.map(fromStoredNote).sort(pageOrder);
}

export function articleByUrl(db: NotesDb, url: string): Promise<Article | undefined> {
  return db.articles.get(normalizeArticleUrl(url));
}

export function noteCount(db: NotesDb): Promise<number> {
  return db.notes.count();
}

/** Every tag and site in use, sorted, once each (the index keys, not the notes). */
export async function noteFacets(db: NotesDb): Promise<NoteFacets> {
  const [tags, sites] = await Promise.all([db.notes.orderBy('tags').uniqueKeys(), db.notes.orderBy('site').uniqueKeys()]);
  return {
    tags: (tags as string[]).sort(),
    sites: (sites as string[]).filter(Boolean).sort(),
  };
}
