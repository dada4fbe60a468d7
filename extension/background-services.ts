/**
 * The background's services over the real browser and the notes store: what the message
 * handler calls. Kept apart from the handler so its tests pass fakes.
 */
import { browser } from 'wxt/browser';
import { analyze } from '../detector/analyze.ts';
import type { NotesStore } from '../shared/note-model.ts';
import { parseSettings, SETTINGS_KEY } from '../shared/settings.ts';
import type { BackgroundServices } from './background-handler.ts';

/** The engine's file, as WXT builds entrypoints/engine.ts. */
export const ENGINE_FILE = '/engine.js';

/** The Notes page, showing one article's notes when given its URL. */
export function notesPageUrl(articleUrl?: string): string {
  // The Notes page's entrypoint lands with the extension pages' work; its path is typed then.
  const page = browser.runtime.getURL('/notes.html' as '/popup.html');
  return articleUrl ? `${page}#article=${encodeURIComponent(articleUrl)}` : page;
}

async function readingAllowed(): Promise<boolean> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]).recordReading;
}

export function createBackgroundServices(notes: NotesStore): BackgroundServices {
  return {
    runtimeId: browser.runtime.id,
    setBadgeText: (tabId, text) => browser.action.setBadgeText({ tabId, text }),
    saveNote: (draft) => notes.saveDraft(draft),
    notesForPage: (url) => notes.forPage(url),
    openNotes: async (articleUrl) => void (await browser.tabs.create({ url: notesPageUrl(articleUrl) })),
    dismissalsForPage: (url) => notes.dismissalsFor(url),
    setDismissal: (url, key, dismissed) => notes.setDismissal(url, key, dismissed),
    // The page asks only while the switch is on; the background checks again, as the switch is the reader's word.
    recordReading: async (entry) => {
      if (await readingAllowed()) await notes.recordReading(entry);
    },
    injectEngine: async (tabId, frameId) => {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ENGINE_FILE] });
    },
    analyze,
  };
}
