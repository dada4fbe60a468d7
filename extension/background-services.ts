/**
 * The background's services over the real browser and the notes store: what the message
 * handler calls. Kept apart from the handler so its tests pass fakes.
 */
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { analyzeArticle } from '../detector/analyze-article.ts';
import { CHANNEL_FILE, type EnginePart } from '../contract/messages.ts';
import type { NotesStore } from '../notes/notes-store.ts';
import { siteOf } from '../contract/article-url.ts';
import { isSiteEnabled } from '../contract/settings.ts';
import { onSettingsChange, readSettings } from '../contract/settings-store.ts';
import type { BackgroundServices } from './background-handler.ts';
import { createNoteInPanelOpener, type PanelApis, type SessionArea } from './side-panel.ts';
import { badgeText } from './badge.ts';

/** The engine's files, as WXT builds entrypoints/engine.ts and its parts. */
export const ENGINE_FILE = '/engine.js';
export const PART_FILES = { readability: '/readability.js', card: '/card.js' } as const satisfies Record<EnginePart, string>;

/** The Notes page, showing one article's notes when given its URL. */
export function notesPageUrl(articleUrl?: string): string {
  const page = browser.runtime.getURL('/notes.html');
  return articleUrl ? `${page}#article=${encodeURIComponent(articleUrl)}` : page;
}

/** Chrome's sidePanel or Firefox's sidebarAction, whichever this browser has (side-panel.ts). */
export const panelApis = (): PanelApis => browser as unknown as PanelApis;

type PageScript = typeof CHANNEL_FILE | typeof ENGINE_FILE | (typeof PART_FILES)[EnginePart];

/** Runs extension scripts, in order, in one frame of a tab (one injection, one round trip). */
async function inject(tabId: number, frameId: number, files: PageScript[]): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files });
}

/**
 * The badge of a tab whose page has no engine: how many notes the reader keeps there, said in
 * full by its title; null gives the badge back to the engine's flag count (see notes-tab-watch.ts).
 */
export async function showNotesOnBadge(tabId: number, count: number | null): Promise<void> {
  const title = count === null ? i18n.t('extension.actionTitle') : i18n.t('background.notesOnBadge', count);
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: count === null ? '' : badgeText(count) }),
    browser.action.setTitle({ tabId, title }),
  ]);
}

/**
 * `injected` hears of each engine put into a tab's top frame, and of each flag count an engine
 * reports (see notes-tab-watch.ts): the badge is then the engine's.
 */
export function createBackgroundServices(
  notes: NotesStore,
  injected?: (tabId: number) => Promise<void> | void,
): BackgroundServices {
  return {
    runtimeId: browser.runtime.id,
    setBadgeText: async (tabId, text) => {
      await injected?.(tabId);
      await browser.action.setBadgeText({ tabId, text });
    },
    saveNote: (draft) => notes.saveDraft(draft),
    notesForPage: (url) => notes.forPage(url),
    openNoteInPanel: createNoteInPanelOpener(panelApis(), browser.storage.session as SessionArea),
    openNotes: async (articleUrl) => void (await browser.tabs.create({ url: notesPageUrl(articleUrl) })),
    dismissalsForPage: (url) => notes.dismissalsFor(url),
    setDismissal: (url, key, dismissed) => notes.setDismissal(url, key, dismissed),
    // The page asks only while the switch is on; the background checks again, as the switch is the reader's word.
    recordReading: async (entry) => {
      if ((await readSettings()).recordReading) await notes.recordReading(entry);
    },
    injectEngine: async (tabId, frameId, { part, channel } = {}) => {
      if (part) return inject(tabId, frameId, [PART_FILES[part]]);
      await inject(tabId, frameId, channel ? [CHANNEL_FILE, ENGINE_FILE] : [ENGINE_FILE]);
      if (frameId === 0) await injected?.(tabId);
    },
    injectChannel: (tabId, frameId) => inject(tabId, frameId, [CHANNEL_FILE]),
    analyze: (text, lang) => analyzeArticle(text, { hint: lang }),
    siteEnabled: async (pageUrl) => isSiteEnabled(await readSettings(), siteOf(pageUrl)),
    settings: () => readSettings(),
  };
}

/**
 * Tells every tab the settings changed. No page reads storage itself (that is kept out of every
 * page): an engine asks for the new settings, and a page idle on a site the reader switches back
 * on looks at itself again.
 */
export function broadcastSettingsChanges(): void {
  onSettingsChange(() => {
    void browser.tabs.query({}).then((tabs) => {
      for (const tab of tabs) {
        if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, { type: 'page/settings-changed' }).catch(() => {});
      }
    });
  });
}
