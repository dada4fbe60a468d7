/**
 * Steps through the flags (keyboard commands, the popup's list): scrolls the flag's sentence
 * to the middle of the view and flashes it with the `sourcelight-focus` highlight.
 */
import type { FlagEntry } from './flag-layer.ts';

/** How long the focus flash stays. */
export const FOCUS_FLASH_MS = 1600;

export interface NavigatorOptions {
  entries: () => readonly FlagEntry[];
  focus: (range: Range | null) => void;
  win: Pick<Window, 'matchMedia'>;
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
  /** A flag was brought into view: by a keyboard command ('step') or from the popup ('reveal'). */
  onReveal?: (entry: FlagEntry, how: RevealKind) => void;
}

export type RevealKind = 'step' | 'reveal';

export interface FlagNavigator {
  /** The next (1) or previous (-1) flag, wrapping; its id, or null when there are none. */
  step(direction: 1 | -1): number | null;
  /** Scrolls to and flashes one flag; false when no flag has that id. */
  reveal(id: number): boolean;
  /** Forget the position (the flags changed completely, e.g. after navigation). */
  reset(): void;
}

export function createFlagNavigator({
  entries,
  focus,
  win,
  setTimeout,
  clearTimeout,
  onReveal,
}: NavigatorOptions): FlagNavigator {
  let current: number | null = null;
  let flashTimer: unknown = null;

  const show = (entry: FlagEntry, how: RevealKind) => {
    const reduceMotion = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    const anchor = entry.sentence.startContainer;
    const element = anchor.nodeType === 1 ? (anchor as Element) : anchor.parentElement;
    // The card opens right after this call, placed where the sentence is then: a smooth scroll
    // still under way (or waiting in a background tab, which runs no animation frames) leaves
    // it beside where the flag was, cut off at the viewport's edge (issue #18). A Show from the
    // popup, whose reader is not watching the page scroll, or a hidden tab, jumps at once.
    const hidden = anchor.ownerDocument?.visibilityState === 'hidden';
    const smooth = !reduceMotion && !hidden && how === 'step';
    element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
    focus(entry.sentence);
    if (flashTimer !== null) clearTimeout(flashTimer);
    flashTimer = setTimeout(() => {
      flashTimer = null;
      focus(null);
    }, FOCUS_FLASH_MS);
  };

  const bringIntoView = (id: number, how: RevealKind): boolean => {
    const entry = entries().find((e) => e.flag.id === id);
    if (!entry) return false;
    current = id;
    show(entry, how);
    onReveal?.(entry, how);
    return true;
  };
  const reveal = (id: number) => bringIntoView(id, 'reveal');

  return {
    step(direction) {
      const list = entries();
      if (!list.length) return null;
      const index =
        current === null ? (direction === 1 ? 0 : list.length - 1) : (current + direction + list.length) % list.length;
      const entry = list[Math.min(index, list.length - 1)]!;
      bringIntoView(entry.flag.id, 'step');
      return entry.flag.id;
    },
    reveal,
    reset() {
      current = null;
    },
  };
}
