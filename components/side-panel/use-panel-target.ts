import { useEffect, useState } from 'preact/hooks';
import type { PanelServices } from './services.ts';

/** What the panel shows: the tab beside it (`load` counts its page loads) and that tab's note. */
export interface PanelTarget {
  tabId: number | undefined;
  load: number;
  noteId: string | undefined;
}

/**
 * The panel's tab and note, followed as the reader moves: another tab, a new page in the same
 * tab, a note saved on the page (the card opens the panel on it) or closed. Null until known.
 */
export function usePanelTarget(services: PanelServices): PanelTarget | null {
  const [target, setTarget] = useState<PanelTarget | null>(null);
  useEffect(() => {
    let live = true;
    let latest = 0;
    let load = 0;
    const show = async (tabId: number | undefined) => {
      const run = ++latest;
      const noteId = tabId === undefined ? undefined : await services.panelNote(tabId).catch(() => undefined);
      // Only the newest move may set what is shown: a slow answer never overwrites a newer tab.
      if (live && run === latest) setTarget({ tabId, load: ++load, noteId });
    };
    services.currentTab().then(show, () => show(undefined));
    const offTab = services.onTabChange((tabId) => void show(tabId));
    const offNote = services.onPanelNoteChange((tabId, noteId) =>
      setTarget((shown) => (shown && shown.tabId === tabId ? { ...shown, noteId } : shown)),
    );
    return () => {
      live = false;
      offTab();
      offNote();
    };
  }, [services]);
  return target;
}
