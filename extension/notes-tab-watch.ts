/**
 * A page that is no article gets the engine only when the reader saved notes on it. The loader
 * in every page does not ask: a message costs each page it runs in, and almost none hold notes.
 * The background, which holds the notes, looks when a tab has loaded or changed its address and
 * tells a tab that has some; the loader then asks for the engine as for any note change.
 */

/** The loader may not listen yet when a tab reports "complete" (it starts when the page is idle). */
export const TELL_TRIES = 4;
export const TELL_RETRY_MS = 250;

interface TabChange {
  status?: string;
  url?: string;
}

export interface NotesTabWatchDeps {
  onUpdated: {
    addListener(listener: (tabId: number, change: TabChange, tab: { url?: string }) => void): void;
  };
  onRemoved: { addListener(listener: (tabId: number) => void): void };
  hasNotes(url: string): Promise<boolean>;
  /** Sends `page/notes-changed` to the tab's top frame; rejects while nothing listens there. */
  tell(tabId: number): Promise<unknown>;
  wait(ms: number): Promise<void>;
}

export interface NotesTabWatch {
  /** The engine is in this tab's page: it fetches its own notes and follows address changes. */
  engineInjected(tabId: number): void;
}

const isWebPage = (url: string | undefined): url is string => !!url && /^https?:/i.test(url);

export function watchTabsForNotes(deps: NotesTabWatchDeps): NotesTabWatch {
  const withEngine = new Set<number>();

  const tellWithRetries = async (tabId: number) => {
    for (let attempt = 1; attempt <= TELL_TRIES; attempt++) {
      try {
        await deps.tell(tabId);
        return;
      } catch {
        if (attempt < TELL_TRIES) await deps.wait(TELL_RETRY_MS);
      }
    }
  };

  deps.onUpdated.addListener((tabId, change, tab) => {
    // A new document: whatever engine the tab had went with the old one. (Should a browser say
    // "loading" for an address change within the page, the engine is told once more: harmless.)
    if (change.status === 'loading') withEngine.delete(tabId);
    const settled = change.status === 'complete' || (change.url !== undefined && change.status === undefined);
    if (!settled || withEngine.has(tabId)) return;
    const url = change.url ?? tab.url;
    if (!isWebPage(url)) return;
    void deps
      .hasNotes(url)
      .then((found) => (found && !withEngine.has(tabId) ? tellWithRetries(tabId) : undefined))
      .catch(() => {});
  });
  deps.onRemoved.addListener((tabId) => withEngine.delete(tabId));

  return { engineInjected: (tabId) => withEngine.add(tabId) };
}
