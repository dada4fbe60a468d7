/**
 * Groups a body's text nodes into pending blocks a slice at a time, so a 5,000-paragraph page
 * never spends one long task walking its text. The nodes come from a list (a body Readability
 * found) or from walking the body root (a page too large for Readability), with furniture
 * left out as the walk goes.
 */
import { closestBlock, isBlank, type PendingBlock } from './text-blocks.ts';

/** Nodes handled between two looks at the clock. */
const CLOCK_EVERY = 128;

export interface BlockGatherer {
  /** Gathers until `deadline` (on `now`'s clock) or the end; true when every node is grouped. */
  step(deadline: number): boolean;
  /** The blocks so far, in the order of each block's first node. */
  blocks(): PendingBlock[];
}

export interface GatherSource {
  /** The body's text nodes, known already; or null to walk `root`. */
  textNodes: readonly Text[] | null;
  root: Element;
  /** For a walk: true for a text node's parent whose text is not body text (furniture). */
  excluded: (element: Element) => boolean;
  /** Stop once this much raw text is gathered. */
  maxChars?: number;
}

export function createBlockGatherer(source: GatherSource, doc: Document, now: () => number): BlockGatherer {
  const groups = new Map<Element, PendingBlock>();
  const list = source.textNodes;
  const walker = list ? null : doc.createTreeWalker(source.root, 0x4 /* SHOW_TEXT */);
  let index = 0;
  let done = false;
  let gathered = 0;

  // Each step reads a node's parent once (every read is a call into the DOM): furniture and
  // the block are judged per parent, and most text nodes share theirs with others.
  let parent: Element | null = null;
  const next = (): Text | null => {
    if (list) {
      const node = index < list.length ? list[index++]! : null;
      parent = node?.parentElement ?? null;
      return node;
    }
    for (let node = walker!.nextNode(); node; node = walker!.nextNode()) {
      parent = node.parentElement;
      if (parent && !source.excluded(parent)) return node as Text;
    }
    return null;
  };
  const blockOf = new Map<Element, Element | null>();
  let lastBlock: Element | null = null;
  const add = (node: Text, data: string) => {
    if (!parent) return;
    let element = blockOf.get(parent);
    if (element === undefined) {
      element = closestBlock(parent);
      blockOf.set(parent, element);
    }
    if (!element) return;
    // White space right after another block's text adds nothing to its own block: that other
    // block stands between it and any text of its own before it, a break (see blockFromNodes).
    // So the white space between a body's 5,000 paragraphs is never grouped.
    if (element !== lastBlock && isBlank(data)) return;
    lastBlock = element;
    const group = groups.get(element);
    if (group) group.nodes.push(node);
    else groups.set(element, { element, nodes: [node] });
  };

  return {
    step(deadline) {
      if (done) return true;
      for (let count = 1; ; count++) {
        const node = next();
        if (!node) {
          done = true;
          return true;
        }
        const data = node.data;
        add(node, data);
        gathered += data.length;
        // More than can be read: the rest of a huge page is never walked (see MAX_SCANNED_CHARS).
        if (source.maxChars !== undefined && gathered > source.maxChars) {
          done = true;
          return true;
        }
        if (count % CLOCK_EVERY === 0 && now() >= deadline) return false;
      }
    },
    blocks: () => [...groups.values()],
  };
}
