import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundHandler } from '../core/extension/background-handler.ts';
import { runFlagCommand, saveSelectionFromTab, SAVE_SELECTION_MENU_ID } from '../core/extension/background-actions.ts';
import { sendToTab } from '../core/extension/messaging.ts';

export default defineBackground(() => {
  const saveNote = () => Promise.reject(new Error('Notes are not available yet.'));
  const handle = createBackgroundHandler({
    runtimeId: browser.runtime.id,
    setBadgeText: (tabId, text) => browser.action.setBadgeText({ tabId, text }),
    saveNote,
    notesForPage: async () => [],
  });
  browser.runtime.onMessage.addListener((message, sender) => handle(message, sender));

  browser.commands.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    await runFlagCommand(command, tab?.id, sendToTab).catch(() => {});
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: SAVE_SELECTION_MENU_ID, title: 'Save to Sourcelight', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId !== SAVE_SELECTION_MENU_ID || tab?.id === undefined) return;
    await saveSelectionFromTab(tab.id, sendToTab, saveNote).catch(() => {});
  });
});
