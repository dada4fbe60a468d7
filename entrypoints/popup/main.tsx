import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '../../components/popup/App.tsx';
import { createBrowserServices } from '../../extension/popup-services.ts';
import { withPrefetchedQuery } from '../../components/popup/notes/prefetch.ts';
import { PAGE_SIZE } from '../../components/popup/notes/use-note-search.ts';
import { openNotesDb } from '../../notes/db.ts';
import { createNotesRepository } from '../../notes/repository.ts';

// "popup.html#notes" opens on the Notes tab (a link from elsewhere, or the popup opened in a tab).
const initialTab = location.hash === '#notes' ? 'notes' : 'page';
// Synchronous, so the first render waits for nothing: the toolbar popup is a 'popup' view.
const inToolbarPopup = browser.extension.getViews({ type: 'popup' }).includes(window);
const repository = createNotesRepository(openNotesDb());
// Opening on the Notes tab: its first page is read while the popup renders (see prefetch.ts).
const notes = initialTab === 'notes' ? withPrefetchedQuery(repository, { offset: 0, limit: PAGE_SIZE }) : repository;
const services = createBrowserServices(notes, inToolbarPopup);

render(<App services={services} initialTab={initialTab} />, document.getElementById('app')!);
