/**
 * Where the card goes: beside the flagged sentence (in the margin), or above or below it, but
 * never over the flagged text, and over as few other flags as possible (a card that covers a
 * flag keeps the reader from hovering it). Pure: boxes in, a position out, in viewport pixels.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type Side = 'right' | 'left' | 'above' | 'below' | 'above-line' | 'below-line';

export interface PlacementInput {
  size: { width: number; height: number };
  /** The flagged sentence's line boxes. */
  target: readonly Box[];
  /** The line the reader is on (the hovered line box, or the sentence's first line). */
  line: Box;
  /** Other flags' line boxes near the view. */
  avoid: readonly Box[];
  viewport: { width: number; height: number };
}

export interface Placement {
  left: number;
  top: number;
  side: Side;
}

/** Space between the text and the card, and between the card and the window's edge. */
export const GAP_PX = 10;
export const MARGIN_PX = 8;

/** Covering the flagged text is never worth it; leaving the window is worse than covering other flags. */
const COVER_TARGET_WEIGHT = 1_000_000;
const OFFSCREEN_WEIGHT = 50;
/** Later sides in the list lose ties: the margin first, then above (it hides what was read, not what comes next). */
const ORDER_PENALTY = 1;

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

const union = (boxes: readonly Box[], fallback: Box): Box =>
  boxes.length
    ? {
        left: Math.min(...boxes.map((b) => b.left)),
        top: Math.min(...boxes.map((b) => b.top)),
        right: Math.max(...boxes.map((b) => b.right)),
        bottom: Math.max(...boxes.map((b) => b.bottom)),
      }
    : fallback;

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(value, high));

function candidates({ size, target, line, viewport }: PlacementInput): Array<Placement> {
  const bounds = union(target, line);
  const { width, height } = size;
  // Across: keep the card inside the window when it fits. Down: start at the reader's line.
  const x = clamp(line.left, MARGIN_PX, viewport.width - width - MARGIN_PX);
  const y = clamp(line.top - GAP_PX, MARGIN_PX, viewport.height - height - MARGIN_PX);
  return [
    { side: 'right', left: bounds.right + GAP_PX, top: y },
    { side: 'left', left: bounds.left - GAP_PX - width, top: y },
    { side: 'above', left: x, top: bounds.top - GAP_PX - height },
    { side: 'below', left: x, top: bounds.bottom + GAP_PX },
    // A sentence taller than the window: at least keep the reader's line clear.
    { side: 'above-line', left: x, top: line.top - GAP_PX - height },
    { side: 'below-line', left: x, top: line.bottom + GAP_PX },
  ];
}

function cost(placement: Placement, input: PlacementInput, index: number): number {
  const { width, height } = input.size;
  const box = { left: placement.left, top: placement.top, right: placement.left + width, bottom: placement.top + height };
  const screen = { left: 0, top: 0, right: input.viewport.width, bottom: input.viewport.height };
  const hidden = width * height - overlap(box, screen);
  const covered = input.target.reduce((sum, each) => sum + overlap(box, each), 0);
  const others = input.avoid.reduce((sum, each) => sum + overlap(box, each), 0);
  return covered * COVER_TARGET_WEIGHT + hidden * OFFSCREEN_WEIGHT + others + index * ORDER_PENALTY;
}

export function placeCard(input: PlacementInput): Placement {
  let best: Placement | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  candidates(input).forEach((placement, index) => {
    const value = cost(placement, input, index);
    if (value < bestCost) {
      best = placement;
      bestCost = value;
    }
  });
  return best!;
}

/** The boxes of a DOMRectList-like as plain boxes. */
export const boxesOf = (rects: Iterable<DOMRect>): Box[] =>
  [...rects].filter((r) => r.width > 0 || r.height > 0).map(({ left, top, right, bottom }) => ({ left, top, right, bottom }));
