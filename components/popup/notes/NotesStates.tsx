/** What the Notes list says when there is no list to show. */
import { i18n } from '#i18n';

export function NotesLoading() {
  return (
    <p class="status-message" aria-busy="true">
      {i18n.t('popup.notes.loading')}
    </p>
  );
}

export function NotesError({ error, onRetry }: { error: string; onRetry(): void }) {
  return (
    <div class="status-message" role="alert">
      <p>{i18n.t('popup.notes.unreadable', { reason: error })}</p>
      <button type="button" onClick={onRetry}>
        {i18n.t('popup.notes.retry')}
      </button>
    </div>
  );
}

export function NoNotesYet() {
  return <p class="status-message empty">{i18n.t('popup.notes.empty')}</p>;
}

export function NoResults({ onClear }: { onClear(): void }) {
  return (
    <div class="status-message">
      <p>{i18n.t('popup.notes.noMatch')}</p>
      <button type="button" onClick={onClear}>
        {i18n.t('popup.notes.clearFilters')}
      </button>
    </div>
  );
}

/** "12 notes", or "Showing 50 of 10,000 notes" while more are left to load. */
export function ResultCount({
  shown,
  total,
  filtered,
  atLeast = false,
}: {
  shown: number;
  total: number;
  filtered: boolean;
  atLeast?: boolean;
}) {
  const count = total.toLocaleString();
  // A very common word: counting every match would cost more than the search, so say what is known.
  const text = atLeast
    ? i18n.t('popup.notes.countNewest', { shown: shown.toLocaleString() })
    : shown < total
      ? i18n.t('popup.notes.countShowing', total, { shown: shown.toLocaleString(), total: count })
      : filtered
        ? i18n.t('popup.notes.countFound', total, { total: count })
        : i18n.t('popup.notes.count', total, { total: count });
  return (
    <p class="result-count" role="status">
      {text}
    </p>
  );
}
