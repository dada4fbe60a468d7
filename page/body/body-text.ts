/**
 * The article body as one string: its blocks in reading order joined by BLOCK_SEPARATOR. Flag
 * offsets, saved note positions and the detector's input all use these coordinates (the
 * command-line scanner joins an HTML page's blocks the same way). It grows block by block while
 * a long body is read, and maps offsets to DOM ranges and back.
 */
import { endPoint, startPoint, type TextBlock, type TextSegment } from './text-blocks.ts';

export const BLOCK_SEPARATOR = '\n';

interface PlacedBlock {
  block: TextBlock;
  /** Where the block's text starts in the body text. */
  start: number;
}

/** The block offset of a node offset within one segment. */
function blockOffset(segment: TextSegment, nodeOffset: number): number {
  const offsets = segment.offsets;
  if (!offsets) return Math.min(segment.start + nodeOffset, segment.end);
  // Folded white space: the last block offset whose node offset is not past the point.
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (offsets[middle]! <= nodeOffset) low = middle;
    else high = middle - 1;
  }
  return segment.start + low;
}

export class BodyText {
  private readonly placed: PlacedBlock[] = [];
  private joined = '';

  constructor(private readonly doc: Document) {}

  get text(): string {
    return this.joined;
  }

  get blocks(): readonly TextBlock[] {
    return this.placed.map((each) => each.block);
  }

  /** Adds the next block in reading order; returns where its text starts. */
  append(block: TextBlock): number {
    if (this.placed.length) this.joined += BLOCK_SEPARATOR;
    const start = this.joined.length;
    this.placed.push({ block, start });
    this.joined += block.text;
    return start;
  }

  /** Whether body text [start, end) has a range: inside the text, on blocks (told without reading the page). */
  covers(start: number, end: number): boolean {
    return this.blocksOf(start, end) !== null;
  }

  /** The block element holding body offset `offset`. */
  elementAt(offset: number): Element | null {
    return this.blockAt(offset, true)?.block.element ?? null;
  }

  /**
   * The range of [start, end) made later than the text was read: an empty range where the page
   * has changed under it since (the next analysis of the changed text replaces it).
   */
  rangeLater(start: number, end: number): Range {
    try {
      return this.rangeOf(start, end) ?? this.doc.createRange();
    } catch {
      return this.doc.createRange();
    }
  }

  /** The live range of body text [start, end), across blocks if need be; null outside the text. */
  rangeOf(start: number, end: number): Range | null {
    const blocks = this.blocksOf(start, end);
    if (!blocks) return null;
    const [first, last] = blocks;
    const from = startPoint(first.block, start - first.start);
    const to = endPoint(last.block, end - last.start);
    const range = this.doc.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  }

  /** The body text a DOM range covers, as offsets; null when it covers none of it. */
  spanOf(range: Range): { start: number; end: number } | null {
    let start = -1;
    let end = -1;
    for (const { block, start: base } of this.placed) {
      for (const segment of block.segments) {
        let inside = false;
        try {
          inside = range.intersectsNode(segment.node);
        } catch {
          inside = false; // a node that left the page
        }
        if (!inside) continue;
        const from = segment.node === range.startContainer ? blockOffset(segment, range.startOffset) : segment.start;
        const to = segment.node === range.endContainer ? blockOffset(segment, range.endOffset) : segment.end;
        if (start === -1) start = base + from;
        end = base + to;
      }
    }
    return start === -1 || end <= start ? null : { start, end };
  }

  /** The blocks where [start, end) starts and ends, or null outside the text. */
  private blocksOf(start: number, end: number): [PlacedBlock, PlacedBlock] | null {
    if (!this.placed.length || start < 0 || end > this.joined.length || end <= start) return null;
    const first = this.blockAt(start, true);
    const last = this.blockAt(end - 1, false);
    return first && last ? [first, last] : null;
  }

  /** The block holding body offset `offset` (a separator belongs to the block after it when `forward`). */
  private blockAt(offset: number, forward: boolean): PlacedBlock | null {
    let low = 0;
    let high = this.placed.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.placed[middle]!.start <= offset) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    if (found === -1) return null;
    const block = this.placed[found]!;
    return forward && offset > block.start + block.block.text.length ? (this.placed[found + 1] ?? null) : block;
  }
}

export function createBodyText(blocks: readonly TextBlock[], doc: Document): BodyText {
  const body = new BodyText(doc);
  for (const block of blocks) body.append(block);
  return body;
}
