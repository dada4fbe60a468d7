/**
 * The side panel's services over the real browser: the tab it stands beside (the active tab of
 * its window, or the one `sidepanel.html?tab=<id>` names, as the tests open it in a tab of its
 * own), that tab's page, and the note the panel shows beside it (side-panel.ts).
 */
import { browser } from 'wxt/browser';
import type { PanelServices } from '../components/side-panel/services.ts';
import type { NotesStore } from '../notes/notes-store.ts';
import { createNotesServices, createPageServices } from './popup-services.ts';
import { forgetPanelNote, panelNoteFor, type SessionArea, tabOfPanelNoteKey } from './side-panel.ts';

interface TabChange {
  status?: string;
}
interface TabState {
  active?: boolean;
  windowId?: number;
}

export function createPanelServices(notes: NotesStore, namedTab: number | undefined): PanelServices {
  const session = browser.storage.session as SessionArea;
  // The panel's own window: the sidebar's in Firefox, the side panel's in Chrome.
  const ownWindow = browser.windows.getCurrent().then(
    (window) => window?.id,
    () => undefined,
  );
  return {
    ...createNotesServices(notes, false),
    async currentTab() {
      if (namedTab !== undefined) return namedTab;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id;
    },
    onTabChange(listener) {
      const onActivated = ({ tabId, windowId }: { tabId: number; windowId: number }) => {
        if (namedTab !== undefined) return;
        void ownWindow.then((id) => (id === undefined || id === windowId) && listener(tabId));
      };
      // A page that loads anew in the panel's tab: a new article, or the same one reloaded.
      const onUpdated = (tabId: number, change: TabChange, tab: TabState) => {
        if (change.status !== 'complete') return;
        if (namedTab !== undefined) {
          if (tabId === namedTab) listener(tabId);
          return;
        }
        if (tab.active) void ownWindow.then((id) => (id === undefined || id === tab.windowId) && listener(tabId));
      };
      browser.tabs.onActivated.addListener(onActivated);
      browser.tabs.onUpdated.addListener(onUpdated);
      return () => {
        browser.tabs.onActivated.removeListener(onActivated);
        browser.tabs.onUpdated.removeListener(onUpdated);
      };
    },
    pageFor: (tabId) => createPageServices(tabId),
    panelNote: (tabId) => panelNoteFor(session, tabId),
    onPanelNoteChange(listener) {
      const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area !== 'session') return;
        for (const [key, change] of Object.entries(changes)) {
          const tabId = tabOfPanelNoteKey(key);
          if (tabId === undefined) continue;
          listener(tabId, typeof change.newValue === 'string' && change.newValue ? change.newValue : undefined);
        }
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
    closePanelNote: (tabId) => forgetPanelNote(session, tabId),
  };
}
