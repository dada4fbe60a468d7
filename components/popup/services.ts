/**
 * Everything the extension pages ask of the browser. Components take these as props: tests pass
 * the real notes store over fake-indexeddb with a small fake page, the entrypoints pass the
 * browser-backed ones (extension/popup-services.ts). Settings are read through useSettings.
 */
import type { PageReport, SaveResult } from '../../contract/messages.ts';
import type { NoteDraft } from '../../contract/note-model.ts';
import type { NotesRepository } from '../../notes/notes-store.ts';
import type { ReadingRecord } from '../reading/reading-types.ts';

/** The tab the popup looks at, through its content script. */
export interface PageServices {
  /** The tab's report, or null when the tab has no Sourcelight (browser pages, PDFs, store pages). */
  report(): Promise<PageReport | null>;
  /** Scans now, even a page that does not look like an article. */
  scan(): Promise<PageReport | null>;
  /** Marks the reader's notes on a page that is no article (read as for a scan): only on the reader's word. */
  showNotes(): Promise<PageReport | null>;
  revealFlag(id: number): Promise<void>;
  /** The flag as the page drafts a note of it (passage, words around it, article), or null when the page cannot say. */
  flagDraft(id: number): Promise<NoteDraft | null>;
  /** "Not an issue here": the page stops painting and counting the flag (remembered for the article). */
  dismissFlag(id: number, dismissed: boolean): Promise<void>;
  /** Hides or shows every highlight on the page; answers the new state. */
  setHidden(hidden: boolean): Promise<boolean>;
  /** Tells the page its notes changed, so it finds its passages again; never throws. */
  notesChanged(): Promise<void>;
}

/** Where the Notes page opens: one article's notes, the Reading view, or importing. */
export interface NotesPageTarget {
  articleUrl?: string;
  view?: 'notes' | 'reading';
}

/** What the Notes tab, the Notes page and the Reading view need. */
export interface NotesServices {
  /** Reads, edits, deletes and undo go to the store directly; new notes never do (see saveDraft). */
  notes: NotesRepository;
  /** The reading record (read and cleared here; entries are written by the background as the reader reads). */
  reading: ReadingRecord;
  /** The one way a new note is written: through the background, as the card's saves are. */
  saveDraft(draft: NoteDraft): Promise<SaveResult>;
  openUrl(url: string): Promise<void>;
  /** Opens the Notes page in a tab; from the toolbar popup, the popup then closes. */
  openNotesPage(target?: NotesPageTarget): Promise<void>;
  /** True in the toolbar popup, where a file picker would close the popup: import happens in the Notes page. */
  inToolbarPopup: boolean;
  now(): number;
}

export interface PopupServices extends NotesServices {
  page: PageServices;
}
