import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '../../components/popup/App.tsx';
import { createBrowserServices } from '../../components/popup/browser-services.ts';
import { openNotesDb } from '../../core/notes/db.ts';
import { createNotesRepository } from '../../core/notes/repository.ts';

// "popup.html#notes" opens on the Notes tab (a link from elsewhere, or the popup opened in a tab).
const initialTab = location.hash === '#notes' ? 'notes' : 'page';
// Synchronous, so the first render waits for nothing: the toolbar popup is a 'popup' view.
const inToolbarPopup = browser.extension.getViews({ type: 'popup' }).includes(window);
const services = createBrowserServices(createNotesRepository(openNotesDb()), inToolbarPopup);

render(<App services={services} initialTab={initialTab} />, document.getElementById('app')!);
