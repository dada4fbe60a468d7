/** What the Notes tab says when there is no list to show. */

export function NotesLoading() {
  return (
    <p class="status-message" aria-busy="true">
      Loading your notes…
    </p>
  );
}

export function NotesError({ error, onRetry }: { error: string; onRetry(): void }) {
  return (
    <div class="status-message" role="alert">
      <p>Your notes could not be read: {error}</p>
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}

export function NoNotesYet() {
  return (
    <p class="status-message empty">
      No notes yet — hover a flag on an article and choose <strong>Save as note</strong>, or select text and use the context menu{' '}
      <strong>Save to Sourcelight</strong>.
    </p>
  );
}

export function NoResults({ onClear }: { onClear(): void }) {
  return (
    <div class="status-message">
      <p>No notes match your search.</p>
      <button type="button" onClick={onClear}>
        Clear search and filters
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
  const noun = total === 1 ? 'note' : 'notes';
  // A very common word: counting every match would cost more than the search, so say what is known.
  const text = atLeast
    ? `Showing the newest ${shown.toLocaleString()} matches`
    : shown < total
      ? `Showing ${shown.toLocaleString()} of ${count} ${noun}`
      : `${count} ${noun}${filtered ? ' found' : ''}`;
  return (
    <p class="result-count" role="status">
      {text}
    </p>
  );
}
