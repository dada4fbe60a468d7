/**
 * Which flag is under the pointer, for the card. The caret position under the point
 * (caretPositionFromPoint in Firefox, caretRangeFromPoint in Chrome) is tested against each
 * flag's range; the range's own boxes then confirm the pointer is on the text, not in the
 * margin beside it (the caret APIs answer with the nearest caret even there).
 */
import type { FlagEntry } from '../paint/flag-layer.ts';

interface CaretDocument {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const caretDoc = doc as Document & CaretDocument;
  if (typeof caretDoc.caretPositionFromPoint === 'function') {
    const position = caretDoc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof caretDoc.caretRangeFromPoint === 'function') {
    const range = caretDoc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

const within = (rect: DOMRect, x: number, y: number) => x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;

/** The flag under (x, y) and the line box the pointer is on, or null. */
export function flagAtPoint(
  doc: Document,
  x: number,
  y: number,
  entries: readonly FlagEntry[],
): { entry: FlagEntry; rect: DOMRect } | null {
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  for (const entry of entries) {
    let inRange = false;
    try {
      inRange = entry.sentence.isPointInRange(caret.node, caret.offset);
    } catch {
      continue; // a range on a node that left the page
    }
    if (!inRange) continue;
    const boxes = [...entry.sentence.getClientRects()];
    const rect = boxes.find((box) => within(box, x, y));
    if (rect || !boxes.length) return { entry, rect: rect ?? entry.sentence.getBoundingClientRect() };
  }
  return null;
}

export interface HoverOptions {
  doc: Document;
  entries: () => readonly FlagEntry[];
  /** A flag is under the pointer, at this line box. */
  onFlagHover: (entry: FlagEntry, line: DOMRect) => void;
  /** The pointer left the flags (for somewhere that is not Sourcelight's own UI). */
  onFlagLeave: () => void;
  /** Coalesces pointer moves: requestAnimationFrame. */
  schedule: (callback: () => void) => void;
  signal: AbortSignal;
  /** Only the reader's own pointer counts: a page script's forged pointermove is ignored. */
  isTrusted: (event: Event) => boolean;
  /** Events over Sourcelight's own UI (the card) are neither on a flag nor off one. */
  isOwnUi?: (target: EventTarget | null) => boolean;
  onError?: (error: unknown) => void;
}

/** Follows the reader's pointer and reports entering and leaving flags; torn down by the signal. */
export function trackFlagHover(options: HoverOptions): void {
  const { doc, entries, onFlagHover, onFlagLeave, schedule, signal, isTrusted, isOwnUi, onError } = options;
  let point: { x: number; y: number } | null = null;
  let pending = false;
  let currentId: number | null = null;

  const follow = () => {
    pending = false;
    if (signal.aborted || !point) return;
    const list = entries();
    // No flags, no caret lookup: caretPositionFromPoint may force a layout.
    const found = list.length ? flagAtPoint(doc, point.x, point.y, list) : null;
    const id = found ? found.entry.flag.id : null;
    if (id === currentId) return;
    currentId = id;
    if (found) onFlagHover(found.entry, found.rect);
    else onFlagLeave();
  };
  const update = () => {
    try {
      follow();
    } catch (error) {
      onError?.(error); // the page's own pointer handling must never suffer for the card
    }
  };

  doc.addEventListener(
    'pointermove',
    (event) => {
      if (!isTrusted(event)) return;
      if (isOwnUi?.(event.target)) {
        // Over the card: neither on a flag nor off one. Coming back onto the same flag counts anew.
        currentId = null;
        return;
      }
      point = { x: event.clientX, y: event.clientY };
      if (!pending) {
        pending = true;
        schedule(update);
      }
    },
    { passive: true, signal },
  );
  // The pointer left the window: `pointerleave` fires on the root element, not on the document.
  doc.documentElement.addEventListener(
    'pointerleave',
    (event) => {
      if (!isTrusted(event)) return;
      point = null;
      if (currentId !== null) {
        currentId = null;
        onFlagLeave();
      }
    },
    { signal },
  );
}
