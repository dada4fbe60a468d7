import { i18n } from '#i18n';
import { render } from 'preact';
import { startLiveQuery } from '../../components/hooks/live-source.ts';
import { NotesPage } from '../../components/notes-page/NotesPage.tsx';
import { firstOutlets, OUTLETS_PAGE } from '../../components/reading/ReadingView.tsx';
import { parseNotesPageHash } from '../../components/notes-page/notes-address.ts';
import { newestAnswer, newestRows, PAGE_SIZE, searchNotes } from '../../components/popup/notes/use-note-search.ts';
import { newestNotes } from '../../extension/newest-notes.ts';
import { createNotesServices } from '../../extension/popup-services.ts';
import { startPage } from '../../extension/extension-page-start.ts';
import { fromStoredNote, type OutletTotals, openNotesDb, type StoredNote } from '../../notes/db.ts';
import { takeEarlyRows } from '../../notes/early-read.ts';
import { rankOutlets } from '../../notes/reading-record/reading-record.ts';
import { createNotesRepository } from '../../notes/repository.ts';

startPage(document, i18n.t('notesPage.title'));
const db = openNotesDb();
const notes = createNotesRepository(db);
const services = createNotesServices(notes, false);
// The first rows are asked for now, while the page renders, not after its first effects: the
// rows notes-early.js read before this script loaded (rendered at once when they are in), else a
// plain read; then the live query (for notes, with the count). The rows read early are this
// store's own, at this build's version (early-read.ts).
const startView = parseNotesPageHash(location.hash).view;
const earlyRows = takeEarlyRows(globalThis);
const storedNotes = (rows: unknown[] | null) => (rows ? newestAnswer((rows as StoredNote[]).map(fromStoredNote)) : undefined);
const rankedOutlets = (rows: unknown[] | null) => (rows ? rankOutlets(rows as OutletTotals[], OUTLETS_PAGE + 1) : undefined);
const early =
  startView === 'notes'
    ? startLiveQuery(
        searchNotes(notes, {}, PAGE_SIZE),
        async () => storedNotes(await earlyRows.notes.promise) ?? newestRows((limit) => newestNotes(db, limit))(),
        storedNotes(earlyRows.notes.rows),
      )
    : undefined;
const earlyOutlets =
  startView === 'reading'
    ? startLiveQuery(
        firstOutlets(services.reading),
        async () => rankedOutlets(await earlyRows.outlets.promise) ?? firstOutlets(services.reading)(),
        rankedOutlets(earlyRows.outlets.rows),
      )
    : undefined;

render(
  <NotesPage
    services={services}
    hash={location.hash}
    {...(early ? { early } : {})}
    {...(earlyOutlets ? { earlyOutlets } : {})}
    onNavigate={(hash) => history.replaceState(null, '', hash || location.pathname)}
  />,
  document.getElementById('app')!,
);
