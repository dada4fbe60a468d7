import { i18n } from '#i18n';
import { render } from 'preact';
import { SidePanel } from '../../components/side-panel/SidePanel.tsx';
import { startPage } from '../../extension/extension-page-start.ts';
import { targetTabFrom } from '../../extension/popup-services.ts';
import { createPanelServices } from '../../extension/side-panel-services.ts';
import { openNotesDb } from '../../notes/db.ts';
import { createNotesRepository } from '../../notes/repository.ts';

startPage(document, i18n.t('panel.title'));
const notes = createNotesRepository(openNotesDb());
// "sidepanel.html?tab=<id>" stands beside that tab (the panel page opened in a tab of its own).
const services = createPanelServices(notes, targetTabFrom(location.search));

render(<SidePanel services={services} />, document.getElementById('app')!);
