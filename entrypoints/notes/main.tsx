import { i18n } from '#i18n';
import { render } from 'preact';
import { startLiveQuery } from '../../components/hooks/live-source.ts';
import { NotesPage } from '../../components/notes-page/NotesPage.tsx';
import { parseNotesPageHash } from '../../components/notes-page/notes-address.ts';
import { newestRows, PAGE_SIZE, searchNotes } from '../../components/popup/notes/use-note-search.ts';
import { newestNotes } from '../../extension/newest-notes.ts';
import { createNotesServices } from '../../extension/page-services.ts';
import { startPage } from '../../extension/page-start.ts';
import { openNotesDb } from '../../notes/db.ts';
import { createNotesRepository } from '../../notes/repository.ts';

startPage(document, i18n.t('notesPage.title'));
const db = openNotesDb();
const notes = createNotesRepository(db);
// The first rows are asked for now, while the page renders, not after its first effects; rows
// first (a plain read of the newest), then the live query with the count.
const early =
  parseNotesPageHash(location.hash).view === 'notes'
    ? startLiveQuery(
        searchNotes(notes, {}, PAGE_SIZE),
        newestRows((limit) => newestNotes(db, limit)),
      )
    : undefined;
const services = createNotesServices(notes, false);

render(
  <NotesPage
    services={services}
    hash={location.hash}
    {...(early ? { early } : {})}
    onNavigate={(hash) => history.replaceState(null, '', hash || location.pathname)}
  />,
  document.getElementById('app')!,
);
