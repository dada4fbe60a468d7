/**
 * The background's services over the real browser and the notes store: what the message
 * handler calls. Kept apart from the handler so its tests pass fakes.
 */
import { browser } from 'wxt/browser';
import { analyze } from '../detector/analyze.ts';
import type { NotesRepository } from '../shared/note-model.ts';
import type { BackgroundServices } from './background-handler.ts';

/** The engine's file, as WXT builds entrypoints/engine.ts. */
export const ENGINE_FILE = '/engine.js';

export function createBackgroundServices(notes: NotesRepository): BackgroundServices {
  return {
    runtimeId: browser.runtime.id,
    setBadgeText: (tabId, text) => browser.action.setBadgeText({ tabId, text }),
    saveNote: async (draft) => ({ note: await notes.save(draft), created: true }),
    notesForPage: (url) => notes.forPage(url),
    openNotes: async () => void (await browser.tabs.create({ url: browser.runtime.getURL('/popup.html#notes') })),
    dismissalsForPage: async () => [],
    setDismissal: async () => {
      throw new Error('Dismissing flags is not available yet.');
    },
    recordReading: async () => {},
    injectEngine: async (tabId, frameId) => {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ENGINE_FILE] });
    },
    analyze,
  };
}
