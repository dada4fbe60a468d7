import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '../../components/popup/App.tsx';
import { createBrowserServices } from '../../components/popup/browser-services.ts';
import { openNotesDb } from '../../core/notes/db.ts';
import { createNotesRepository } from '../../core/notes/repository.ts';

// "popup.html#notes" opens on the Notes tab (a link from elsewhere, or the popup opened in a tab).
const initialTab = location.hash === '#notes' ? 'notes' : 'page';
// getCurrent() answers with a tab only when this page was opened in one, not in the toolbar popup.
const inToolbarPopup = !(await browser.tabs.getCurrent().catch(() => undefined));
const services = createBrowserServices(createNotesRepository(openNotesDb()), inToolbarPopup);

render(<App services={services} initialTab={initialTab} />, document.getElementById('app')!);
