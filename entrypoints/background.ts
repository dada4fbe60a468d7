import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundHandler } from '../core/extension/background-handler.ts';
import { runFlagCommand } from '../core/extension/background-actions.ts';
import { sendToTab } from '../core/extension/messaging.ts';

export default defineBackground(() => {
  // Notes arrive with the notes store (issue #4); until then saving answers with a plain refusal
  // and no "Save to Sourcelight" menu item is offered.
  const saveNote = () => Promise.reject(new Error('Saving notes is not available in this version.'));
  const handle = createBackgroundHandler({
    runtimeId: browser.runtime.id,
    setBadgeText: (tabId, text) => browser.action.setBadgeText({ tabId, text }),
    saveNote,
    notesForPage: async () => [],
  });
  browser.runtime.onMessage.addListener((message, sender) => handle(message, sender));

  browser.commands.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    // A tab without Sourcelight (a browser page, a PDF) has nothing to step through.
    await runFlagCommand(command, tab?.id, sendToTab).catch(() => {});
  });
});
