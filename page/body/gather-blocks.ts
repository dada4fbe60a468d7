/**
 * Groups the body's text nodes into blocks: at once for a body of ordinary size, a slice at a
 * time for a huge one (finding the body already took this task's share).
 */
import type { ArticleBody } from './article-body.ts';
import { createElementExclusionCheck } from './body-furniture.ts';
import { createBlockGatherer } from './block-gatherer.ts';
import { MAX_SCANNED_CHARS, SLICE_BUDGET_MS } from '../engine/analysis-run.ts';
import { groupByBlock, type PendingBlock } from './text-blocks.ts';

/** Past this many text nodes, grouping them into blocks waits for the next task (long-task budget). */
export const SYNC_GROUP_MAX_NODES = 1500;

export interface GatherDeps {
  doc: Document;
  yieldToMain: () => Promise<void>;
  now: () => number;
  timeWork?: <T>(work: () => T) => T;
}

/** The body's blocks in reading order, or null when the page moved on meanwhile (`isStale`). */
export async function gatherBlocks(
  body: ArticleBody,
  deps: GatherDeps,
  isStale: () => boolean,
  /** For a body gathered in slices: the blocks of the first slice, but its last, which may still grow. */
  onFirstPart?: (blocks: PendingBlock[]) => void,
  /** What the rest of the gathering waits for once the first part is handed over. */
  thenWait?: () => Promise<void>,
): Promise<PendingBlock[] | null> {
  if (body.textNodes && body.textNodes.length <= SYNC_GROUP_MAX_NODES) return groupByBlock(body.textNodes);
  // A little past what is read: white space folds away, so the raw text is longer than the read.
  const maxChars = Math.ceil(MAX_SCANNED_CHARS * 1.25);
  const gatherer = createBlockGatherer(
    { textNodes: body.textNodes, root: body.root, excluded: createElementExclusionCheck(body.root, { within: true }), maxChars },
    deps.doc,
    deps.now,
  );
  const timeWork = deps.timeWork ?? ((work) => work());
  let done = false;
  let first = true;
  while (!done) {
    await deps.yieldToMain();
    if (isStale()) return null;
    done = timeWork(() => gatherer.step(deps.now() + SLICE_BUDGET_MS));
    if (first && !done && onFirstPart) {
      timeWork(() => onFirstPart(gatherer.blocks().slice(0, -1)));
      await thenWait?.();
    }
    first = false;
  }
  return gatherer.blocks();
}
