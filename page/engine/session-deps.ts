/** What a page session is given: every browser object and service comes in here, so tests pass fakes. */
import type { PageAnalysis } from '../../contract/messages.ts';
import type { Note } from '../../contract/note-model.ts';
import type { ReadingEntry } from '../../contract/reading-record.ts';
import type { Settings } from '../../contract/settings.ts';
import type { NavigatorOptions } from '../paint/flag-navigation.ts';
import type { HighlightPainter } from '../paint/highlight-painter.ts';
import type { NearView } from '../paint/near-view.ts';
import type { NotePainter } from '../marks/note-overlay.ts';
import type { ReadabilityClass } from '../body/readability-body.ts';

/** What the engine asks of the background: the reader's notes and dismissals, and the reading record. */
export interface PageStore {
  notesForPage(url: string): Promise<Note[]>;
  dismissalsForPage(url: string): Promise<string[]>;
  setDismissal(url: string, key: string, dismissed: boolean): Promise<void>;
  recordReading(entry: ReadingEntry): Promise<void>;
}

export interface PageSessionDeps {
  doc: Document;
  win: Pick<Window, 'matchMedia'>;
  location: () => string;
  /** The detector, run off the page's main thread. */
  analyze: (text: string) => Promise<PageAnalysis>;
  painter: HighlightPainter;
  /** Paints a long article's later chunks when the reader comes near them; without it, at once. */
  nearView?: NearView;
  notePainter: NotePainter;
  MutationObserver: typeof MutationObserver;
  yieldToMain: () => Promise<void>;
  nextFrame: (callback: () => void) => void;
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
  signal: AbortSignal;
  now: () => number;
  store: PageStore;
  /** Readability's class if it is loaded already, and the way to load it (see readability-body.ts). */
  readability: () => ReadabilityClass | undefined;
  loadReadability: () => Promise<ReadabilityClass>;
  settings?: Settings;
  /** The reader asked for a scan of this page, article or not. */
  forced?: boolean;
  /** The loader found the page an article just now (it need not be checked again at start). */
  article?: boolean;
  onCountChange?: (count: number) => void;
  onError?: (error: unknown) => void;
  timeWork?: <T>(work: () => T) => T;
  onFirstPaint?: () => void;
  onFlagRevealed?: NavigatorOptions['onReveal'];
}
