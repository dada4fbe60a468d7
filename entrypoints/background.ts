import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundHandler } from '../core/extension/background-handler.ts';

export default defineBackground(() => {
  const handle = createBackgroundHandler({
    runtimeId: browser.runtime.id,
    setBadgeText: (tabId, text) => browser.action.setBadgeText({ tabId, text }),
    saveNote: () => Promise.reject(new Error('Notes are not available yet.')),
    notesForPage: async () => [],
  });
  browser.runtime.onMessage.addListener((message, sender) => handle(message, sender));
});
