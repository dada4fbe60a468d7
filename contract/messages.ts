/**
 * The one message contract between the content script, the background and the popup.
 * Each protocol maps a message type to its request payload and its response.
 */
import type { ArticleAnalysis, DetectedLanguage } from '../detector/analyze-article.ts';
import type { Analysis, Category, Source, TextSpan } from '../detector/types.ts';
import type { Note, NoteDraft, SaveResult } from './note-model.ts';

/**
 * What a page is told of its text's analysis: flags, sources and counts. The sentences' spans
 * stay in the background: the page paints flags only, and on a long article they were most of
 * each answer its main thread had to read.
 */
export type PageAnalysis = Omit<Analysis, 'sentences'>;
export type { SaveResult };
import type { ReadingEntry } from './reading-record.ts';
import type { Settings } from './settings.ts';

/** A flag as the content script found it on the live page. */
export interface PageFlag {
  /** Position in reading order; stable until the page's flags change. */
  id: number;
  category: Category;
  cue: TextSpan;
  sentence: TextSpan;
  /** Names this flag across visits (dismissals are remembered by it): see flag-key.ts. */
  key: string;
  /** A note of the reader's already holds this flag's sentence. */
  saved?: boolean;
}

export interface PageContext {
  url: string;
  title: string;
  site: string;
  byline: string;
  /** ISO 8601, as the page gave it. */
  publishedAt?: string;
}

export type PageState = 'idle' | 'not-article' | 'disabled' | 'scanning' | 'ready';

export interface PageReport {
  state: PageState;
  context: PageContext;
  flags: PageFlag[];
  sources: Source[];
  stats: { sentences: number; flagged: number; byCategory: Record<Category, number> };
  /** Saved notes on this page whose passage could not be found again. */
  orphanNoteIds: string[];
  /** Saved notes on this page found again and marked. */
  notesFound: number;
  /** Flags the reader dismissed on this article ("not an issue here"): not painted, not counted. */
  dismissed: PageFlag[];
  /** The reader hid Sourcelight's highlights on this page. */
  hidden: boolean;
  /** Set on a page too large to paint whole: how much of its body text was scanned and painted. */
  capped?: { scannedChars: number; totalChars: number };
  /** The language the article was read in, once read; 'other' for one Sourcelight does not read (no flags). */
  language?: DetectedLanguage;
}

export type NoticeTone = 'success' | 'error';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Why a page asks for the engine: an article, the reader's "Scan anyway" or "Show my notes", or a notice to show. */
export type EngineReason = 'article' | 'forced' | 'notes' | 'ui';

/** Parts of the engine injected only when a page needs them. */
export type EnginePart = 'readability' | 'card';

/** The background's answer to a page asking for the engine: `disabled` when the reader switched the site off. */
/** A language tag (`de-DE`, `zh-Hant-TW`) is short; a page's `lang` may be anything, so it is cut here. */
export const MAX_LANG_CHARS = 35;

export interface EngineStart {
  loaded: boolean;
  disabled?: boolean;
}

/** Handled by the background; sent by content scripts and extension pages. */
export interface BackgroundProtocol {
  'badge/set': { request: { count: number }; response: null };
  /** From the always-on loader: inject the engine into this frame (for 'notes', the reader's ask, only if the page holds notes). */
  'engine/start': { request: { reason: EngineReason }; response: EngineStart };
  /** From the engine: inject one of its parts that most pages never need (Readability). */
  'engine/part': { request: { part: EnginePart }; response: null };
  /** The detector, run in the background so the page's main thread only paints. */
  'analysis/run': { request: { text: string; lang?: string }; response: Omit<ArticleAnalysis, 'sentences'> };
  /** From a content script, only for the sender tab's own page. */
  'notes/save': { request: { draft: NoteDraft }; response: SaveResult };
  'notes/for-page': { request: { url: string }; response: Note[] };
  /**
   * Opens the extension's side panel beside the sender's tab on one saved note, where the reader
   * writes its comment and tags (never in the page). `opened` is false where the browser opens
   * its panel only from its own UI; the panel then shows the note when the reader opens it.
   */
  'panel/open-note': { request: { noteId: string }; response: { opened: boolean } };
  /** Opens the Notes page in a tab, showing one article's notes when a URL is given. */
  'notes/open': { request: { articleUrl?: string }; response: null };
  /** Keys of the flags dismissed on an article. */
  'dismissals/for-page': { request: { url: string }; response: string[] };
  'dismissals/set': { request: { url: string; key: string; dismissed: boolean }; response: null };
  /** An article's sourcing profile for the reading record (kept only while the reader allows it). */
  'reading/record': { request: { entry: ReadingEntry }; response: null };
  /**
   * From the engine: the reader's settings. The page never opens browser.storage itself: its API
   * is built in each page's world on first use, a few ms on every article (npm run bench:page).
   */
  'settings/read': { request: Record<string, never>; response: Settings };
}

/** Handled by the content script of one tab; sent by the popup and the background. */
export interface ContentProtocol {
  'page/report': { request: Record<string, never>; response: PageReport };
  /** Scan now, even a page that does not look like an article. */
  'page/scan': { request: Record<string, never>; response: PageReport };
  'page/reveal-flag': { request: { id: number }; response: boolean };
  'page/step-flag': { request: { direction: 1 | -1 }; response: number | null };
  /** The reader's current selection as a note draft, or null when nothing is selected. */
  'page/capture-selection': { request: Record<string, never>; response: NoteDraft | null };
  /** One flag as a note draft (its passage with context and position), or null for an unknown id. */
  'page/flag-draft': { request: { id: number }; response: NoteDraft | null };
  /** Saved notes changed: a page being read finds its passages again (one that is not stays as it is). */
  'page/notes-changed': { request: Record<string, never>; response: null };
  /**
   * The reader asks to see their notes marked on this page: read it as for a scan and find them.
   * Nothing else brings the engine to a page that is no article because of notes (issue #19).
   */
  'page/show-notes': { request: Record<string, never>; response: PageReport };
  /** A short confirmation or error where the reader is looking (after a context-menu save). */
  'page/notice': { request: { text: string; tone: NoticeTone }; response: null };
  /** Dismisses one flag on this article, or brings it back. */
  'page/dismiss-flag': { request: { id: number; dismissed: boolean }; response: null };
  /** The reader's settings changed (sent by the background to every tab): a page idle on a switched-off site looks again. */
  'page/settings-changed': { request: Record<string, never>; response: null };
  /** Hides or shows every highlight on this page (toggles when `hidden` is left out); answers the new state. */
  'page/set-hidden': { request: { hidden?: boolean }; response: boolean };
}

/**
 * The loader's message channel, a script of its own: a page that is no article opens none (it
 * would cost every page), so a sender that finds nothing listening injects it and sends again
 * (contract/messaging.ts, page/loader/loader-slot.ts).
 */
export const CHANNEL_FILE = '/channel.js';

export type MessageOf<P> = {
  [K in keyof P]: P[K] extends { request: infer R } ? { type: K } & R : never;
}[keyof P];

export type BackgroundMessage = MessageOf<BackgroundProtocol>;
export type ContentMessage = MessageOf<ContentProtocol>;
