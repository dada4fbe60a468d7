/**
 * Text blocks: the body's text nodes grouped by their nearest block-level ancestor, each
 * block's text the concatenation of its nodes' data with white-space runs folded to one space
 * (as a reader sees it). Every block offset maps back to a node and an offset in it, so a span
 * the detector finds becomes a DOM Range.
 */
import { isCaptionBlock } from './body-furniture.ts';

/** Block-level elements by local name (always lower case for HTML elements, in HTML and XHTML). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'html',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
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

export const isBlockElement = (element: Element): boolean => BLOCK_TAGS.has(element.localName);

/** The element itself if it is block-level, else its nearest block-level ancestor (the body at worst). */
export function closestBlock(element: Element | null): Element | null {
  for (let current = element; current; current = current.parentElement) {
    if (isBlockElement(current)) return current;
  }
  return null;
}

/** The nearest block-level ancestor of a node. */
export const blockElementOf = (node: Node): Element | null => closestBlock(node.parentElement);

/** White space that folding would change: a tab, a line break, or two spaces in a row. */
const FOLDABLE = /[\t\n\f\r]| {2}/;

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 12 || code === 13;

/**
 * Only white space (or nothing): the characters `isSpace` knows. A loop, not a regular
 * expression: it is asked of every text node of a long page, and most answer at their first character.
 */
export function isBlank(data: string): boolean {
  for (let i = 0; i < data.length; i++) if (!isSpace(data.charCodeAt(i))) return false;
  return true;
}

/** True when a <br> or a block element sits between two text nodes of one block: they read as separate lines. */
function brokenBetween(a: Text, b: Text, doc: Document): boolean {
  const walker = doc.createTreeWalker(doc, 0x1 /* SHOW_ELEMENT */ | 0x4 /* SHOW_TEXT */);
  walker.currentNode = a;
  for (let node = walker.nextNode(); node && node !== b; node = walker.nextNode()) {
    if (node.nodeType === ELEMENT_NODE && ((node as Element).localName === 'br' || isBlockElement(node as Element))) return true;
  }
  return false;
}

class BlockBuilder {
  text = '';
  segments: TextSegment[] = [];
  private lastSpace = true; // leading white space of a block is dropped

  constructor(readonly element: Element) {}

  /**
   * A separator that belongs to no node (a <br>, a nested block): a line break, as the
   * command-line scanner writes one, so both split the text into the same sentences.
   */
  addBreak(): void {
    this.dropTrailingSpace();
    if (this.text && !this.text.endsWith('\n')) this.text += '\n';
    this.lastSpace = true;
  }

  /** A trailing space belongs to the last segment, or is a break: it goes where a line ends. */
  private dropTrailingSpace(): void {
    if (!this.text.endsWith(' ')) return;
    this.text = this.text.slice(0, -1);
    const last = this.segments[this.segments.length - 1];
    if (last && last.end > this.text.length) {
      last.end = this.text.length;
      if (last.offsets) last.offsets = last.offsets.slice(0, last.end - last.start + 1);
      if (last.end === last.start) this.segments.pop();
    }
  }

  /** `data` is the node's, when the caller read it already (each read is a call into the DOM). */
  add(node: Text, data = node.data): void {
    if (!data) return;
    const start = this.text.length;
    // Fast path, most nodes: nothing to fold, so block offsets and node offsets agree.
    if (!FOLDABLE.test(data) && !(this.lastSpace && data.charCodeAt(0) === 32)) {
      this.text += data;
      this.lastSpace = data.charCodeAt(data.length - 1) === 32;
      this.segments.push({ node, start, end: this.text.length });
      return;
    }
    let out = '';
    const offsets: number[] = [];
    for (let i = 0; i < data.length; i++) {
      const space = isSpace(data.charCodeAt(i));
      if (space && this.lastSpace) continue;
      // A tab or newline becomes a space: one character for one, only the value changes.
      offsets.push(i);
      out += space ? ' ' : data[i];
      this.lastSpace = space;
    }
    if (!out) return;
    offsets.push(offsets[offsets.length - 1]! + 1);
    this.text += out;
    const segment: TextSegment = { node, start, end: this.text.length };
    if (out.length !== data.length || offsets[0] !== 0) segment.offsets = Uint32Array.from(offsets);
    this.segments.push(segment);
  }

  finish(): TextBlock | null {
    this.dropTrailingSpace();
    if (this.text.endsWith('\n')) this.text = this.text.slice(0, -1);
    return this.text ? { element: this.element, text: this.text, segments: this.segments } : null;
  }
}

/** Text nodes of one block element, in document order: a block not yet built. */
export interface PendingBlock {
  element: Element;
  nodes: Text[];
}

/**
 * Groups text nodes (in document order) by their nearest block ancestor, in the order of each
 * block's first node. Cheap: the text is read later, block by block (see `blockFromNodes`).
 * Nodes whose block is not contiguous (text, a nested block, more text) still join one block.
 */
export function groupByBlock(textNodes: Iterable<Text>): PendingBlock[] {
  const groups = new Map<Element, PendingBlock>();
  for (const node of textNodes) {
    const element = blockElementOf(node);
    if (!element) continue;
    const group = groups.get(element);
    if (group) group.nodes.push(node);
    else groups.set(element, { element, nodes: [node] });
  }
  return [...groups.values()];
}

/** The block of one element's text nodes, or null when they hold no text (or only a caption's). */
export function blockFromNodes(pending: PendingBlock, doc: Document): TextBlock | null {
  const block = asItIs(pending) ?? built(pending, doc);
  return block && !isCaptionBlock(pending.element, block.text) ? block : null;
}

/** Most blocks of a long page are one text node with nothing to fold: its text as it is (null otherwise). */
function asItIs({ element, nodes }: PendingBlock): TextBlock | null {
  if (nodes.length !== 1) return null;
  const node = nodes[0]!;
  const data = node.data;
  const last = data.length - 1;
  if (last < 0 || isSpace(data.charCodeAt(0)) || isSpace(data.charCodeAt(last)) || FOLDABLE.test(data)) return null;
  return { element, text: data, segments: [{ node, start: 0, end: data.length }] };
}

function built({ element, nodes }: PendingBlock, doc: Document): TextBlock | null {
  const builder = new BlockBuilder(element);
  let last: Text | null = null;
  // Blank nodes wait for the next node with text: a space between words unless a break comes
  // first, and nothing at a line's edge. So the breaks are looked for once per pair of nodes
  // with text, not between every blank (the white space between a container's 5,000 <p>s).
  const blanks: Text[] = [];
  for (const node of nodes) {
    const data = node.data;
    if (isBlank(data)) {
      blanks.push(node);
      continue;
    }
    if (last && brokenBetween(last, node, doc)) builder.addBreak();
    else for (const blank of blanks) builder.add(blank);
    blanks.length = 0;
    builder.add(node, data);
    last = node;
  }
  return builder.finish();
}

export function buildBlocks(textNodes: Iterable<Text>, doc: Document): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const pending of groupByBlock(textNodes)) {
    const block = blockFromNodes(pending, doc);
    if (block) blocks.push(block);
  }
  return blocks;
}

const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'select', 'svg', 'math']);

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
        if (SKIPPED_TAGS.has(el.localName) || isBlockElement(el)) continue;
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

/** A boundary point in the DOM. */
export interface DomPoint {
  node: Text;
  offset: number;
}

const clamp = (block: TextBlock, offset: number) => Math.max(0, Math.min(offset, block.text.length));

/** Where a range starting at block offset `start` starts: on a break, at the next segment. */
export function startPoint(block: TextBlock, start: number): DomPoint {
  const { segments } = block;
  if (!segments.length) throw new RangeError('empty block');
  const offset = clamp(block, start);
  const segment = segments.find((s) => offset < s.end) ?? segments[segments.length - 1]!;
  return { node: segment.node, offset: nodeOffset(segment, Math.max(offset, segment.start)) };
}

/** Where a range ending at block offset `end` ends: on a break, at the previous segment. */
export function endPoint(block: TextBlock, end: number): DomPoint {
  const { segments } = block;
  if (!segments.length) throw new RangeError('empty block');
  const offset = clamp(block, end);
  let segment = segments.find((s) => offset < s.end) ?? segments[segments.length - 1]!;
  for (const each of segments) {
    if (each.start < offset) segment = each;
    else break;
  }
  return { node: segment.node, offset: nodeOffset(segment, Math.min(Math.max(offset, segment.start), segment.end)) };
}

/**
 * The DOM range of block text [start, end). Offsets that fall on a break (text no node holds)
 * snap to the next segment for the start and the previous one for the end.
 */
export function rangeFor(block: TextBlock, start: number, end: number, doc: Document): Range {
  const from = startPoint(block, start);
  const to = endPoint(block, Math.max(clamp(block, start), end));
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  if (range.collapsed && to.node === from.node && clamp(block, end) > clamp(block, start)) {
    // Start snapped past the end: keep the range where the start is.
    range.setEnd(from.node, from.offset);
  }
  return range;
}
