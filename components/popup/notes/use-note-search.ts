import { useCallback, useState } from 'preact/hooks';
import type { Note, NotePage, NoteQuery } from '../../../contract/note-model.ts';
import type { NotesRepository } from '../../../notes/notes-store.ts';
import type { LiveSource } from '../../hooks/live-source.ts';
import { useLiveQuery } from '../../hooks/use-live-query.ts';
import { PAGE_SIZE } from './page-size.ts';

export { PAGE_SIZE } from './page-size.ts';

/** One answer of the live search: the rows for `key` (a query) up to `limit`. */
export interface SearchAnswer {
  key: string;
  limit: number;
  page: NotePage;
  /** The rows came before their count: `page.total` is not known yet. */
  countPending?: boolean;
}

export const queryKey = (query: NoteQuery) => JSON.stringify(query);

/** The live read behind the list: the first `limit` matches of `query`, newest first. */
export function searchNotes(notes: NotesRepository, query: NoteQuery, limit: number): () => Promise<SearchAnswer> {
  const key = queryKey(query);
  return async () => ({ key, limit, page: await notes.query({ ...query, offset: 0, limit }) });
}

/** The first rows of the unfiltered list without their count, from a reader of the newest notes. */
export function newestRows(read: (limit: number) => Promise<Note[]>, limit = PAGE_SIZE): () => Promise<SearchAnswer> {
  return async () => newestAnswer(await read(limit), limit);
}

/** The newest notes, in hand, as the answer to the empty search (its count to follow). */
export function newestAnswer(notes: Note[], limit = PAGE_SIZE): SearchAnswer {
  return { key: queryKey({}), limit, page: { notes, total: notes.length }, countPending: true };
}

export type NoteSearch =
  | { status: 'loading' }
  | { status: 'error'; error: string }
  | {
      status: 'done';
      notes: Note[];
      total: number;
      /** `total` counts only the matches found so far (a very common word): more may follow. */
      totalIsLowerBound: boolean;
      /** The rows are on screen before their count (the first answer of a large store). */
      countPending: boolean;
      /** The query these rows answer (the list keeps the last rows while a new query runs). */
      key: string;
      loadingMore: boolean;
    };

/**
 * The notes matching `query`, newest first, a page at a time, live: an edit, a delete, an
 * undo, an import or a save made anywhere shows without asking. A new query starts again at
 * one page; "more" widens the same live query.
 */
export function useNoteSearch(notes: NotesRepository, query: NoteQuery, early?: LiveSource<SearchAnswer>) {
  const key = queryKey(query);
  const [shown, setShown] = useState({ key, limit: PAGE_SIZE });
  const limit = shown.key === key ? shown.limit : PAGE_SIZE;
  const [attempt, setAttempt] = useState(0);
  const live = useLiveQuery(searchNotes(notes, query, limit), [key, limit, attempt], early);

  let search: NoteSearch;
  if (live.status !== 'done') search = live;
  else {
    const { page } = live.value;
    search = {
      status: 'done',
      notes: page.notes,
      total: page.total,
      totalIsLowerBound: !!page.totalIsLowerBound,
      countPending: !!live.value.countPending,
      key: live.value.key,
      loadingMore: live.value.key === key && live.value.limit < limit,
    };
  }
  const rows = search.status === 'done' ? search.notes.length : 0;
  const total = search.status === 'done' ? search.total : 0;
  const loadMore = useCallback(() => {
    if (rows < total && rows >= limit) setShown({ key, limit: limit + PAGE_SIZE });
  }, [key, limit, rows, total]);
  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  return { search, loadMore, retry };
}
