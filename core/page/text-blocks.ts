/**
 * Text blocks: the body's text nodes grouped by their nearest block-level ancestor, each
 * block's text the concatenation of its nodes' data with white-space runs folded to one space
 * (as a reader sees it). Every block offset maps back to a node and an offset in it, so a span
 * the detector finds becomes a DOM Range.
 */

export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HTML', 'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT',
  'TH', 'THEAD', 'TR', 'UL',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export interface TextSegment {
  node: Text;
  /** Where this node's text starts in the block's text. */
  start: number;
  /** Where it ends (exclusive). */
  end: number;
  /**
   * Node offset for each block offset from `start` to `end` inclusive, when folding white space
   * made them differ; absent when block offset − start equals the node offset.
   */
  offsets?: Uint32Array;
}

export interface TextBlock {
  element: Element;
  text: string;
  segments: TextSegment[];
}

export const isBlockElement = (element: Element): boolean => BLOCK_TAGS.has(element.tagName.toUpperCase());

/** The nearest block-level ancestor of a node (the body at worst). */
export function blockElementOf(node: Node): Element | null {
  for (let current = node.parentElement; current; current = current.parentElement) {
    if (isBlockElement(current)) return current;
  }
  return null;
}

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 12 || code === 13;

/** True when a <br> or a block element sits between two text nodes of one block: they read as separate lines. */
function brokenBetween(a: Text, b: Text, doc: Document): boolean {
  const walker = doc.createTreeWalker(doc, 0x1 /* SHOW_ELEMENT */ | 0x4 /* SHOW_TEXT */);
  walker.currentNode = a;
  for (let node = walker.nextNode(); node && node !== b; node = walker.nextNode()) {
    if (node.nodeType === ELEMENT_NODE && ((node as Element).tagName === 'BR' || isBlockElement(node as Element))) return true;
  }
  return false;
}

class BlockBuilder {
  text = '';
  segments: TextSegment[] = [];
  private lastSpace = true; // leading white space of a block is dropped

  constructor(readonly element: Element) {}

  /** A separator that belongs to no node (a <br>, a nested block): one space unless one is there. */
  addBreak(): void {
    if (!this.lastSpace) {
      this.text += ' ';
      this.lastSpace = true;
    }
  }

  add(node: Text): void {
    const data = node.data;
    const start = this.text.length;
    let out = '';
    let offsets: number[] | null = null;
    for (let i = 0; i < data.length; i++) {
      const space = isSpace(data.charCodeAt(i));
      if (space && this.lastSpace) {
        offsets ??= Array.from({ length: out.length }, (_, k) => k);
        continue;
      }
      // A tab or newline becomes a space: the character count is unchanged, only the value.
      offsets?.push(i);
      out += space ? ' ' : data[i];
      this.lastSpace = space;
    }
    if (!out) return;
    offsets?.push(offsets.length ? offsets[offsets.length - 1]! + 1 : 0);
    this.text += out;
    const segment: TextSegment = { node, start, end: this.text.length };
    if (offsets) segment.offsets = Uint32Array.from(offsets);
    this.segments.push(segment);
  }

  finish(): TextBlock | null {
    // A trailing space is dropped: it belongs to the last segment, or is a break.
    if (this.text.endsWith(' ')) {
      this.text = this.text.slice(0, -1);
      const last = this.segments[this.segments.length - 1];
      if (last && last.end > this.text.length) {
        last.end = this.text.length;
        if (last.offsets) last.offsets = last.offsets.slice(0, last.end - last.start + 1);
        if (last.end === last.start) this.segments.pop();
      }
    }
    return this.text ? { element: this.element, text: this.text, segments: this.segments } : null;
  }
}

/**
 * Groups text nodes (in document order) into blocks, in the order of their first node.
 * Nodes whose block is not contiguous (text, a nested block, more text) still join one block.
 */
export function buildBlocks(textNodes: Iterable<Text>, doc: Document): TextBlock[] {
  const builders = new Map<Element, { builder: BlockBuilder; last: Text }>();
  for (const node of textNodes) {
    const element = blockElementOf(node);
    if (!element) continue;
    const entry = builders.get(element);
    if (!entry) {
      const builder = new BlockBuilder(element);
      builder.add(node);
      builders.set(element, { builder, last: node });
      continue;
    }
    if (brokenBetween(entry.last, node, doc)) entry.builder.addBreak();
    entry.builder.add(node);
    entry.last = node;
  }
  const blocks: TextBlock[] = [];
  for (const { builder } of builders.values()) {
    const block = builder.finish();
    if (block) blocks.push(block);
  }
  return blocks;
}

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'svg', 'SVG', 'math']);

/**
 * The text nodes of one block element: its own, and those of inline descendants, never those
 * of nested blocks. `accept` filters nodes (the body predicate).
 */
export function blockTextNodes(element: Element, accept: (node: Text) => boolean): Text[] {
  const nodes: Text[] = [];
  const visit = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        if (accept(child as Text)) nodes.push(child as Text);
      } else if (child.nodeType === ELEMENT_NODE) {
        const el = child as Element;
        if (SKIPPED_TAGS.has(el.tagName) || isBlockElement(el)) continue;
        visit(el);
      }
    }
  };
  visit(element);
  return nodes;
}

/** Rebuilds one block from the live DOM, or null when it holds no text any more. */
export function buildBlock(element: Element, accept: (node: Text) => boolean, doc: Document): TextBlock | null {
  return buildBlocks(blockTextNodes(element, accept), doc).find((block) => block.element === element) ?? null;
}

function nodeOffset(segment: TextSegment, offset: number): number {
  const index = offset - segment.start;
  return segment.offsets ? segment.offsets[index]! : index;
}

/**
 * The DOM range of block text [start, end). Offsets that fall on a break (text no node holds)
 * snap to the next segment for the start and the previous one for the end.
 */
export function rangeFor(block: TextBlock, start: number, end: number, doc: Document): Range {
  const { segments } = block;
  if (!segments.length) throw new RangeError('empty block');
  const clampedStart = Math.max(0, Math.min(start, block.text.length));
  const clampedEnd = Math.max(clampedStart, Math.min(end, block.text.length));
  const first = segments.find((s) => clampedStart < s.end) ?? segments[segments.length - 1]!;
  let last = first;
  for (const segment of segments) {
    if (segment.start < clampedEnd) last = segment;
    else break;
  }
  const range = doc.createRange();
  range.setStart(first.node, nodeOffset(first, Math.max(clampedStart, first.start)));
  range.setEnd(last.node, nodeOffset(last, Math.min(Math.max(clampedEnd, last.start), last.end)));
  if (range.collapsed && clampedEnd > clampedStart && last === first) {
    // Start snapped past the end: keep the range where the start is.
    range.setEnd(first.node, nodeOffset(first, Math.max(clampedStart, first.start)));
  }
  return range;
}
