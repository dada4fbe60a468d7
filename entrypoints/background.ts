import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundHandler } from '../extension/background-handler.ts';
import {
  broadcastSettingsChanges,
  createBackgroundServices,
  panelApis,
  showNotesOnBadge,
} from '../extension/background-services.ts';
import { runFlagCommand, SAVE_SELECTION_MENU_ID, saveSelectionFromTab } from '../extension/background-actions.ts';
import { watchTabsForNotes } from '../extension/notes-tab-watch.ts';
import {
  forgetPanelNote,
  OPEN_PANEL_COMMAND,
  openPanelBeside,
  rememberPanelNote,
  type SessionArea,
} from '../extension/side-panel.ts';
import { sendToTab } from '../contract/messaging.ts';
import { onNotesWritten, openNotesDb } from '../notes/db.ts';
import { createNotesRepository } from '../notes/repository.ts';

export default defineBackground(() => {
  // The notes database lives here and in the extension pages, never in a content script.
  const db = openNotesDb();
  // Opened now, not on the first question: an article's engine asks for its notes at once.
  void db.open().catch(() => {});
  const notes = createNotesRepository(db);
  const noteTabs = watchTabsForNotes({
    onUpdated: browser.tabs.onUpdated,
    onRemoved: browser.tabs.onRemoved,
    countNotes: async (url) => (await notes.forPage(url)).length,
    showNotes: showNotesOnBadge,
  });
  onNotesWritten(db, () => void noteTabs.notesChanged());
  const handle = createBackgroundHandler(createBackgroundServices(notes, noteTabs.engineInjected));
  broadcastSettingsChanges();
  browser.runtime.onMessage.addListener((message, sender) => handle(message, sender));

  browser.commands.onCommand.addListener(async (command, commandTab) => {
    // Before any await: the command's gesture lets the panel open only until then.
    if (command === OPEN_PANEL_COMMAND) {
      if (commandTab?.id !== undefined) void openPanelBeside(panelApis(), commandTab.id);
      return;
    }
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    // A tab without Sourcelight (a browser page, a PDF) has nothing to step through.
    await runFlagCommand(command, tab?.id, sendToTab).catch(() => {});
  });

  // The note the side panel shows beside a tab goes with the tab.
  const panelSession = browser.storage.session as SessionArea;
  browser.tabs.onRemoved.addListener((tabId) => void forgetPanelNote(panelSession, tabId).catch(() => {}));

  // Created on every start (after clearing), which suits Chrome's service worker and Firefox's
  // event page alike; creating an id that exists would be an error.
  void browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({
      id: SAVE_SELECTION_MENU_ID,
      title: i18n.t('extension.saveSelection'),
      contexts: ['selection'],
    }),
  );
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== SAVE_SELECTION_MENU_ID || tab?.id === undefined) return;
    const tabId = tab.id;
    // The menu click is the reader's gesture: the side panel opens now, on the note once saved.
    void openPanelBeside(panelApis(), tabId);
    const pageUrl = info.pageUrl ?? tab.url;
    void saveSelectionFromTab(
      {
        tabId,
        ...(pageUrl ? { pageUrl } : {}),
        ...(tab.title ? { pageTitle: tab.title } : {}),
        ...(info.selectionText ? { selectionText: info.selectionText } : {}),
      },
      sendToTab,
      (draft) => notes.saveDraft(draft),
    )
      .then((note) => note && rememberPanelNote(panelSession, tabId, note.id))
      .catch(() => {});
  });
});
