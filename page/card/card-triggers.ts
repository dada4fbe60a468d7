/**
 * What opens, pins and closes the card: the reader's pointer resting on a flag (hover intent),
 * a click on a flag, a click elsewhere, Escape. Only trusted input counts: a page script can
 * dispatch any event it likes, but it cannot make `event.isTrusted` true.
 */
import { flagAtPoint, trackFlagHover } from './hover-target.ts';
import type { FlagEntry } from '../paint/flag-layer.ts';

/** The pointer must rest on a flag this long before its card opens: passing over text opens nothing. */
export const HOVER_INTENT_MS = 250;

export interface CardTriggerOptions {
  doc: Document;
  entries: () => readonly FlagEntry[];
  schedule: (callback: () => void) => void;
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
  signal: AbortSignal;
  isTrusted: (event: Event) => boolean;
  isOwnUi: (target: EventTarget | null) => boolean;
  /** The pointer rested on a flag (hover intent fulfilled). */
  onRest(entry: FlagEntry, line: DOMRect): void;
  /** The pointer came onto a flag (before any intent): an open card for it must not hide. */
  onEnter(entry: FlagEntry): void;
  /** The pointer left every flag (not for the card). */
  onLeave(): void;
  /** A click on a flag. */
  onFlagClick(entry: FlagEntry, line: DOMRect): void;
  /** A click on the page away from flags and from the card. */
  onClickAway(): void;
  /** Escape pressed on the page (inside the card, the card handles it itself). */
  onEscape(): void;
  onError?: (error: unknown) => void;
}

/** Clicks on these are the page's own controls: following a link inside a flag must not pin a card. */
const INTERACTIVE = 'a[href], button, input, select, textarea, label, summary, [contenteditable], [role="button"], [role="link"]';

export function watchCardTriggers(options: CardTriggerOptions): void {
  const { doc, entries, signal, isTrusted, isOwnUi } = options;
  let intent: unknown = null;
  const cancelIntent = () => {
    if (intent !== null) options.clearTimeout(intent);
    intent = null;
  };
  signal.addEventListener('abort', cancelIntent, { once: true });

  trackFlagHover({
    doc,
    entries,
    schedule: options.schedule,
    signal,
    isTrusted,
    isOwnUi,
    ...(options.onError ? { onError: options.onError } : {}),
    onFlagHover(entry, line) {
      cancelIntent();
      options.onEnter(entry);
      intent = options.setTimeout(() => {
        intent = null;
        if (!signal.aborted) options.onRest(entry, line);
      }, HOVER_INTENT_MS);
    },
    onFlagLeave() {
      cancelIntent();
      options.onLeave();
    },
  });

  doc.addEventListener(
    'click',
    (event) => {
      if (!isTrusted(event) || isOwnUi(event.target) || event.button !== 0) return;
      try {
        const target = event.target as Element | null;
        // Selecting text ends in a click too: the reader was selecting, not asking for a card.
        const selection = doc.getSelection();
        if (target?.closest?.(INTERACTIVE) || (selection && !selection.isCollapsed)) return;
        const list = entries();
        const found = list.length ? flagAtPoint(doc, event.clientX, event.clientY, list) : null;
        cancelIntent();
        if (found) options.onFlagClick(found.entry, found.rect);
        else options.onClickAway();
      } catch (error) {
        options.onError?.(error);
      }
    },
    { signal, passive: true },
  );

  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && isTrusted(event) && !isOwnUi(event.target)) options.onEscape();
    },
    { signal },
  );
}
