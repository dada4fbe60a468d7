/**
 * The article body as one string (blocks in reading order, joined by BLOCK_SEPARATOR, the
 * coordinates flag offsets and saved note positions use) and the way back from offsets to DOM
 * ranges and from a DOM range to offsets.
 */
import { BLOCK_SEPARATOR } from './page-scanner.ts';
import { rangeFor, type TextBlock, type TextSegment } from './text-blocks.ts';

export interface BodyText {
  text: string;
  /** The live range of body text [start, end), across blocks if need be; null outside the text. */
  rangeOf(start: number, end: number): Range | null;
  /** The body text a DOM range covers, as offsets; null when it covers none of it. */
  spanOf(range: Range): { start: number; end: number } | null;
}

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

export function createBodyText(blocks: readonly TextBlock[], doc: Document): BodyText {
  const placed: PlacedBlock[] = [];
  let text = '';
  for (const block of blocks) {
    if (placed.length) text += BLOCK_SEPARATOR;
    placed.push({ block, start: text.length });
    text += block.text;
  }

  /** The block holding body offset `offset` (a separator belongs to the block after it when `forward`). */
  const blockAt = (offset: number, forward: boolean): PlacedBlock | null => {
    let low = 0;
    let high = placed.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (placed[middle]!.start <= offset) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    if (found === -1) return null;
    const block = placed[found]!;
    // A separator belongs to the block after it when looking forwards.
    return forward && offset > block.start + block.block.text.length ? (placed[found + 1] ?? null) : block;
  };

  return {
    text,
    rangeOf(start, end) {
      if (!placed.length || start < 0 || end > text.length || end <= start) return null;
      const first = blockAt(start, true);
      const last = blockAt(end - 1, false);
      if (!first || !last) return null;
      const head = rangeFor(first.block, start - first.start, first.block.text.length, doc);
      const tail = rangeFor(last.block, 0, end - last.start, doc);
      const range = doc.createRange();
      range.setStart(head.startContainer, head.startOffset);
      range.setEnd(tail.endContainer, tail.endOffset);
      return range;
    },
    spanOf(range) {
      let start = -1;
      let end = -1;
      for (const { block, start: base } of placed) {
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
    },
  };
}
