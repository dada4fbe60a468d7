/**
 * Everything the popup asks of the browser and the notes store. Components take this as a
 * prop: tests pass an in-memory fake, `entrypoints/popup/main.tsx` passes the real one
 * (`browser-services.ts`).
 */
import type { PageReport } from '../../shared/messages.ts';
import type { NotesRepository, TextQuoteSelector } from '../../shared/note-model.ts';
import type { Settings } from '../../shared/settings.ts';

export interface PopupServices {
  /** The active tab's report, or null when the tab has no Sourcelight (browser pages, PDFs, store pages). */
  pageReport(): Promise<PageReport | null>;
  /** Force a scan of the active tab even if it does not look like an article. */
  scanPage(): Promise<PageReport | null>;
  revealFlag(id: number): Promise<void>;
  /** The flag's passage as the page quotes it (with the words around it), or null when the page cannot say. */
  flagQuote(id: number): Promise<TextQuoteSelector | null>;
  notes: NotesRepository;
  /** Tell the page its notes changed so it re-anchors (after save/edit/delete); never throws. */
  notesChanged(): Promise<void>;
  openUrl(url: string): Promise<void>;
  settings: { load(): Promise<Settings>; save(next: Settings): Promise<void> };
  now(): number;
  /**
   * Set only in the toolbar popup: opens the Notes tab in a browser tab for importing, because
   * a file picker closes the toolbar popup in Firefox and on some systems in Chrome.
   */
  openImportPage?: () => Promise<void>;
}
