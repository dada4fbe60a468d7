/**
 * A note as stored: the note itself plus fields derived from it for the indexes. They are
 * recomputed on every write, whatever the caller or a file says, and never leave the store.
 */
import { siteOf } from '../contract/article-url.ts';
import type { Note } from '../contract/note-model.ts';
import { searchWords } from './search-words.ts';

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

export const NO_CATEGORY = 'none';

/** The newest-first index: −createdAt, then id, so every key is distinct. */
export const NEWEST_INDEX = '[newestFirst+id]';

/**
 * The note with its derived fields filled in from what it holds now. `site` is derived too: a
 * label that contradicts the address (a hand-edited file) would file the note under another site.
 */
export function toStoredNote(note: Note): StoredNote {
  const site = siteOf(note.articleUrl);
  const text = [note.quote.exact, note.comment, ...note.tags, site].join(' ');
  return { ...note, site, words: searchWords(text), categoryKey: note.category ?? NO_CATEGORY, newestFirst: -note.createdAt };
}

/** The note without the derived index fields, as callers and the export see it. */
export function fromStoredNote(stored: StoredNote): Note {
  const { words: _words, categoryKey: _categoryKey, newestFirst: _newestFirst, ...note } = stored;
  return note;
}

/** Newest first; the id breaks ties the way the newest-first index does, so pages never overlap. */
export const byNewest = (a: Note, b: Note) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Two saves of one passage: same article, same words, same place in the page. */
export const passageKey = (note: Pick<Note, 'articleUrl' | 'quote' | 'position'>) =>
  `${note.articleUrl}\u0000${note.position?.start ?? ''}\u0000${note.quote.exact}`;

/** A record an upgrade set aside (it could not be read as a note) or mended, with what it held. */
export interface QuarantinedRecord {
  seq?: number;
  table: 'notes';
  kind: 'set-aside' | 'repaired';
  /** A code: why it was set aside, or what was mended (comma-separated). */
  reason: string;
  /** The record exactly as it was before the upgrade touched it. */
  record: unknown;
  at: number;
}
