/**
 * Puts the open card on the page where card-placement.ts says, measuring what it needs from the
 * live page: the card's size, the sentence's line boxes, other flags near the view, and where
 * the host's zero-size box sits (the card is positioned inside it, in page coordinates, so it
 * scrolls with the text it explains).
 */
import { boxesOf, placeCard, type Box, type Side } from './card-placement.ts';
import type { FlagEntry } from '../paint/flag-layer.ts';

/** Other flags the card should not cover are looked for among this many. */
const AVOID_SCAN_LIMIT = 400;
/** Before the card has been measured (happy-dom has no layout): its usual size. */
const DEFAULT_SIZE = { width: 340, height: 180 };

export interface CardAnchor {
  flagId: number;
  range: Range;
  /** The line box the pointer was on, with the scroll position it was measured at. */
  line: { box: Box; scrollY: number } | null;
}

export interface PositionContext {
  doc: Document;
  host: HTMLElement;
  entries: () => readonly FlagEntry[];
}

function viewportOf(doc: Document) {
  const view = doc.defaultView;
  return { width: doc.documentElement.clientWidth || view?.innerWidth || 0, height: view?.innerHeight || 0 };
}

/** Line boxes of the other flags within a card's height of the view. */
function otherFlags(context: PositionContext, flagId: number, reach: number): Box[] {
  const boxes: Box[] = [];
  const list = context.entries();
  const bottom = viewportOf(context.doc).height + reach;
  for (let index = 0; index < list.length && index < AVOID_SCAN_LIMIT; index++) {
    const entry = list[index]!;
    if (entry.flag.id === flagId) continue;
    const near = entry.sentence.getBoundingClientRect();
    if (near.bottom < -reach || near.top > bottom) continue;
    boxes.push(...boxesOf(entry.sentence.getClientRects()));
  }
  return boxes;
}

/** The reader's line now: the box measured at hover time, moved by any scrolling since. */
function currentLine(anchor: CardAnchor, target: Box[], doc: Document): Box {
  if (anchor.line) {
    const scrolled = (doc.defaultView?.scrollY ?? 0) - anchor.line.scrollY;
    return { ...anchor.line.box, top: anchor.line.box.top - scrolled, bottom: anchor.line.box.bottom - scrolled };
  }
  return target[0] ?? boxesOf([anchor.range.getBoundingClientRect()])[0] ?? { left: 0, top: 0, right: 0, bottom: 0 };
}

/**
 * A key for what the placement depends on: unchanged, the card stays where it is. Its own size is
 * left out: a card that grows under the reader's pointer (a status line, its meaning unfolded)
 * must not jump away from it.
 */
export function placementKey(anchor: CardAnchor, doc: Document): string {
  const target = boxesOf(anchor.range.getClientRects());
  const line = currentLine(anchor, target, doc);
  return `${anchor.flagId}:${Math.round(line.top)}:${Math.round(line.left)}`;
}

export function positionCard(card: HTMLElement, anchor: CardAnchor, context: PositionContext): Side {
  const size = { width: card.offsetWidth || DEFAULT_SIZE.width, height: card.offsetHeight || DEFAULT_SIZE.height };
  const target = boxesOf(anchor.range.getClientRects());
  const line = currentLine(anchor, target, context.doc);
  const spot = placeCard({
    size,
    target,
    line,
    avoid: otherFlags(context, anchor.flagId, size.height),
    viewport: viewportOf(context.doc),
  });
  const origin = context.host.getBoundingClientRect();
  card.style.left = `${Math.round(spot.left - origin.left)}px`;
  card.style.top = `${Math.round(spot.top - origin.top)}px`;
  card.dataset.side = spot.side;
  return spot.side;
}
