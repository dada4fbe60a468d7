/**
 * The article body as an ordered list of text blocks, kept up to date as the page changes. A
 * block may wait unbuilt (its text nodes only): building 5,000 blocks at once would be a long
 * task, so they are built as the analysis reaches them.
 */
import { blockFromNodes, type PendingBlock, type TextBlock } from './text-blocks.ts';

export type BlockInput = TextBlock | PendingBlock;

const isBuilt = (block: BlockInput): block is TextBlock => 'text' in block;

/** Document order, for binary insertion of new blocks. */
const precedes = (a: Node, b: Node) => !!(a.compareDocumentPosition(b) & 4) /* FOLLOWING */;

export class BodyBlocks {
  private readonly byElement = new Map<Element, BlockInput>();
  private order: Element[] = [];
  /** Bumped by every change, so work on an older state of the body can tell it is stale. */
  version = 0;

  get size(): number {
    return this.order.length;
  }

  /** Replaces every block (a full rescan); given in reading order. */
  set(blocks: readonly BlockInput[]): void {
    this.byElement.clear();
    for (const block of blocks) this.byElement.set(block.element, block);
    this.order = blocks.map((block) => block.element);
    this.version++;
  }

  /** Adds new blocks and replaces changed ones, keeping reading order. */
  upsert(blocks: readonly BlockInput[]): void {
    for (const block of blocks) {
      if (!this.byElement.has(block.element)) this.insertInOrder(block.element);
      this.byElement.set(block.element, block);
    }
    if (blocks.length) this.version++;
  }

  remove(elements: Iterable<Element>): void {
    const gone = new Set<Element>();
    for (const element of elements) if (this.byElement.delete(element)) gone.add(element);
    if (!gone.size) return;
    this.order = this.order.filter((element) => !gone.has(element));
    this.version++;
  }

  /** Drops blocks whose element left the page. */
  prune(): void {
    this.remove(this.order.filter((element) => !element.isConnected));
  }

  clear(): void {
    this.set([]);
  }

  has(element: Element): boolean {
    return this.byElement.has(element);
  }

  /** The block at a reading position, built now if it was waiting; null when it holds no text. */
  builtAt(index: number, doc: Document): TextBlock | null {
    const element = this.order[index];
    const block = element ? this.byElement.get(element) : undefined;
    if (!element || !block) return null;
    if (isBuilt(block)) return block;
    const built = blockFromNodes(block, doc);
    if (built) this.byElement.set(element, built);
    return built;
  }

  /** The built blocks in reading order (unbuilt ones are skipped). */
  built(): TextBlock[] {
    const blocks: TextBlock[] = [];
    for (const element of this.order) {
      const block = this.byElement.get(element);
      if (block && isBuilt(block)) blocks.push(block);
    }
    return blocks;
  }

  private insertInOrder(element: Element): void {
    let low = 0;
    let high = this.order.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (precedes(this.order[middle]!, element)) low = middle + 1;
      else high = middle;
    }
    this.order.splice(low, 0, element);
  }
}
