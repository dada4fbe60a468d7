import { i18n } from '#i18n';
import { useLiveQuery } from '../../hooks/use-live-query.ts';
import type { NotesServices } from '../services.ts';

export interface PageNotesProps {
  services: NotesServices;
  url: string;
  orphanNoteIds: string[];
}

/** How many notes the reader keeps on this page (live), and which of their passages the page lost. */
export function PageNotes({ services, url, orphanNoteIds }: PageNotesProps) {
  const saved = useLiveQuery(() => services.notes.forPage(url), [url]);

  if (saved.status === 'loading') return null;
  if (saved.status === 'error') return <p class="error">{i18n.t('popup.pageNotes.unreadable', { reason: saved.error })}</p>;
  const count = saved.value.length;
  const orphanIds = new Set(orphanNoteIds);
  const orphans = saved.value.filter((note) => orphanIds.has(note.id));
  return (
    <section class="page-notes" aria-label={i18n.t('popup.pageNotes.label')}>
      <p>
        <span>{count === 0 ? i18n.t('popup.pageNotes.none') : i18n.t('popup.pageNotes.count', count)}</span>{' '}
        {count > 0 && (
          <button type="button" class="link" onClick={() => void services.openNotesPage({ articleUrl: url })}>
            {i18n.t('popup.pageNotes.open')}
          </button>
        )}
      </p>
      {orphans.length > 0 && (
        <>
          <h3>{i18n.t('popup.pageNotes.lostHeading')}</h3>
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
