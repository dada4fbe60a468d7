import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Note, NoteQuery, NotesRepository } from '../../../shared/note-model.ts';
import { errorMessage } from '../../hooks/use-async.ts';

/**
 * Rows fetched and rendered at a time: the DOM stays small even with ten thousand notes. The
 * popup shows about six notes at once, so a page of 25 fills it four times over; more load as
 * the reader scrolls.
 */
export const PAGE_SIZE = 25;

export type NoteSearch =
  | { status: 'loading' }
  | { status: 'error'; error: string }
  | {
      status: 'done';
      notes: Note[];
      total: number;
      /** `total` counts only the matches found so far (a very common word): more may follow. */
      totalIsLowerBound: boolean;
      /** 'query' for a fresh result, 'more' for a page appended, 'local' for an edit in place. */
      origin: 'query' | 'more' | 'local';
      loadingMore: boolean;
      moreError?: string;
    };

export interface NoteSearchControls {
  search: NoteSearch;
  loadMore(): void;
  /** Ask the store again, showing "loading" (after an error). */
  reload(): void;
  /** Ask the store again, keeping the rows on screen until the answer (after a change made here). */
  refresh(): void;
  /** Reflect an edit or a delete at once, before the store is asked again. */
  replaceLocally(note: Note): void;
  removeLocally(id: string): void;
}

/**
 * The notes matching `query`, newest first, a page at a time. Asked again when the query or
 * `version` changes; a refresh after a change keeps as many rows as were loaded, so the list
 * does not jump back to its first page under the reader.
 */
export function useNoteSearch(notes: NotesRepository, query: NoteQuery, version: number): NoteSearchControls {
  const [search, setSearch] = useState<NoteSearch>({ status: 'loading' });
  const run = useRef(0);
  const latest = useRef(search);
  latest.current = search;
  const key = JSON.stringify(query);
  const latestQuery = useRef(query);
  latestQuery.current = query;
  const lastKey = useRef<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const current = ++run.current;
    const sameQuery = lastKey.current === key;
    lastKey.current = key;
    const shown = latest.current.status === 'done' ? latest.current.notes.length : 0;
    const limit = sameQuery ? Math.max(PAGE_SIZE, shown) : PAGE_SIZE;
    // A new query keeps the old rows on screen until its answer comes: no flash of "loading".
    notes.query({ ...query, offset: 0, limit }).then(
      (page) =>
        current === run.current &&
        setSearch({
          status: 'done',
          notes: page.notes,
          total: page.total,
          totalIsLowerBound: !!page.totalIsLowerBound,
          origin: sameQuery ? 'local' : 'query',
          loadingMore: false,
        }),
      (error: unknown) => current === run.current && setSearch({ status: 'error', error: errorMessage(error) }),
    );
  }, [key, version, attempt]);
  useEffect(() => () => void ++run.current, []);

  const loadMore = useCallback(() => {
    const shown = latest.current;
    if (shown.status !== 'done' || shown.loadingMore || shown.notes.length >= shown.total) return;
    const current = run.current;
    setSearch({ ...shown, loadingMore: true, moreError: undefined });
    notes.query({ ...latestQuery.current, offset: shown.notes.length, limit: PAGE_SIZE }).then(
      (page) => {
        if (current !== run.current) return;
        setSearch((now) =>
          now.status === 'done'
            ? {
                status: 'done',
                notes: [...now.notes, ...page.notes],
                total: page.total,
                totalIsLowerBound: !!page.totalIsLowerBound,
                origin: 'more',
                loadingMore: false,
              }
            : now,
        );
      },
      (error: unknown) => {
        if (current !== run.current) return;
        setSearch((now) => (now.status === 'done' ? { ...now, loadingMore: false, moreError: errorMessage(error) } : now));
      },
    );
  }, [notes]);

  const replaceLocally = useCallback((note: Note) => {
    setSearch((now) =>
      now.status === 'done'
        ? { ...now, origin: 'local', notes: now.notes.map((each) => (each.id === note.id ? note : each)) }
        : now,
    );
  }, []);
  const removeLocally = useCallback((id: string) => {
    setSearch((now) =>
      now.status === 'done'
        ? { ...now, origin: 'local', notes: now.notes.filter((each) => each.id !== id), total: Math.max(0, now.total - 1) }
        : now,
    );
  }, []);

  const refresh = useCallback(() => setAttempt((count) => count + 1), []);
  const reload = useCallback(() => {
    setSearch({ status: 'loading' });
    refresh();
  }, [refresh]);

  return { search, loadMore, reload, refresh, replaceLocally, removeLocally };
}
