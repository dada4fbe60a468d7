/**
 * The safe path from a flag to its card, as menus keep a submenu open: while the reader's
 * pointer moves towards the open card, the card waits for it, however long the way and whatever
 * text (or other flags) it crosses. A move counts as heading for the card when it brings the
 * pointer closer to the card's box; the card is lost only once the pointer stops, or turns away,
 * for longer than the hide delay. Only the reader's own (trusted) moves count.
 */
import type { Box } from './card-placement.ts';

/** A move must bring the pointer at least this much closer (sub-pixel jitter is not a direction). */
const CLOSER_BY_PX = 0.5;
/** After its last move towards the card, the pointer still counts as on its way for this long. */
export const HEADING_MS = 150;

export interface Point {
  x: number;
  y: number;
}

/** Distance from a point to a box (0 inside it). */
export function distanceToBox(point: Point, box: Box): number {
  const dx = Math.max(box.left - point.x, 0, point.x - box.right);
  const dy = Math.max(box.top - point.y, 0, point.y - box.bottom);
  return Math.hypot(dx, dy);
}

export interface SafePathOptions {
  doc: Document;
  signal: AbortSignal;
  isTrusted(event: Event): boolean;
  isOwnUi(target: EventTarget | null): boolean;
  /** The open card's box in viewport pixels, or null when no card is open. */
  cardBox(): Box | null;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** The pointer moved towards the card. */
  onTowards(): void;
  /** The pointer stopped heading for the card (no move towards it for HEADING_MS). */
  onSettled(): void;
  onError?: (error: unknown) => void;
}

export interface SafePath {
  /** True while the pointer is on its way to the card. */
  heading(): boolean;
  /** A new card opened (or none is): distances start again. */
  reset(): void;
}

export function watchSafePath(options: SafePathOptions): SafePath {
  const { doc, signal, isTrusted, isOwnUi } = options;
  let last: number | null = null;
  let heading = false;
  let settle: unknown = null;
  const stopSettle = () => {
    if (settle !== null) options.clearTimeout(settle);
    settle = null;
  };
  signal.addEventListener('abort', stopSettle, { once: true });

  const moved = (point: Point) => {
    const box = options.cardBox();
    if (!box) {
      last = null;
      return;
    }
    const distance = distanceToBox(point, box);
    const closer = last !== null && distance < last - CLOSER_BY_PX;
    last = distance;
    if (!closer) return;
    heading = true;
    stopSettle();
    settle = options.setTimeout(() => {
      settle = null;
      heading = false;
      options.onSettled();
    }, HEADING_MS);
    options.onTowards();
  };

  doc.addEventListener(
    'pointermove',
    (event) => {
      if (!isTrusted(event) || isOwnUi(event.target)) return;
      try {
        moved({ x: event.clientX, y: event.clientY });
      } catch (error) {
        options.onError?.(error);
      }
    },
    { passive: true, signal },
  );

  return {
    heading: () => heading,
    reset() {
      last = null;
      heading = false;
      stopSettle();
    },
  };
}
