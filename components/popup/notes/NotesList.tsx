import { useEffect, useRef } from 'preact/hooks';
import type { Note } from '../../../shared/note-model.ts';
import { NoteRow, type NoteRowProps } from './NoteRow.tsx';

export interface NotesListProps extends Omit<NoteRowProps, 'note'> {
  notes: Note[];
  total: number;
  /** The total counts only matches found so far: "Show more" cannot say how many are left. */
  totalIsLowerBound?: boolean;
  loadingMore: boolean;
  moreError?: string;
  onLoadMore(): void;
  /** After a delete: the row to focus (clamped to the list), so focus does not fall to the page. */
  focusRow: { index: number } | null;
}

/** Rows start loading this far before the end of the list comes into view. */
const LOAD_AHEAD = '200px';

/** The loaded rows, and the way to the next page: a button, or scrolling near the end. */
export function NotesList({
  notes,
  total,
  totalIsLowerBound = false,
  loadingMore,
  moreError,
  onLoadMore,
  focusRow,
  ...row
}: NotesListProps) {
  const list = useRef<HTMLUListElement>(null);
  const sentinel = useRef<HTMLDivElement>(null);
  const hasMore = notes.length < total;

  useEffect(() => {
    const target = sentinel.current;
    if (!target || !hasMore || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && onLoadMore(), {
      rootMargin: LOAD_AHEAD,
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [hasMore, notes.length, onLoadMore]);

  useEffect(() => {
    if (!focusRow) return;
    const rows = list.current?.querySelectorAll<HTMLElement>('[data-note-row]') ?? [];
    rows[Math.min(focusRow.index, rows.length - 1)]?.focus();
  }, [focusRow]);

  return (
    <>
      <ul class="note-list" ref={list} aria-label="Notes">
        {notes.map((note) => (
          <NoteRow key={note.id} note={note} {...row} />
        ))}
      </ul>
      {hasMore && (
        <div class="more" ref={sentinel}>
          <button type="button" onClick={onLoadMore} disabled={loadingMore} aria-busy={loadingMore}>
            {loadingMore ? 'Loading…' : totalIsLowerBound ? 'Show more' : `Show more (${total - notes.length} left)`}
          </button>
        </div>
      )}
      {moreError && (
        <p class="error" role="alert">
          More notes could not be read: {moreError}
        </p>
      )}
    </>
  );
}
