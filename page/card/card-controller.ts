/**
 * The open card's state and drawing: which flag it explains, whether it is pinned, when it
 * hides, gives way or waits for the pointer on its way (safe-path.ts), and where focus goes when
 * it or its notice leaves. card-host.ts wires it to the page.
 */
import { createRef, h, render } from 'preact';
import type { CardActions } from '../../components/card/Card.tsx';
import { CardLayer } from '../../components/card/CardLayer.tsx';
import type { NoticeTone, PageFlag } from '../../contract/messages.ts';
import type { OpenCard } from './card-actions.ts';
import type { MountCardOptions, NoticeAction, ShowOptions } from './card-api.ts';
import { createNoticeLine, type NoticeLine, type NoticeTopic } from './card-notice.ts';
import { boxesOf } from './card-placement.ts';
import { placementKey, positionCard } from './card-position.ts';
import type { CardShell } from './card-shell.ts';
import { pageColoursAt, type Scheme } from '../paint/backdrop-colour.ts';
import type { FlagEntry } from '../paint/flag-layer.ts';

/**
 * An unpinned card waits this long after the pointer leaves its flag, and after each of the
 * pointer's moves towards it (safe-path.ts): the way to the card may be long, never lost mid-way.
 */
export const HIDE_DELAY_MS = 300;

const elementOf = (range: Range): Element | null => {
  const node = range.startContainer;
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
};

export class CardController {
  open: OpenCard | null = null;
  /** Highlights are hidden on this page: flags open no card on hover or click. */
  pageHidden = false;
  readonly savedKeys = new Set<string>();
  readonly cardRef = createRef<HTMLElement>();
  readonly primaryRef = createRef<HTMLButtonElement>();
  readonly notices: NoticeLine;
  actions!: CardActions;
  /** True while the pointer is on its way to the card (set by mountCard from safe-path.ts). */
  heading: () => boolean = () => false;
  /** A card opened on a new sentence, or closed (mountCard resets the safe path and the give-way watch). */
  onChanged: () => void = () => {};
  pointerInCard = false;
  private scheme: Scheme = 'light';
  private hideTimer: unknown = null;
  private placedFor = '';
  /** Where focus was before a keyboard command moved it into the card: closing gives it back. */
  private returnFocus: HTMLElement | null = null;
  /** Where the reader was when the card last closed: a notice that times out with focus goes back there. */
  private lastReading: { element: HTMLElement | null; range: Range } | null = null;
  /** Another flag the pointer rested on while on its way to the card: opened if it stops there. */
  private pendingRest: { entry: FlagEntry; line: DOMRect } | null = null;

  constructor(
    private readonly options: MountCardOptions,
    private readonly shell: CardShell,
  ) {
    this.notices = createNoticeLine({
      setTimeout: options.setTimeout,
      clearTimeout: options.clearTimeout,
      changed: () => this.guard(() => this.draw()),
      hasFocus: () => !!this.root().activeElement?.closest('.notice'),
      returnFocus: () => this.guard(() => this.backToReading()),
    });
  }

  guard(work: () => void): void {
    try {
      work();
    } catch (error) {
      this.options.onError?.(error);
    }
  }

  private root = () => this.shell.mount.getRootNode() as ShadowRoot;

  focusInside = () => this.options.doc.activeElement === this.shell.host;

  /** The open card's box, for the safe path; null while none is open or the pointer is on it. */
  cardBox() {
    const card = this.cardRef.current;
    if (!this.open || !card || this.pointerInCard) return null;
    return boxesOf([card.getBoundingClientRect()])[0] ?? null;
  }

  cancelHide(): void {
    if (this.hideTimer !== null) this.options.clearTimeout(this.hideTimer);
    this.hideTimer = null;
  }

  private stays(): boolean {
    const open = this.open;
    return !open || open.pinned || this.pointerInCard;
  }

  draw(): void {
    const open = this.open;
    const view = open && {
      flag: open.flag,
      saved: !!open.flag.saved || this.savedKeys.has(open.flag.key),
      pinned: open.pinned,
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
        onNoticePointer: (inside) => this.notices.pointer(inside),
        onNoticeFocus: () => this.notices.focused(),
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
    const key = placementKey(open, doc);
    if (key === this.placedFor) return;
    this.placedFor = key;
    positionCard(card, open, { doc, host: this.shell.host, entries });
  }

  private pointerInside(inside: boolean): void {
    this.pointerInCard = inside;
    if (inside) {
      this.pendingRest = null;
      this.cancelHide();
    } else this.hideSoon();
  }

  private pin(): void {
    if (!this.open || this.open.pinned) return;
    this.open.pinned = true;
    this.draw();
  }

  show(flag: PageFlag, anchor: Range, opts: ShowOptions = {}): void {
    this.cancelHide();
    this.pendingRest = null;
    const { doc } = this.options;
    const pin = !!(opts.pin || opts.focus);
    const box = opts.line ? boxesOf([opts.line])[0] : undefined;
    const line = box ? { box, scrollY: doc.defaultView?.scrollY ?? 0 } : null;
    const same = this.open?.flag.id === flag.id;
    if (this.open && same) {
      this.open.range = anchor;
      this.open.pinned ||= pin;
      if (line) this.open.line = line;
    } else {
      this.open = { flagId: flag.id, flag, range: anchor, line, pinned: pin, status: { kind: 'idle' } };
      this.placedFor = '';
    }
    this.followPage(anchor);
    this.shell.attach();
    this.draw();
    if (!same) this.onChanged();
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
    this.pendingRest = null;
    if (!this.open) return;
    const hadFocus = this.focusInside();
    this.lastReading = { element: this.returnFocus, range: this.open.range };
    this.open = null;
    this.pointerInCard = false;
    this.placedFor = '';
    this.draw();
    this.onChanged();
    if (hadFocus && this.returnFocus?.isConnected) this.returnFocus.focus({ preventScroll: true });
    this.returnFocus = null;
  }

  /** Focus back where the reader was: the element it came from, else the flag's place in the text. */
  private backToReading(): void {
    const reading = this.lastReading;
    if (reading?.element?.isConnected) {
      reading.element.focus({ preventScroll: true });
      return;
    }
    (this.root().activeElement as HTMLElement | null)?.blur();
    // A caret at the flag: the next Tab goes on from there, not from the end of the page.
    if (reading?.range.startContainer.isConnected)
      this.options.doc.getSelection()?.collapse(reading.range.startContainer, reading.range.startOffset);
  }

  hideSoon(): void {
    if (this.stays()) return;
    this.cancelHide();
    this.hideTimer = this.options.setTimeout(() => {
      this.hideTimer = null;
      if (!this.stays()) this.guard(() => this.hide());
    }, HIDE_DELAY_MS);
  }

  /** The pointer moved towards the card: a hide on its way waits again. */
  towards(): void {
    if (this.hideTimer !== null) this.hideSoon();
  }

  /** The pointer stopped on its way: a flag it rested on meanwhile opens now. */
  settled(): void {
    const pending = this.pendingRest;
    this.pendingRest = null;
    if (pending && !this.pointerInCard) this.rest(pending.entry, pending.line);
  }

  /** The pointer left every flag, or came onto one. */
  left(): void {
    this.pendingRest = null;
    this.hideSoon();
  }
  entered(entry: FlagEntry): void {
    if (this.pendingRest?.entry.flag.id !== entry.flag.id) this.pendingRest = null;
    if (this.open?.flag.id === entry.flag.id) this.cancelHide();
  }

  notice(text: string, tone: NoticeTone, action?: NoticeAction, takeFocus = false, topic?: NoticeTopic): void {
    this.shell.attach();
    this.notices.show(action ? { text, tone, action } : { text, tone }, topic);
    if (takeFocus) this.shell.mount.querySelector<HTMLButtonElement>('.notice button')?.focus({ preventScroll: true });
  }

  /**
   * The pointer rested on a flag: its card opens, in place of any other, pinned or not (hover
   * always works), except while the pointer is on its way to the open card across other flags.
   */
  rest(entry: FlagEntry, line: DOMRect): void {
    if (this.pageHidden || this.options.settings().cardOpensOn !== 'hover') return;
    if (this.open && this.open.flag.id !== entry.flag.id && this.heading()) {
      this.pendingRest = { entry, line };
      return;
    }
    this.show(entry.flag, entry.sentence, { line });
  }
}
