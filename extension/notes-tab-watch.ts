/**
 * A page that is no article holds no engine, notes or none: an engine that came only where the
 * reader saved notes would tell the page so (issue #19). The background, which holds the notes,
 * looks when a tab has loaded or changed its address, and again whenever the notes change (saved
 * or removed in the popup, the side panel or the Notes page), and shows their count on the
 * toolbar badge, which the page cannot see; the notes are marked in the page only when the reader asks
 * ('page/show-notes', from the popup). A tab with the engine shows its flags there instead.
 */

interface TabChange {
  status?: string;
  url?: string;
}

export interface NotesTabWatchDeps {
  onUpdated: {
    addListener(listener: (tabId: number, change: TabChange, tab: { url?: string }) => void): void;
  };
  onRemoved: { addListener(listener: (tabId: number) => void): void };
  /** How many notes the reader keeps on the page at `url`. */
  countNotes(url: string): Promise<number>;
  /** Shows `count` notes on the tab's badge; null gives the badge back to the engine's flag count. */
  showNotes(tabId: number, count: number | null): Promise<unknown>;
}

export interface NotesTabWatch {
  /** The engine is in this tab's page (injected, or it reported its flags): the badge counts its flags. */
  engineInjected(tabId: number): Promise<void>;
  /** The reader's notes changed somewhere: every tab without an engine is counted again. */
  notesChanged(): Promise<void>;
}

const isWebPage = (url: string | undefined): url is string => !!url && /^https?:/i.test(url);

export function watchTabsForNotes(deps: NotesTabWatchDeps): NotesTabWatch {
  const withEngine = new Set<number>();
  /** Tabs whose badge shows notes now. */
  const showing = new Set<number>();
  /** The page each settled tab without an engine shows, to count again when notes change. */
  const pages = new Map<number, string>();
  let recount: Promise<void> | null = null;
  let again = false;

  const show = (tabId: number, count: number) => {
    if (withEngine.has(tabId)) return;
    if (count > 0) showing.add(tabId);
    else if (!showing.delete(tabId)) return;
    void deps.showNotes(tabId, count > 0 ? count : null).catch(() => {});
  };

  deps.onUpdated.addListener((tabId, change, tab) => {
    // A new document: whatever engine the tab had went with the old one. (Should a browser say
    // "loading" for an address change within the page, the engine's next count says it is there.)
    if (change.status === 'loading') withEngine.delete(tabId);
    const settled = change.status === 'complete' || (change.url !== undefined && change.status === undefined);
    if (!settled || withEngine.has(tabId)) return;
    const url = change.url ?? tab.url;
    if (!isWebPage(url)) {
      pages.delete(tabId);
      return show(tabId, 0);
    }
    pages.set(tabId, url);
    void deps
      .countNotes(url)
      .then((count) => show(tabId, count))
      .catch(() => {});
  });
  deps.onRemoved.addListener((tabId) => {
    withEngine.delete(tabId);
    showing.delete(tabId);
    pages.delete(tabId);
  });

  const countAll = async () => {
    do {
      again = false;
      await Promise.all(
        [...pages].map(([tabId, url]) =>
          deps
            .countNotes(url)
            .then((count) => pages.get(tabId) === url && show(tabId, count))
            .catch(() => {}),
        ),
      );
    } while (again);
    recount = null;
  };

  return {
    notesChanged() {
      // A burst of writes (an import) costs one more count after the one running, not one each.
      if (recount) {
        again = true;
        return recount;
      }
      recount = countAll();
      return recount;
    },
    async engineInjected(tabId) {
      withEngine.add(tabId);
      pages.delete(tabId);
      if (showing.delete(tabId)) await deps.showNotes(tabId, null).catch(() => {});
    },
  };
}
