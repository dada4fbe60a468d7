/**
 * The popup's services over the real browser: the active tab's content script, the notes
 * store passed in, tabs and storage.local.
 */
import { browser } from 'wxt/browser';
import { sendToTab } from '../shared/messaging.ts';
import type { PageReport } from '../shared/messages.ts';
import type { NotesRepository } from '../shared/note-model.ts';
import { parseSettings, SETTINGS_KEY, type Settings } from '../shared/settings.ts';
import type { PopupServices } from '../components/popup/services.ts';

/**
 * How browsers say a tab has no content script to answer: Chrome and Firefox ("Could not
 * establish connection. Receiving end does not exist."), and our own unwrap when a tab's
 * listeners all stayed silent.
 */
const NO_RECEIVER = /receiving end does not exist|could not establish connection|did not answer/i;

export function isNoReceiverError(error: unknown): boolean {
  return NO_RECEIVER.test(error instanceof Error ? error.message : String(error));
}

/** Only web addresses are opened: an imported file could carry a javascript: or file: URL. */
export function isOpenableUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Asks the active tab's content script; null when there is no tab or nobody there answers. */
async function askActiveTab(type: 'page/report' | 'page/scan'): Promise<PageReport | null> {
  const tabId = await activeTabId();
  if (tabId === undefined) return null;
  try {
    return await sendToTab(tabId, type, {});
  } catch (error) {
    if (isNoReceiverError(error)) return null;
    throw error;
  }
}

/** The popup page opened in a tab, on its Notes tab. */
export const NOTES_PAGE_PATH = '/popup.html#notes';

/** `inToolbarPopup`: false when this page was opened in a tab of its own. */
export function createBrowserServices(repository: NotesRepository, inToolbarPopup: boolean): PopupServices {
  return {
    pageReport: () => askActiveTab('page/report'),
    scanPage: () => askActiveTab('page/scan'),
    async revealFlag(id) {
      const tabId = await activeTabId();
      if (tabId !== undefined) await sendToTab(tabId, 'page/reveal-flag', { id });
    },
    async flagQuote(id) {
      const tabId = await activeTabId();
      if (tabId === undefined) return null;
      try {
        return (await sendToTab(tabId, 'page/flag-draft', { id }))?.quote ?? null;
      } catch {
        return null; // the popup's own copy of the sentence will do
      }
    },
    notes: repository,
    async notesChanged() {
      try {
        const tabId = await activeTabId();
        if (tabId !== undefined) await sendToTab(tabId, 'page/notes-changed', {});
      } catch {
        // The tab may have no Sourcelight (or another page now): nothing there to re-anchor.
      }
    },
    async openUrl(url) {
      if (!isOpenableUrl(url)) throw new Error('Only web addresses (http and https) can be opened.');
      await browser.tabs.create({ url });
    },
    settings: {
      async load(): Promise<Settings> {
        const stored = await browser.storage.local.get(SETTINGS_KEY);
        return parseSettings(stored[SETTINGS_KEY]);
      },
      async save(next) {
        await browser.storage.local.set({ [SETTINGS_KEY]: next });
      },
    },
    now: () => Date.now(),
    ...(inToolbarPopup
      ? {
          async openImportPage() {
            await browser.tabs.create({ url: browser.runtime.getURL(NOTES_PAGE_PATH) });
            window.close();
          },
        }
      : {}),
  };
}
