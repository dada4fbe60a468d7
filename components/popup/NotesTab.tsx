import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Note, NoteFacets } from '../../shared/note-model.ts';
import { errorMessage, useAsync } from '../hooks/use-async.ts';
import { useDebouncedValue } from '../hooks/use-debounced-value.ts';
import type { NoteFormValue } from '../common/NoteForm.tsx';
import { isFiltered, NO_FILTERS, toNoteQuery, type NoteFilters } from './notes/filters.ts';
import { NotesFilters } from './notes/NotesFilters.tsx';
import { NotesList } from './notes/NotesList.tsx';
import { NoNotesYet, NoResults, NotesError, NotesLoading, ResultCount } from './notes/NotesStates.tsx';
import { NotesTransfer } from './notes/NotesTransfer.tsx';
import { UndoSnackbar } from './notes/UndoSnackbar.tsx';
import { useNoteSearch } from './notes/use-note-search.ts';
import type { PopupServices } from './services.ts';

/** Typing settles this long before the search runs. */
export const SEARCH_DEBOUNCE_MS = 100;

const NO_FACETS: NoteFacets = { tags: [], sites: [] };

/** User Timing marks a benchmark reads. */
export const NOTES_RENDERED_MARK = 'sourcelight-notes-rendered';
export const SEARCH_RENDERED_MARK = 'sourcelight-search-rendered';
/** When the typed words, debounced, go to the store: a search's time runs from here to rendered. */
export const SEARCH_STARTED_MARK = 'sourcelight-search-started';

export interface NotesTabProps {
  services: PopupServices;
  notesVersion: number;
  onNotesChanged(): void;
}

const mark = (name: string) => globalThis.performance?.mark?.(name);

/** The Notes tab: every saved note, newest first, searchable, editable, exportable. */
export function NotesTab({ services, notesVersion, onNotesChanged }: NotesTabProps) {
  const { notes } = services;
  const [filters, setFilters] = useState<NoteFilters>(NO_FILTERS);
  const text = useDebouncedValue(filters.text, SEARCH_DEBOUNCE_MS);
  const applied = { ...filters, text };
  // Before the search hook, so this effect runs just ahead of the query it marks.
  useLayoutEffect(() => {
    if (text.trim()) mark(SEARCH_STARTED_MARK);
  }, [text]);
  const { search, loadMore, reload, refresh, replaceLocally, removeLocally } = useNoteSearch(
    notes,
    toNoteQuery(applied),
    notesVersion,
  );
  // Filters wait for the first rows: on a large store both would compete for the database.
  const listReady = search.status !== 'loading';
  const facets = useAsync(() => (listReady ? notes.facets() : Promise.resolve(NO_FACETS)), [notesVersion, listReady]);
  const [undo, setUndo] = useState<{ message: string; note: Note } | null>(null);
  const [focusRow, setFocusRow] = useState<{ index: number } | null>(null);
  const [actionError, setActionError] = useState<string>();

  // Notes changed here: read them again, and tell the page (it re-anchors) and the rest of the
  // popup (it re-reads too).
  const changed = () => {
    refresh();
    facets.reload({ quiet: true });
    void services.notesChanged();
    onNotesChanged();
  };

  const marked = useRef(false);
  // A layout effect runs right after the rows are in the DOM; a plain effect waits for an animation frame.
  useLayoutEffect(() => {
    if (search.status !== 'done') return;
    if (!marked.current && search.notes.length > 0) {
      marked.current = true;
      mark(NOTES_RENDERED_MARK);
    }
    if (search.origin === 'query' && text.trim()) mark(SEARCH_RENDERED_MARK);
  }, [search]);

  const update = async (note: Note, value: NoteFormValue) => {
    replaceLocally(await notes.update(note.id, value));
    changed();
  };
  const remove = async (note: Note) => {
    const index = search.status === 'done' ? search.notes.findIndex((each) => each.id === note.id) : 0;
    setActionError(undefined);
    try {
      const removed = await notes.remove(note.id);
      removeLocally(note.id);
      setFocusRow({ index });
      setUndo({ message: 'Note deleted.', note: removed });
      changed();
    } catch (error) {
      setActionError(`The note was not deleted: ${errorMessage(error)}`);
    }
  };
  const undoDelete = async () => {
    if (!undo) return;
    setUndo(null);
    try {
      await notes.restore(undo.note);
      changed();
    } catch (error) {
      setActionError(`The note could not be put back: ${errorMessage(error)}`);
    }
  };
  const expireUndo = useCallback(() => setUndo(null), []);

  const filtered = isFiltered(applied);
  let body: preact.ComponentChildren;
  if (search.status === 'loading') body = <NotesLoading />;
  else if (search.status === 'error') body = <NotesError error={search.error} onRetry={reload} />;
  else if (search.total === 0 && !filtered) body = <NoNotesYet />;
  else {
    body = (
      <>
        <NotesFilters
          filters={filters}
          facets={facets.status === 'done' ? facets.value : { tags: [], sites: [] }}
          onChange={setFilters}
        />
        <ResultCount shown={search.notes.length} total={search.total} filtered={filtered} atLeast={search.totalIsLowerBound} />
        {search.total === 0 ? (
          <NoResults onClear={() => setFilters(NO_FILTERS)} />
        ) : (
          <NotesList
            notes={search.notes}
            total={search.total}
            totalIsLowerBound={search.totalIsLowerBound}
            loadingMore={search.loadingMore}
            {...(search.moreError ? { moreError: search.moreError } : {})}
            onLoadMore={loadMore}
            focusRow={focusRow}
            onUpdate={update}
            onDelete={(note) => void remove(note)}
            onOpen={(note) => services.openUrl(note.articleUrl)}
          />
        )}
      </>
    );
  }

  return (
    <div class="notes-tab">
      {/* Above the list, so a long list never hides export and import. */}
      <NotesTransfer notes={notes} now={services.now} onImported={changed} openImportPage={services.openImportPage} />
      {body}
      {actionError && (
        <p class="error" role="alert">
          {actionError}
        </p>
      )}
      <UndoSnackbar notice={undo} onUndo={() => void undoDelete()} onExpire={expireUndo} />
    </div>
  );
}
