import type { NotesRepository } from '../../../shared/note-model.ts';
import { useAsync } from '../../hooks/use-async.ts';

export interface PageNotesProps {
  notes: NotesRepository;
  url: string;
  orphanNoteIds: string[];
  /** Bumped whenever notes change anywhere in the popup. */
  notesVersion: number;
}

/** How many notes the reader keeps on this page, and which of their passages the page lost. */
export function PageNotes({ notes, url, orphanNoteIds, notesVersion }: PageNotesProps) {
  const saved = useAsync(() => notes.forPage(url), [url, notesVersion]);

  if (saved.status === 'loading') return null;
  if (saved.status === 'error') return <p class="error">Your saved notes could not be read: {saved.error}</p>;
  const count = saved.value.length;
  const orphanIds = new Set(orphanNoteIds);
  const orphans = saved.value.filter((note) => orphanIds.has(note.id));
  return (
    <section class="page-notes" aria-label="Your notes on this page">
      <p>{count === 0 ? 'No saved notes on this page.' : `${count} saved ${count === 1 ? 'note' : 'notes'} on this page.`}</p>
      {orphans.length > 0 && (
        <>
          <h3>Passages not found on the page any more</h3>
          <ul class="orphans">
            {orphans.map((note) => (
              <li key={note.id}>
                <q class="clamp" title={note.quote.exact}>
                  {note.quote.exact}
                </q>
                {note.comment && <p class="comment">{note.comment}</p>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
