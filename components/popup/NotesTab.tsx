import { i18n } from '#i18n';
import { NotesView } from './notes/NotesView.tsx';
import type { PopupServices } from './services.ts';

/** The popup's Notes tab: the notes list, and a way to the Notes page for more room. */
export function NotesTab({ services }: { services: PopupServices }) {
  return (
    <div class="notes-tab">
      <NotesView services={services} onNotesChanged={() => void services.page.notesChanged()} />
      {services.inToolbarPopup && (
        <p class="open-page">
          <button type="button" class="link" onClick={() => void services.openNotesPage()}>
            {i18n.t('popup.notes.openPage')}
          </button>
        </p>
      )}
    </div>
  );
}
