/**
 * The card's host: mounts the Preact card in its closed shadow root (card-shell.ts), follows
 * the reader's pointer, clicks and keys (card-triggers.ts), places the card beside the flag
 * (card-placement.ts) and keeps its state. The page session reaches it only through
 * `mountCard(...)` and the `CardHost` it returns; every action goes out through the callbacks.
 */
import { i18n } from '#i18n';
import { createRef, h, render } from 'preact';
import type { CardStatus } from '../components/card/Card.tsx';
import { CardLayer } from '../components/card/CardLayer.tsx';
import { CARD_CSS } from '../components/card/card-style.ts';
import type { NoteFormValue } from '../components/common/NoteForm.tsx';
import type { NoticeTone, PageFlag, SaveResult } from '../shared/messages.ts';
import type { Settings } from '../shared/settings.ts';
import { createNoticeLine } from './card-notice.ts';
import { boxesOf } from './card-placement.ts';
import { type CardAnchor, placementKey, positionCard } from './card-position.ts';
import { createCardShell } from './card-shell.ts';
import { watchCardTriggers } from './card-triggers.ts';
import type { HighlightStyles } from './highlight-styles.ts';
import { pageColoursAt, type PageColours, type Scheme } from './page-background.ts';
import type { FlagEntry } from './page-scanner.ts';

/** The pointer may cross the gap between the sentence and the card: an unpinned card waits this long. */
export const HIDE_DELAY_MS = 300;

export interface NoticeAction {
  label: string;
  run(): void;
}

export interface MountCardOptions {
  doc: Document;
  signal: AbortSignal;
  CSSStyleSheet: typeof CSSStyleSheet | undefined;
  /** Watches the host for tampering; without it, the host is repaired only when shown. */
  MutationObserver?: typeof MutationObserver;
  /** The reader's settings now (read at each hover: a change applies at once). */
  settings: () => Pick<Settings, 'cardOpensOn'>;
  /** The flags on the page, with their live ranges. */
  entries: () => readonly FlagEntry[];
  /** Saves the flag as a note; rejects with a message for the reader. */
  onSave(flag: PageFlag, value: NoteFormValue): Promise<SaveResult>;
  /** "Not an issue here" (`dismissed` true), and its Undo (false). */
  onDismiss(flag: PageFlag, dismissed: boolean): Promise<unknown> | undefined;
  /** "Hide highlights on this page" (true), and its "Show again" (false). */
  onHidePage(hidden: boolean): Promise<unknown> | undefined;
  /** Opens the reader's notes for this article. */
  onOpenNotes(): Promise<unknown> | undefined;
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
  /** Random letters for the host's element name (a test seam). */
  randomName?: () => string;
  onError?(error: unknown): void;
}

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
  /** The flag whose card is open, or null. */
  readonly openFlagId: number | null;
}

interface OpenCard extends CardAnchor {
  flag: PageFlag;
  pinned: boolean;
  writing: boolean;
  status: CardStatus;
}

const elementOf = (range: Range): Element | null => {
  const node = range.startContainer;
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
};

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function mountCard(options: MountCardOptions): CardHost {
  const { doc, signal } = options;
  const isTrusted = options.isTrusted ?? ((event: Event) => event.isTrusted === true);
  const shell = createCardShell({
    doc,
    css: CARD_CSS,
    CSSStyleSheet: options.CSSStyleSheet,
    signal,
    ...(options.MutationObserver ? { MutationObserver: options.MutationObserver } : {}),
    ...(options.randomName ? { randomName: options.randomName } : {}),
  });
  const cardRef = createRef<HTMLElement>();
  const primaryRef = createRef<HTMLButtonElement>();
  const savedKeys = new Set<string>();
  let open: OpenCard | null = null;
  let scheme: Scheme = 'light';
  let pointerInCard = false;
  let hideTimer: unknown = null;
  let placedFor = '';
  /** Highlights are hidden on this page: flags open no card on hover or click. */
  let pageHidden = false;
  /** Where focus was before a keyboard command moved it into the card: closing gives it back. */
  let returnFocus: HTMLElement | null = null;

  const guard = (work: () => void) => {
    try {
      work();
    } catch (error) {
      options.onError?.(error);
    }
  };
  const focusInside = () => doc.activeElement === shell.host;
  const cancelHide = () => {
    if (hideTimer !== null) options.clearTimeout(hideTimer);
    hideTimer = null;
  };
  const stays = () => !open || open.pinned || open.writing || pointerInCard;

  const place = () => {
    const card = cardRef.current;
    if (!card || !open) return;
    const key = placementKey(card, open, doc, String(open.writing));
    if (key === placedFor) return;
    placedFor = key;
    positionCard(card, open, { doc, host: shell.host, entries: options.entries });
  };

  const draw = () => {
    const view = open && {
      flag: open.flag,
      saved: !!open.flag.saved || savedKeys.has(open.flag.key),
      pinned: open.pinned,
      writing: open.writing,
      status: open.status,
    };
    render(
      h(CardLayer, {
        scheme,
        view,
        notice: notices.current,
        actions,
        cardRef,
        primaryRef,
        onPointerInside(inside) {
          pointerInCard = inside;
          if (inside) cancelHide();
          else hideSoon();
        },
        onPress() {
          if (open && !open.pinned) {
            open.pinned = true;
            draw();
          }
        },
        onEscape: () => hide(),
        onNoticeHold: (held) => notices.hold(held),
      }),
      shell.mount,
    );
    if (open) place();
  };

  const hide = () => {
    cancelHide();
    if (!open) return;
    const hadFocus = focusInside();
    open = null;
    pointerInCard = false;
    placedFor = '';
    draw();
    if (hadFocus && returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  };

  const hideSoon = () => {
    if (stays()) return;
    cancelHide();
    hideTimer = options.setTimeout(() => {
      hideTimer = null;
      if (!stays()) guard(hide);
    }, HIDE_DELAY_MS);
  };

  const notices = createNoticeLine({
    setTimeout: options.setTimeout,
    clearTimeout: options.clearTimeout,
    changed: () => guard(draw),
  });
  const showNotice = (text: string, tone: NoticeTone, action?: NoticeAction, takeFocus = false) => {
    shell.attach();
    notices.show(action ? { text, tone, action } : { text, tone });
    if (takeFocus) shell.mount.querySelector<HTMLButtonElement>('.notice button')?.focus({ preventScroll: true });
  };

  /** Runs a page action; its notice offers the way back, and takes focus if the card had it. */
  const act = (run: () => Promise<unknown> | undefined, done: string, undo?: NoticeAction) => {
    const hadFocus = focusInside();
    hide();
    Promise.resolve()
      .then(run)
      .then(
        () => showNotice(done, 'success', undo, hadFocus),
        (error: unknown) => showNotice(i18n.t('card.failed', { reason: reason(error) }), 'error'),
      )
      .catch((error: unknown) => options.onError?.(error));
  };

  const save = async (flag: PageFlag, value: NoteFormValue) => {
    if (!open || open.flag.id !== flag.id || open.status.kind === 'saving') return;
    open.status = { kind: 'saving' };
    draw();
    let status: CardStatus;
    let saved = false;
    try {
      const result = await options.onSave(flag, value);
      savedKeys.add(flag.key);
      saved = true;
      status = { kind: 'done', tone: 'success', text: i18n.t(result.created ? 'card.saved' : 'card.alreadySaved') };
    } catch (error) {
      status = { kind: 'done', tone: 'error', text: i18n.t('card.notSaved', { reason: reason(error) }) };
    }
    if (open?.flag.id !== flag.id) return;
    const refocus = focusInside();
    open.status = status;
    if (saved) open.writing = false; // a failed save keeps what the reader wrote
    draw();
    if (saved && refocus) primaryRef.current?.focus({ preventScroll: true });
  };

  const actions = {
    accept: isTrusted,
    onClose: () => guard(hide),
    onStartNote() {
      if (!open) return;
      open.writing = true;
      open.pinned = true;
      open.status = { kind: 'idle' };
      draw();
    },
    onCancelNote() {
      if (!open) return;
      open.writing = false;
      draw();
      primaryRef.current?.focus({ preventScroll: true });
    },
    onSaveNote(value: NoteFormValue) {
      if (open) void save(open.flag, value).catch((error: unknown) => options.onError?.(error));
    },
    onDismiss() {
      const flag = open?.flag;
      if (!flag) return;
      act(() => options.onDismiss(flag, true), i18n.t('card.dismissed'), {
        label: i18n.t('card.undo'),
        run: () => act(() => options.onDismiss(flag, false), i18n.t('card.undone')),
      });
    },
    onHidePage() {
      const setHidden = (hidden: boolean) => async () => {
        await options.onHidePage(hidden);
        pageHidden = hidden;
      };
      act(setHidden(true), i18n.t('card.hidden'), {
        label: i18n.t('card.showAgain'),
        run: () => act(setHidden(false), i18n.t('card.shown')),
      });
    },
    onOpenNotes() {
      const flagId = open?.flag.id;
      Promise.resolve()
        .then(() => options.onOpenNotes())
        .catch((error: unknown) => {
          if (!open || open.flag.id !== flagId) return;
          open.status = { kind: 'done', tone: 'error', text: i18n.t('card.failed', { reason: reason(error) }) };
          draw();
        });
    },
  };

  const show = (flag: PageFlag, anchor: Range, opts: ShowOptions = {}) => {
    cancelHide();
    // The reader is writing a note on another flag: passing over text must not lose it.
    if (open?.writing && open.flag.id !== flag.id && !opts.focus) return;
    const pin = !!(opts.pin || opts.focus);
    const box = opts.line ? boxesOf([opts.line])[0] : undefined;
    const line = box ? { box, scrollY: doc.defaultView?.scrollY ?? 0 } : null;
    if (open?.flag.id === flag.id) {
      open.range = anchor;
      open.pinned ||= pin;
      if (line) open.line = line;
    } else {
      open = { flagId: flag.id, flag, range: anchor, line, pinned: pin, writing: false, status: { kind: 'idle' } };
      placedFor = '';
    }
    const element = elementOf(anchor);
    if (element) {
      const styles = options.highlightStyles;
      styles?.follow(element);
      scheme = styles ? styles.colours.scheme : (options.colourAt ?? pageColoursAt)(element).scheme;
    }
    shell.attach();
    draw();
    if (opts.focus) {
      const active = doc.activeElement as HTMLElement | null;
      if (!returnFocus && active && active !== doc.body && active !== shell.host) returnFocus = active;
      (primaryRef.current ?? cardRef.current)?.focus({ preventScroll: true });
    }
  };

  watchCardTriggers({
    doc,
    entries: options.entries,
    schedule: options.schedule,
    setTimeout: options.setTimeout,
    clearTimeout: options.clearTimeout,
    signal,
    isTrusted,
    isOwnUi: shell.isOwnUi,
    ...(options.onError ? { onError: options.onError } : {}),
    onEnter(entry) {
      if (open?.flag.id === entry.flag.id) cancelHide();
    },
    onRest(entry, line) {
      if (pageHidden || options.settings().cardOpensOn !== 'hover') return;
      // A pinned card stays put; an unpinned one gives way to the flag the pointer moved to.
      if (open && open.flag.id !== entry.flag.id && (open.pinned || open.writing)) return;
      guard(() => show(entry.flag, entry.sentence, { line }));
    },
    onLeave: hideSoon,
    onFlagClick(entry, line) {
      if (pageHidden) return;
      guard(() => show(entry.flag, entry.sentence, { line, pin: true }));
    },
    onClickAway() {
      if (open && !open.writing) guard(hide);
    },
    onEscape() {
      if (open) guard(hide);
    },
  });

  signal.addEventListener(
    'abort',
    () => {
      cancelHide();
      notices.dispose();
      render(null, shell.mount);
    },
    { once: true },
  );

  return {
    show: (flag, anchor, opts) => guard(() => show(flag, anchor, opts)),
    hide: () => guard(hide),
    notice: (text, tone, action) => guard(() => showNotice(text, tone, action)),
    markSaved(key, saved = true) {
      if (saved) savedKeys.add(key);
      else savedKeys.delete(key);
      if (open?.flag.key === key) guard(draw);
    },
    setPageHidden(hidden) {
      pageHidden = hidden;
      if (hidden) guard(hide);
    },
    get openFlagId() {
      return open?.flag.id ?? null;
    },
  };
}
