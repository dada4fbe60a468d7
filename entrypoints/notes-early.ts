import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { parseNotesPageHash } from '../components/notes-page/notes-address.ts';
import { PAGE_SIZE } from '../components/popup/notes/page-size.ts';
import { earlyResult, leaveEarlyRows, readEarly } from '../notes/early-read.ts';
import { NEWEST_INDEX } from '../notes/stored-note.ts';

// Loaded by notes.html as a classic script ahead of its modules: it reads the rows the page
// opens on while they load (notes/early-read.ts). Built alone, with nothing shared, so it runs at once.
export default defineUnlistedScript(() => {
  const view = parseNotesPageHash(location.hash).view;
  const none = Promise.resolve(null);
  leaveEarlyRows(globalThis, {
    notes: earlyResult(view === 'notes' ? readEarly({ store: 'notes', index: NEWEST_INDEX, limit: PAGE_SIZE }) : none),
    outlets: earlyResult(view === 'reading' ? readEarly({ store: 'readingOutlets' }) : none),
  });
});
