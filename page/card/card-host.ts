/**
 * The card's host: mounts the Preact card in its closed shadow root (card-shell.ts), follows
 * the reader's pointer, clicks and keys (card-triggers.ts), places the card beside the flag
 * (card-placement.ts) and keeps its state. The page session reaches it only through
 * `mountCard(...)` and the `CardHost` it returns; every action goes out through the callbacks.
 */
import { createRef, h, render } from 'preact';
import type { CardActions } from '../../components/card/Card.tsx';
import { CardLayer } from '../../components/card/CardLayer.tsx';
import { CARD_CSS } from '../../components/card/card-style.ts';
import type { NoticeTone, PageFlag } from '../../contract/messages.ts';
import { createCardActions, type OpenCard } from './card-actions.ts';
import type { CardTriggerHandlers, MountCardOptions, MountedCard, NoticeAction, ShowOptions } from './card-api.ts';
import { createNoticeLine, type NoticeLine } from './card-notice.ts';
import { boxesOf } from './card-placement.ts';
import { placementKey, positionCard } from './card-position.ts';
import { type CardShell, createCardShell } from './card-shell.ts';
import { pageColoursAt, type Scheme } from '../paint/backdrop-colour.ts';
import type { FlagEntry } from '../paint/flag-layer.ts';

/** The pointer may cross the gap between the sentence and the card: an unpinned card waits this long. */
export const HIDE_DELAY_MS = 300;

export type { CardHost, MountCardOptions, MountedCard, NoticeAction, PageCallbacks, ShowOptions } from './card-api.ts';

const elementOf = (range: Range): Element | null => {
  const node = range.startContainer;
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
};

/** The card's state and drawing; mountCard wires it to the page. */
class CardController {
  open: OpenCard | null = null;
  /** Highlights are hidden on this page: flags open no card on hover or click. */
  pageHidden = false;
  readonly savedKeys = new Set<string>();
  readonly cardRef = createRef<HTMLElement>();
  readonly primaryRef = createRef<HTMLButtonElement>();
  readonly notices: NoticeLine;
  actions!: CardActions;
  private scheme: Scheme = 'light';
  private pointerInCard = false;
  private hideTimer: unknown = null;
  private placedFor = '';
  /** Where focus was before a keyboard command moved it into the card: closing gives it back. */
  private returnFocus: HTMLElement | null = null;

  constructor(
    private readonly options: MountCardOptions,
    private readonly shell: CardShell,
  ) {
    this.notices = createNoticeLine({
      setTimeout: options.setTimeout,
      clearTimeout: options.clearTimeout,
      changed: () => this.guard(() => this.draw()),
    });
  }

  guard(work: () => void): void {
    try {
      work();
    } catch (error) {
      this.options.onError?.(error);
    }
  }

  focusInside = () => this.options.doc.activeElement === this.shell.host;

  cancelHide(): void {
    if (this.hideTimer !== null) this.options.clearTimeout(this.hideTimer);
    this.hideTimer = null;
  }

  private stays(): boolean {
    const open = this.open;
    return !open || open.pinned || open.writing || this.pointerInCard;
  }

  draw(): void {
    const open = this.open;
    const view = open && {
      flag: open.flag,
      saved: !!open.flag.saved || this.savedKeys.has(open.flag.key),
      pinned: open.pinned,
      writing: open.writing,
      status: open.status,
    };
    render(
      h(CardLayer, {
        scheme: this.scheme,
        view,
        notice: this.notices.current,
        actions: this.actions,
        cardRef: this.cardRef,
        primaryRef: this.primaryRef,
        onPointerInside: (inside) => this.pointerInside(inside),
        onPress: () => this.pin(),
        onEscape: () => this.hide(),
        onNoticeHold: (held) => this.notices.hold(held),
      }),
      this.shell.mount,
    );
    this.place();
  }

  /** Beside the flag, measured after drawing; not moved again while nothing it depends on changed. */
  private place(): void {
    const card = this.cardRef.current;
    const open = this.open;
    if (!card || !open) return;
    const { doc, entries } = this.options;
    const key = placementKey(card, open, doc, String(open.writing));
    if (key === this.placedFor) return;
    this.placedFor = key;
    positionCard(card, open, { doc, host: this.shell.host, entries });
  }

  private pointerInside(inside: boolean): void {
    this.pointerInCard = inside;
    if (inside) this.cancelHide();
    else this.hideSoon();
  }

  private pin(): void {
    if (!this.open || this.open.pinned) return;
    this.open.pinned = true;
    this.draw();
  }

  show(flag: PageFlag, anchor: Range, opts: ShowOptions = {}): void {
    this.cancelHide();
    // The reader is writing a note on another flag: passing over text must not lose it.
    if (this.open?.writing && this.open.flag.id !== flag.id && !opts.focus) return;
    const { doc } = this.options;
    const pin = !!(opts.pin || opts.focus);
    const box = opts.line ? boxesOf([opts.line])[0] : undefined;
    const line = box ? { box, scrollY: doc.defaultView?.scrollY ?? 0 } : null;
    if (this.open?.flag.id === flag.id) {
      this.open.range = anchor;
      this.open.pinned ||= pin;
      if (line) this.open.line = line;
    } else {
      this.open = { flagId: flag.id, flag, range: anchor, line, pinned: pin, writing: false, status: { kind: 'idle' } };
      this.placedFor = '';
    }
    this.followPage(anchor);
    this.shell.attach();
    this.draw();
    if (opts.focus) this.takeFocus();
  }

  /** The card's palette from the page's colours where the flag is (and the highlight sheet's too). */
  private followPage(anchor: Range): void {
    const element = elementOf(anchor);
    if (!element) return;
    const styles = this.options.highlightStyles;
    styles?.follow(element);
    this.scheme = styles ? styles.colours.scheme : (this.options.colourAt ?? pageColoursAt)(element).scheme;
  }

  private takeFocus(): void {
    const active = this.options.doc.activeElement as HTMLElement | null;
    if (!this.returnFocus && active && active !== this.options.doc.body && active !== this.shell.host) this.returnFocus = active;
    (this.primaryRef.current ?? this.cardRef.current)?.focus({ preventScroll: true });
  }

  hide(): void {
    this.cancelHide();
    if (!this.open) return;
    const hadFocus = this.focusInside();
    this.open = null;
    this.pointerInCard = false;
    this.placedFor = '';
    this.draw();
    if (hadFocus && this.returnFocus?.isConnected) this.returnFocus.focus({ preventScroll: true });
    this.returnFocus = null;
  }

  hideSoon(): void {
    if (this.stays()) return;
    this.cancelHide();
    this.hideTimer = this.options.setTimeout(() => {
      this.hideTimer = null;
      if (!this.stays()) this.guard(() => this.hide());
    }, HIDE_DELAY_MS);
  }

  notice(text: string, tone: NoticeTone, action?: NoticeAction, takeFocus = false): void {
    this.shell.attach();
    this.notices.show(action ? { text, tone, action } : { text, tone });
    if (takeFocus) this.shell.mount.querySelector<HTMLButtonElement>('.notice button')?.focus({ preventScroll: true });
  }

  /** The pointer rested on a flag: a pinned card stays put, an unpinned one gives way. */
  rest(entry: FlagEntry, line: DOMRect): void {
    if (this.pageHidden || this.options.settings().cardOpensOn !== 'hover') return;
    const open = this.open;
    if (open && open.flag.id !== entry.flag.id && (open.pinned || open.writing)) return;
    this.show(entry.flag, entry.sentence, { line });
  }
}

export function mountCard(options: MountCardOptions): MountedCard {
  const { doc, signal } = options;
  const isTrusted = options.isTrusted ?? ((event: Event) => event.isTrusted === true);
  const shell = createCardShell({
    doc,
    css: CARD_CSS,
    CSSStyleSheet: options.CSSStyleSheet,
    signal,
    ...(options.MutationObserver ? { MutationObserver: options.MutationObserver } : {}),
  });
  const card = new CardController(options, shell);
  const guarded = (work: () => void) => card.guard(work);
  card.actions = createCardActions({
    callbacks: options,
    accept: isTrusted,
    current: () => card.open,
    redraw: () => guarded(() => card.draw()),
    hide: () => guarded(() => card.hide()),
    focusInside: card.focusInside,
    focusPrimary: () => card.primaryRef.current?.focus({ preventScroll: true }),
    notice: (text, tone, action, takeFocus) => card.notice(text, tone, action, takeFocus),
    markSaved: (key) => card.savedKeys.add(key),
    setPageHidden: (hidden) => {
      card.pageHidden = hidden;
    },
  });

  const triggers: CardTriggerHandlers = {
    onEnter: (entry) => card.open?.flag.id === entry.flag.id && card.cancelHide(),
    onRest: (entry, line) => guarded(() => card.rest(entry, line)),
    onLeave: () => card.hideSoon(),
    onFlagClick: (entry, line) => !card.pageHidden && guarded(() => card.show(entry.flag, entry.sentence, { line, pin: true })),
    onClickAway: () => card.open && !card.open.writing && guarded(() => card.hide()),
    onEscape: () => card.open && guarded(() => card.hide()),
  };
  signal.addEventListener(
    'abort',
    () => {
      card.cancelHide();
      card.notices.dispose();
      render(null, shell.mount);
    },
    { once: true },
  );

  return {
    triggers,
    isOwnUi: shell.isOwnUi,
    show: (flag, anchor, opts) => guarded(() => card.show(flag, anchor, opts)),
    hide: () => guarded(() => card.hide()),
    notice: (text, tone, action) => guarded(() => card.notice(text, tone, action)),
    markSaved(key, saved = true) {
      if (saved) card.savedKeys.add(key);
      else card.savedKeys.delete(key);
      if (card.open?.flag.key === key) guarded(() => card.draw());
    },
    setPageHidden(hidden) {
      card.pageHidden = hidden;
      if (hidden) guarded(() => card.hide());
    },
    get openFlagId() {
      return card.open?.flag.id ?? null;
    },
  };
}
