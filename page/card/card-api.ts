/**
 * The card host's API, in one place: what the page gives `mountCard(...)` and what it gets back.
 * The page session (or the content script's entrypoint) wires the callbacks to the background
 * and to itself; the card never reaches the notes, the painter or the network on its own.
 */
import type { NoticeTone, PageFlag, SaveResult } from '../../contract/messages.ts';
import type { Settings } from '../../contract/settings.ts';
import type { HighlightStyles } from '../paint/highlight-styles.ts';
import type { PageColours } from '../paint/backdrop-colour.ts';
import type { CardTriggerOptions } from './card-triggers.ts';
import type { FlagEntry } from '../paint/flag-layer.ts';

/** One thing to do about a notice, such as "Undo". */
export interface NoticeAction {
  label: string;
  run(): void;
}

/**
 * The page's side of the card's buttons. Each resolves when done or rejects with an Error whose
 * message the reader sees; the card never retries on its own.
 */
export interface PageCallbacks {
  /** "Save as note": the passage alone, at once; the background's answer (`created` false: it was already saved). */
  onSave(flag: PageFlag): Promise<SaveResult>;
  /**
   * Asks for the side panel on a saved note, where its comment and tags are written (never in
   * the page): `opened` false where the browser would not open it from a page's action.
   */
  onOpenNote(noteId: string): Promise<{ opened: boolean }>;
  /** "Not an issue here" (`dismissed` true) and its Undo (false): remember it, and take the flag off the page. */
  onDismiss(flag: PageFlag, dismissed: boolean): Promise<unknown> | undefined;
  /** "Hide highlights on this page" (true) and its "Show again" (false). */
  onHidePage(hidden: boolean): Promise<unknown> | undefined;
  /** "Open notes for this article". */
  onOpenNotes(): Promise<unknown> | undefined;
  /** A bug in the card; the page carries on. */
  onError?(error: unknown): void;
}

/** What the host is given. */
export interface MountCardOptions extends PageCallbacks {
  doc: Document;
  signal: AbortSignal;
  CSSStyleSheet: typeof CSSStyleSheet | undefined;
  /** Watches the host for tampering; without it, the host is repaired only when shown. */
  MutationObserver?: typeof MutationObserver;
  /** The reader's settings now (read at each hover: a change applies at once). */
  settings: () => Pick<Settings, 'cardOpensOn'>;
  /** The flags on the page, with their live ranges. */
  entries: () => readonly FlagEntry[];
  /** Coalesces pointer moves: requestAnimationFrame. */
  schedule(callback: () => void): void;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** The highlight sheet: the card follows the same page colours, and reasserts it when shown. */
  highlightStyles?: Pick<HighlightStyles, 'follow' | 'reassert' | 'colours'>;
  /** Reads the page's colours at an element when there is no highlight sheet (a test seam). */
  colourAt?: (element: Element) => PageColours;
  /** Which events are the reader's own: `event.isTrusted` (a test seam). */
  isTrusted?: (event: Event) => boolean;
}

/** What the reader's pointer and keys do to the card (see card-triggers.ts). */
export type CardTriggerHandlers = Pick<
  CardTriggerOptions,
  'onEnter' | 'onRest' | 'onLeave' | 'onFlagClick' | 'onClickAway' | 'onEscape'
>;

export interface ShowOptions {
  /** Move keyboard focus into the card (a keyboard command reached the flag); implies `pin`. */
  focus?: boolean;
  /** Keep it open until the reader closes it. */
  pin?: boolean;
  /** The line box the pointer is on, to open beside it. */
  line?: DOMRect;
}

export interface CardHost {
  /** Shows the card for a flag beside its sentence (`anchor`, the sentence's live range). */
  show(flag: PageFlag, anchor: Range, options?: ShowOptions): void;
  hide(): void;
  /** A short line at the corner of the window, with one optional action (e.g. Undo). */
  notice(text: string, tone: NoticeTone, action?: NoticeAction): void;
  /** A note now holds (or no longer holds) the flag with this key: the card says so. */
  markSaved(key: string, saved?: boolean): void;
  /** Highlights were hidden (or shown) from anywhere: hidden flags open no card on hover or click. */
  setPageHidden(hidden: boolean): void;
  /** The flag with this key was restored from elsewhere (the popup): "Flag dismissed" about it goes. */
  flagRestored(key: string): void;
  /** The flag whose card is open, or null. */
  readonly openFlagId: number | null;
}

/** A mounted card, with what a caller that watches the triggers itself needs. */
export interface MountedCard extends CardHost {
  readonly triggers: CardTriggerHandlers;
  /** True for events inside the card's own UI. */
  isOwnUi(target: EventTarget | null): boolean;
}
