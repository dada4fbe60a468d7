/**
 * What a batch of page mutations means for the article body: which blocks to read again, which
 * are gone, and whether the body must be found again (it left the page, too much changed, or
 * more article arrived outside it, as infinite scroll does).
 */
import { createExclusionCheck, type ArticleBody } from './article-body.ts';
import type { BodyBlocks } from './body-blocks.ts';
import { isInsideSourcelightUi, type MutationBatch } from '../engine/mutation-watcher.ts';
import { blockElementOf, buildBlock, closestBlock, type TextBlock } from './text-blocks.ts';

/** Added text outside the body (or before there is one) worth a new look for the article. */
export const NEW_TEXT_MIN_CHARS = 200;

const SKIP_TEXT_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** How much readable text a node brings (script and style text does not count), up to `limit`. */
export function readableLength(node: Node, limit: number): number {
  let total = 0;
  const stack: Node[] = [node];
  while (stack.length && total < limit) {
    const current = stack.pop()!;
    if (current.nodeType === 3) {
      if (!SKIP_TEXT_PARENTS.has(current.parentElement?.tagName ?? '')) total += (current as Text).data.trim().length;
    } else if (current.nodeType === 1 && !SKIP_TEXT_PARENTS.has((current as Element).tagName)) {
      for (let child = current.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
  return total;
}

export type BodyChange = 'none' | 'blocks' | 'rescan';

/** The block elements a batch touched inside the body, and the readable text added outside it. */
function affectedBlocks(batch: MutationBatch, body: ArticleBody, doc: Document, accept: (node: Text) => boolean) {
  const affected = new Set<Element>();
  let outsideText = 0;
  const inBody = (node: Node) => body.root.contains(node) || node.contains(body.root);
  for (const node of batch.added) {
    if (doc.head?.contains(node)) continue;
    if (!inBody(node)) {
      outsideText += readableLength(node, NEW_TEXT_MIN_CHARS);
      continue;
    }
    if (node.nodeType === 3) {
      const element = blockElementOf(node);
      if (element) affected.add(element);
    } else if (node.nodeType === 1) {
      const walker = doc.createTreeWalker(node, 0x4 /* SHOW_TEXT */);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        const element = accept(text as Text) ? blockElementOf(text) : null;
        if (element) affected.add(element);
      }
      // The added element may itself sit inside an existing block (an inline element).
      const parentBlock = blockElementOf(node);
      if (parentBlock && body.root.contains(parentBlock)) affected.add(parentBlock);
    }
  }
  for (const node of batch.changed) {
    if (!inBody(node)) continue;
    const element = node.nodeType === 1 ? closestBlock(node as Element) : blockElementOf(node);
    if (element) affected.add(element);
  }
  return { affected, outsideText };
}

/**
 * Applies a batch to the body's blocks; says whether they changed or the body must be found
 * again. Without a body yet, enough new text may be one arriving (late rendering, a client-side
 * app): look again.
 */
export function applyBodyChanges(batch: MutationBatch, body: ArticleBody | null, blocks: BodyBlocks, doc: Document): BodyChange {
  if (!body) {
    const text = batch.added.reduce((sum, node) => sum + readableLength(node, NEW_TEXT_MIN_CHARS), 0);
    return batch.overflow || text >= NEW_TEXT_MIN_CHARS ? 'rescan' : 'none';
  }
  if (batch.overflow || !body.root.isConnected) return 'rescan';
  const excluded = createExclusionCheck(body.root);
  const accept = (node: Text) => body.root.contains(node) && !excluded(node) && !isInsideSourcelightUi(node);
  const { affected, outsideText } = affectedBlocks(batch, body, doc, accept);
  if (outsideText >= NEW_TEXT_MIN_CHARS) return 'rescan';
  const before = blocks.version;
  if (batch.removed) blocks.prune();
  const upserts: TextBlock[] = [];
  const removals: Element[] = [];
  for (const element of affected) {
    const block = element.isConnected ? buildBlock(element, accept, doc) : null;
    if (block) upserts.push(block);
    else removals.push(element);
  }
  blocks.remove(removals);
  blocks.upsert(upserts);
  return blocks.version === before ? 'none' : 'blocks';
}
