import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundHandler } from '../extension/background-handler.ts';
import { broadcastSettingsChanges, createBackgroundServices } from '../extension/background-services.ts';
import { runFlagCommand, SAVE_SELECTION_MENU_ID, saveSelectionFromTab } from '../extension/background-actions.ts';
import { watchTabsForNotes } from '../extension/notes-tab-watch.ts';
import { sendToTab } from '../contract/messaging.ts';
import { openNotesDb } from '../notes/db.ts';
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
    hasNotes: async (url) => (await notes.forPage(url)).length > 0,
    tell: (tabId) => sendToTab(tabId, 'page/notes-changed', {}),
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  });
  const handle = createBackgroundHandler(createBackgroundServices(notes, noteTabs.engineInjected));
  broadcastSettingsChanges();
  browser.runtime.onMessage.addListener((message, sender) => handle(message, sender));

  browser.commands.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    // A tab without Sourcelight (a browser page, a PDF) has nothing to step through.
    await runFlagCommand(command, tab?.id, sendToTab).catch(() => {});
  });

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
    const pageUrl = info.pageUrl ?? tab.url;
    void saveSelectionFromTab(
      {
        tabId: tab.id,
        ...(pageUrl ? { pageUrl } : {}),
        ...(tab.title ? { pageTitle: tab.title } : {}),
        ...(info.selectionText ? { selectionText: info.selectionText } : {}),
      },
      sendToTab,
      (draft) => notes.saveDraft(draft),
    );
  });
});
