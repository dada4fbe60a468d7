/**
 * The Notes tab's first page, asked for as the popup's script starts rather than after its
 * first render and effects: opening the database and reading the page then overlap with
 * rendering. The first matching query takes the answer already on its way; any other query
 * goes to the store as usual.
 */
import type { NotePage, NoteQuery, NotesRepository } from '../../../shared/note-model.ts';

export function withPrefetchedQuery(notes: NotesRepository, query: NoteQuery): NotesRepository {
  const key = JSON.stringify(query);
  let pending: Promise<NotePage> | null = notes.query(query);
  // Unclaimed, a failure would be an unhandled rejection; claimed, the caller sees it.
  pending.catch(() => {});
  return {
    ...notes,
    query(asked) {
      const prefetched = pending;
      pending = null;
      return prefetched && JSON.stringify(asked) === key ? prefetched : notes.query(asked);
    },
  };
}
