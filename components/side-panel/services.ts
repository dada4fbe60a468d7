/**
 * What the side panel asks of the browser. The component takes these as props: tests pass the
 * real notes store over fake-indexeddb with small fakes of the tabs, the entrypoint passes the
 * browser-backed ones (extension/side-panel-services.ts).
 */
import type { NotesServices, PageServices } from '../popup/services.ts';

export interface PanelServices extends NotesServices {
  /** The tab the panel stands beside now; undefined where there is none. */
  currentTab(): Promise<number | undefined>;
  /** Calls back with the tab when the reader switches to another or its page loads anew; returns the unsubscribe. */
  onTabChange(listener: (tabId: number) => void): () => void;
  /** The page side of one tab, as the popup's This page asks it. */
  pageFor(tabId: number): PageServices;
  /** The note the panel shows beside a tab (the one saved last there), if any. */
  panelNote(tabId: number): Promise<string | undefined>;
  /** Calls back when the note for a tab changes (a new save, or closed); returns the unsubscribe. */
  onPanelNoteChange(listener: (tabId: number, noteId: string | undefined) => void): () => void;
  /** The reader is done with the note beside this tab. */
  closePanelNote(tabId: number): Promise<void>;
}
