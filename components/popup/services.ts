/**
 * Everything the popup asks of the browser and the notes store. Components take this as a
 * prop: tests pass an in-memory fake, `entrypoints/popup/main.tsx` passes the real one
 * (`browser-services.ts`).
 */
import type { PageReport } from '../../core/messages.ts';
import type { NotesRepository } from '../../core/notes/model.ts';
import type { Settings } from '../../core/settings.ts';

export interface PopupServices {
  /** The active tab's report, or null when the tab has no Sourcelight (browser pages, PDFs, store pages). */
  pageReport(): Promise<PageReport | null>;
  /** Force a scan of the active tab even if it does not look like an article. */
  scanPage(): Promise<PageReport | null>;
  revealFlag(id: number): Promise<void>;
  notes: NotesRepository;
  /** Tell the page its notes changed so it re-anchors (after save/edit/delete); never throws. */
  notesChanged(): Promise<void>;
  openUrl(url: string): Promise<void>;
  settings: { load(): Promise<Settings>; save(next: Settings): Promise<void> };
  now(): number;
}
