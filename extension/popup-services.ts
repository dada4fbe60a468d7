/**
 * The extension pages' services over the real browser: the content script of the tab the popup
 * looks at, the background (the one way new notes are saved), tabs, and the notes store passed in.
 */
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { isWebUrl } from '../contract/article-url.ts';
import { isUnansweredError, sendNoteSave, sendToTab } from '../contract/messaging.ts';
import type { PageReport } from '../contract/messages.ts';
import type { NotesStore } from '../notes/notes-store.ts';
import type { NotesServices, PageServices } from '../components/popup/services.ts';
import { notesPagePath } from '../components/notes-page/notes-address.ts';

/** Only web addresses are opened: an imported file could carry a javascript: or file: URL. */
export const isOpenableUrl = isWebUrl;

/**
 * The tab the popup looks at: `popup.html?tab=<id>` names one (the popup page opened in a tab of
 * its own, as the Firefox tests do); otherwise the active tab of the popup's window.
 */
export function targetTabFrom(search: string): number | undefined {
  const value = new URLSearchParams(search).get('tab');
  const id = value === null ? Number.NaN : Number(value);
  return Number.isSafeInteger(id) && id >= 0 ? id : undefined;
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function createPageServices(namedTab: number | undefined): PageServices {
  const tabId = async () => namedTab ?? (await activeTabId());
  /** Asks the tab's content script; null when there is no tab or nobody there answers. */
  async function ask(type: 'page/report' | 'page/scan' | 'page/show-notes'): Promise<PageReport | null> {
    const id = await tabId();
    if (id === undefined) return null;
    try {
      return await sendToTab(id, type, {});
    } catch (error) {
      if (isUnansweredError(error)) return null;
      throw error;
    }
  }
  return {
    report: () => ask('page/report'),
    scan: () => ask('page/scan'),
    showNotes: () => ask('page/show-notes'),
    async revealFlag(id) {
      const tab = await tabId();
      if (tab !== undefined) await sendToTab(tab, 'page/reveal-flag', { id });
    },
    async flagDraft(id) {
      const tab = await tabId();
      if (tab === undefined) return null;
      try {
        return await sendToTab(tab, 'page/flag-draft', { id });
      } catch {
        return null; // the popup's own copy of the sentence will do
      }
    },
    async dismissFlag(id, dismissed) {
      const tab = await tabId();
      if (tab !== undefined) await sendToTab(tab, 'page/dismiss-flag', { id, dismissed });
    },
    async setHidden(hidden) {
      const tab = await tabId();
      if (tab === undefined) return hidden;
      return sendToTab(tab, 'page/set-hidden', { hidden });
    },
    async notesChanged() {
      try {
        const tab = await tabId();
        if (tab !== undefined) await sendToTab(tab, 'page/notes-changed', {});
      } catch {
        // The tab may have no Sourcelight (or another page now): nothing there to re-anchor.
      }
    },
  };
}

/** `inToolbarPopup`: false when the page was opened in a tab of its own. */
export function createNotesServices(notes: NotesStore, inToolbarPopup: boolean): NotesServices {
  return {
    notes,
    reading: notes,
    saveDraft: sendNoteSave,
    async openUrl(url) {
      if (!isOpenableUrl(url)) throw new Error(i18n.t('popup.errors.notWebAddress'));
      await browser.tabs.create({ url });
    },
    async openNotesPage(target) {
      await browser.tabs.create({ url: browser.runtime.getURL(notesPagePath(target) as '/notes.html') });
      if (inToolbarPopup) window.close();
    },
    inToolbarPopup,
    now: () => Date.now(),
  };
}
