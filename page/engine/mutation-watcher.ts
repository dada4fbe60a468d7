/**
 * Watches the page for text that arrives, changes or leaves. The observer callback only records;
 * the work runs later in one batch (an animation frame or idle callback), because handling added
 * nodes inside the callback makes every DOM write on the page pay for Sourcelight.
 */

import { isSourcelightUiHost } from '../card/ui-host.ts';

/** Past this many records in one batch, diffing costs more than one rescan of the body. */
export const HUGE_MUTATION_COUNT = 1000;

export interface MutationBatch {
  /** Added nodes still on the page, none inside another added one or inside Sourcelight's UI. */
  added: Node[];
  /** Nodes whose text or children changed (text edits, removals): their blocks need re-reading. */
  changed: Node[];
  /** Something was removed: blocks may have left the page. */
  removed: boolean;
  /** Too many mutations to diff: rescan the whole body once. */
  overflow: boolean;
}

export interface WatchOptions {
  root: Node;
  MutationObserver: typeof MutationObserver;
  /** Runs the flush once, later: requestAnimationFrame, requestIdleCallback or setTimeout. */
  schedule: (flush: () => void) => void;
  onBatch: (batch: MutationBatch) => void;
  signal: AbortSignal;
  threshold?: number;
}

/** True for Sourcelight's UI hosts and anything inside them. */
export function isInsideSourcelightUi(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!element) return false;
  for (let current: Element | null = element; current; current = current.parentElement) {
    if (isSourcelightUiHost(current)) return true;
  }
  return false;
}

/** Drops nodes that left the page, nodes inside our UI, and nodes whose ancestor was also added. */
export function topmostAdded(nodes: Iterable<Node>): Node[] {
  const set = new Set(nodes);
  const result: Node[] = [];
  for (const node of set) {
    if (!node.isConnected || isInsideSourcelightUi(node)) continue;
    let covered = false;
    for (let parent = node.parentNode; parent; parent = parent.parentNode) {
      if (set.has(parent)) {
        covered = true;
        break;
      }
    }
    if (!covered) result.push(node);
  }
  return result;
}

/** A record of our own host put on or taken off the page, nothing else: no reason to look later. */
function onlyOwnHosts(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  for (const node of record.addedNodes) if (!isSourcelightUiHost(node)) return false;
  for (const node of record.removedNodes) if (!isSourcelightUiHost(node)) return false;
  return true;
}

export function watchMutations({
  root,
  MutationObserver: Observer,
  schedule,
  onBatch,
  signal,
  threshold = HUGE_MUTATION_COUNT,
}: WatchOptions): void {
  if (signal.aborted) return;
  let records: MutationRecord[] = [];
  let count = 0;
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const pending = records;
    const overflow = count > threshold;
    records = [];
    count = 0;
    if (signal.aborted) return;
    if (overflow) {
      onBatch({ added: [], changed: [], removed: true, overflow: true });
      return;
    }
    const added: Node[] = [];
    const changed = new Set<Node>();
    let removed = false;
    for (const record of pending) {
      if (isInsideSourcelightUi(record.target)) continue;
      if (record.type === 'characterData') {
        changed.add(record.target);
        continue;
      }
      for (const node of record.addedNodes) added.push(node);
      if (record.removedNodes.length) {
        removed = true;
        changed.add(record.target);
      }
    }
    const top = topmostAdded(added);
    if (!top.length && !changed.size && !removed) return;
    onBatch({ added: top, changed: [...changed].filter((node) => node.isConnected), removed, overflow: false });
  };

  const observer = new Observer((batch) => {
    // The notes' overlay goes in with the first highlights, the card on first hover: neither
    // costs a scheduled frame and a flush.
    if (batch.every(onlyOwnHosts)) return;
    count += batch.length;
    // Past the threshold the details are dropped: the flush rescans everything anyway.
    if (count <= threshold) for (const record of batch) records.push(record);
    else records = [];
    if (!scheduled) {
      scheduled = true;
      schedule(flush);
    }
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
