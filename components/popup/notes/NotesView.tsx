import { i18n } from '#i18n';
import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Article, Note, NoteFacets } from '../../../contract/note-model.ts';
import { shownOutlet, siteOf } from '../../../contract/article-url.ts';
import { errorMessage } from '../../hooks/use-async.ts';
import { useDebouncedValue } from '../../hooks/use-debounced-value.ts';
import type { LiveSource } from '../../hooks/live-source.ts';
import { useLiveQuery } from '../../hooks/use-live-query.ts';
import type { NoteFormValue } from '../../common/NoteForm.tsx';
import type { NotesServices } from '../services.ts';
import { isFiltered, NO_FILTERS, toNoteQuery, type NoteFilters } from './filters.ts';
import { NotesFilters } from './NotesFilters.tsx';
import { NotesList } from './NotesList.tsx';
import { NoNotesYet, NoResults, NotesError, NotesLoading, ResultCount } from './NotesStates.tsx';
import { NotesTransfer } from './NotesTransfer.tsx';
import { UndoSnackbar } from './UndoSnackbar.tsx';
import { useArticles } from './use-articles.ts';
import { type SearchAnswer, useNoteSearch } from './use-note-search.ts';
import { NOTES_RENDERED_MARK, SEARCH_RENDERED_MARK, SEARCH_STARTED_MARK, SEARCH_DEBOUNCE_MS } from './marks.ts';

const NO_FACETS: NoteFacets = { tags: [], sites: [] };

/** The outlet names the listed notes' articles give, by site key. */
const siteNamesOf = (articles: ReadonlyMap<string, Article>) =>
  new Map([...articles.values()].map((article) => [siteOf(article.url), shownOutlet(article)]));
const mark = (name: string) => globalThis.performance?.mark?.(name);

export interface NotesViewProps {
  services: NotesServices;
  /** After an edit, delete, undo or import here (the popup tells its page to find its passages again). */
  onNotesChanged?: () => void;
  /** The first page's live query, started before the first render. */
  early?: LiveSource<SearchAnswer>;
  /** The Notes page: rows select a note for the detail beside the list, and can be grouped by article. */
  selectedId?: string | undefined;
  onSelect?: (note: Note) => void;
}

/** Every saved note, newest first, live: searchable, filterable, editable, exportable. */
export function NotesView({ services, onNotesChanged, early, selectedId, onSelect }: NotesViewProps) {
  const { notes } = services;
  const [filters, setFilters] = useState<NoteFilters>(NO_FILTERS);
  const [grouped, setGrouped] = useState(false);
  const text = useDebouncedValue(filters.text, SEARCH_DEBOUNCE_MS);
  const applied = { ...filters, text };
  // Before the search hook, so this effect runs just ahead of the query it marks.
  useLayoutEffect(() => {
    if (text.trim()) mark(SEARCH_STARTED_MARK);
  }, [text]);
  const { search, loadMore, retry } = useNoteSearch(notes, toNoteQuery(applied), early);
  // Facets and titles wait for the first rows: rows first, the rest after.
  const listReady = search.status === 'done';
  const facets = useLiveQuery(() => (listReady ? notes.facets() : Promise.resolve(NO_FACETS)), [listReady]);
  const articles = useArticles(notes, search.status === 'done' ? search.notes : null);
  const [undo, setUndo] = useState<{ message: string; note: Note } | null>(null);
  const [focusRow, setFocusRow] = useState<{ index: number } | null>(null);
  const [actionError, setActionError] = useState<string>();

  const marked = useRef<string | null>(null);
  // A layout effect runs right after the rows are in the DOM; a plain effect waits for an animation frame.
  useLayoutEffect(() => {
    if (search.status !== 'done' || marked.current === search.key) return;
    if (marked.current === null && search.notes.length > 0) mark(NOTES_RENDERED_MARK);
    else if (marked.current !== null && text.trim()) mark(SEARCH_RENDERED_MARK);
    marked.current = search.key;
  }, [search]);

  const changed = () => onNotesChanged?.();
  const update = async (note: Note, value: NoteFormValue) => {
    await notes.update(note.id, value);
    changed();
  };
  const remove = async (note: Note) => {
    const index = search.status === 'done' ? search.notes.findIndex((each) => each.id === note.id) : 0;
    setActionError(undefined);
    try {
      const removed = await notes.remove(note.id);
      setFocusRow({ index });
      setUndo({ message: i18n.t('popup.notes.deleted'), note: removed });
      changed();
    } catch (error) {
      setActionError(i18n.t('popup.notes.notDeleted', { reason: errorMessage(error) }));
    }
  };
  const undoDelete = async () => {
    if (!undo) return;
    setUndo(null);
    try {
      await notes.restore(undo.note);
      changed();
    } catch (error) {
      setActionError(i18n.t('popup.notes.notRestored', { reason: errorMessage(error) }));
    }
  };
  const expireUndo = useCallback(() => setUndo(null), []);

  const filtered = isFiltered(applied);
  const empty = search.status === 'done' && search.total === 0 && !filtered;
  let body: preact.ComponentChildren;
  if (search.status === 'loading') body = <NotesLoading />;
  else if (search.status === 'error') body = <NotesError error={search.error} onRetry={retry} />;
  else if (empty) body = <NoNotesYet />;
  else {
    body = (
      <>
        <div class="list-head">
          {search.countPending ? (
            <p class="result-count" aria-busy="true">
              {i18n.t('popup.notes.counting')}
            </p>
          ) : (
            <ResultCount
              shown={search.notes.length}
              total={search.total}
              filtered={filtered}
              atLeast={search.totalIsLowerBound}
            />
          )}
          {onSelect && (
            <label class="group-switch">
              <input
                type="checkbox"
                checked={grouped}
                onChange={(event) => setGrouped((event.currentTarget as HTMLInputElement).checked)}
              />{' '}
              {i18n.t('notesPage.groupByArticle')}
            </label>
          )}
        </div>
        {search.total === 0 ? (
          <NoResults onClear={() => setFilters(NO_FILTERS)} />
        ) : (
          <NotesList
            notes={search.notes}
            total={search.countPending ? search.notes.length : search.total}
            totalIsLowerBound={search.totalIsLowerBound}
            loadingMore={search.loadingMore}
            onLoadMore={loadMore}
            focusRow={focusRow}
            articles={articles}
            grouped={grouped}
            selectedId={selectedId}
            onSelect={onSelect}
            onUpdate={update}
            onDelete={(note) => void remove(note)}
            onOpen={(note) => services.openUrl(note.articleUrl)}
          />
        )}
      </>
    );
  }

  return (
    <div class="notes-view">
      <div class="notes-toolbar">
        {search.status === 'done' && !empty && (
          <NotesFilters
            filters={filters}
            facets={facets.status === 'done' ? facets.value : NO_FACETS}
            siteNames={siteNamesOf(articles)}
            onChange={setFilters}
          />
        )}
        <NotesTransfer
          notes={notes}
          now={services.now}
          hasNotes={search.status === 'done' && !empty}
          onImported={changed}
          openImportPage={services.inToolbarPopup ? () => services.openNotesPage() : undefined}
        />
      </div>
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
