import { i18n } from '#i18n';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '../../components/popup/App.tsx';
import { createNotesServices, createPageServices, targetTabFrom } from '../../extension/popup-services.ts';
import { startPage } from '../../extension/extension-page-start.ts';
import { openNotesDb } from '../../notes/db.ts';
import { createNotesRepository } from '../../notes/repository.ts';

startPage(document, i18n.t('popup.title'));
// Synchronous, so the first render waits for nothing: the toolbar popup is a 'popup' view.
const inToolbarPopup = browser.extension.getViews({ type: 'popup' }).includes(window);
const notes = createNotesRepository(openNotesDb());
const services = {
  ...createNotesServices(notes, inToolbarPopup),
  // "popup.html?tab=<id>" looks at that tab (the popup page opened in a tab of its own).
  page: createPageServices(targetTabFrom(location.search)),
};

render(<App services={services} initialTab={location.hash === '#notes' ? 'notes' : 'page'} />, document.getElementById('app')!);
