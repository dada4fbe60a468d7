/**
 * One pass over the article body: blocks are built a slice at a time into the body text, which
 * is cut into chunks and sent to the detector (in the background, off the page's main thread)
 * as soon as each chunk is complete. Results come back in reading order, so the top of a long
 * article is painted while the rest is still being read. A typical article is one chunk, which
 * the detector reads whole, as the command-line scanner does.
 */
import type { PageAnalysis } from '../../contract/messages.ts';
import type { BodyBlocks } from '../body/body-blocks.ts';
import { BLOCK_SEPARATOR, BodyText } from '../body/body-text.ts';

/**
 * A chunk closes at a block end once it holds this much, when the block's text says so (see
 * closesAfter). Each request costs the page's main thread about half a millisecond besides its
 * bytes: 20 kB chunks spent 50 ms in messaging on a 5,000-paragraph page, 50 kB ones 33 ms.
 */
export const MIN_CHUNK_CHARS = 50_000;
/** A long body's first chunk: about a screenful or two of text, painted before the rest is read. */
export const FIRST_SCREEN_CHARS = 4_000;
/** …and always by this size; one analysis request never carries more. */
export const MAX_CHUNK_CHARS = 100_000;
/** Past this much body text only the first part is read and painted (the popup says so). */
export const MAX_SCANNED_CHARS = 2_000_000;
/** Work per slice before yielding: half a frame, well under the 50 ms of a long task. */
export const SLICE_BUDGET_MS = 6;
/** Blocks built between two looks at the clock: reading it costs about as much as a short paragraph. */
const CLOCK_EVERY = 8;

export interface AnalysedChunk {
  /** Where the chunk lies in the body text. */
  start: number;
  end: number;
  analysis: PageAnalysis;
}

export interface AnalysisRunDeps {
  blocks: BodyBlocks;
  doc: Document;
  /** The detector, wherever it runs; offsets in its answer are into `text`. */
  analyze: (text: string) => Promise<PageAnalysis>;
  yieldToMain: () => Promise<void>;
  now: () => number;
  /** Wraps each slice of main-thread work (User Timing). */
  timeWork: <T>(work: () => T) => T;
  /** A long body's first chunk may close sooner, so the top of the page is painted first. */
  firstChunkChars?: number;
  /** A huge body's whole length, roughly, for the popup's "read in part" line (asked when the cap is reached). */
  estimateTotal?: (scannedChars: number, blocksRead: number) => number;
  /** True once the page changed or the session stopped: the run gives up. */
  isStale: () => boolean;
  /** Each chunk's analysis, in reading order, as soon as it and all before it are in. */
  onChunk: (chunk: AnalysedChunk, body: BodyText) => void;
}

export interface AnalysisRunResult {
  body: BodyText;
  chunks: number;
  /** Set when the body was too long to read whole. */
  capped?: { scannedChars: number; totalChars: number };
}

/**
 * Content-defined chunk ends: a chunk closes after a block whose text hashes to 0 mod 8 (once
 * past MIN_CHUNK_CHARS), so an edit or an inserted paragraph changes one chunk and the ones after
 * it fall back on the same boundaries, and their cached analyses are used again.
 */
function closesAfter(chunkChars: number, blockText: string, min: number): boolean {
  if (chunkChars >= MAX_CHUNK_CHARS) return true;
  if (chunkChars < min) return false;
  let hash = 0;
  for (let i = 0; i < blockText.length; i += 7) hash = (hash * 31 + blockText.charCodeAt(i)) | 0;
  return (hash & 7) === 0;
}

/** Splits [start, end) into pieces of at most MAX_CHUNK_CHARS, cutting after a sentence end where there is one. */
function pieces(text: string, start: number, end: number): Array<[number, number]> {
  const result: Array<[number, number]> = [];
  let from = start;
  while (end - from > MAX_CHUNK_CHARS) {
    const limit = from + MAX_CHUNK_CHARS;
    const stop = text.lastIndexOf('. ', limit - 2);
    const cut = stop > from + MAX_CHUNK_CHARS / 2 ? stop + 2 : limit;
    result.push([from, cut]);
    from = cut;
  }
  if (end > from) result.push([from, end]);
  return result;
}

export async function runAnalysis(deps: AnalysisRunDeps): Promise<AnalysisRunResult | null> {
  const body = new BodyText(deps.doc);
  const pending: Array<{ start: number; end: number; analysis: Promise<PageAnalysis> }> = [];
  let chunkStart = 0;
  let delivered = 0;
  let draining: Promise<void> | null = null;

  const drain = async () => {
    try {
      while (delivered < pending.length && !deps.isStale()) {
        const next = pending[delivered]!;
        const analysis = await next.analysis;
        if (deps.isStale()) return;
        delivered++;
        deps.timeWork(() => deps.onChunk({ start: next.start, end: next.end, analysis }, body));
      }
    } finally {
      draining = null;
    }
  };
  // The chunk's own blocks, joined when it is sent: slicing the body's text, a string grown by
  // appending, copies all of it up to there each time (quadratic on a long body).
  let chunkTexts: string[] = [];
  const dispatch = (end: number) => {
    const text = chunkTexts.join(BLOCK_SEPARATOR);
    chunkTexts = [];
    for (const [from, to] of pieces(text, 0, text.length)) {
      const analysis = deps.analyze(text.slice(from, to));
      analysis.catch(() => {}); // Awaited in drain; a failure there ends the run.
      pending.push({ start: chunkStart + from, end: chunkStart + to, analysis });
    }
    chunkStart = end + BLOCK_SEPARATOR.length;
    draining ??= drain();
  };

  let index = 0;
  let capped = false;
  while (index < deps.blocks.size && !capped) {
    await deps.yieldToMain();
    if (deps.isStale()) return null;
    deps.timeWork(() => {
      const deadline = deps.now() + SLICE_BUDGET_MS;
      for (let count = 1; index < deps.blocks.size; count++) {
        if (count % CLOCK_EVERY === 0 && deps.now() >= deadline) break;
        const block = deps.blocks.builtAt(index++, deps.doc);
        if (!block) continue;
        body.append(block);
        chunkTexts.push(block.text);
        if (body.text.length >= MAX_SCANNED_CHARS) {
          capped = true;
          break;
        }
        const min = pending.length ? MIN_CHUNK_CHARS : (deps.firstChunkChars ?? MIN_CHUNK_CHARS);
        if (closesAfter(body.text.length - chunkStart, block.text, min)) {
          dispatch(body.text.length);
          if (deps.firstChunkChars && pending.length === 1) break;
        }
      }
    });
    // A long body's first screenful is painted before more of it is read: its answer waits behind
    // our own continuations otherwise.
    if (deps.firstChunkChars && pending.length === 1 && !delivered && draining) await draining;
  }
  if (body.text.length > chunkStart) dispatch(body.text.length);
  while (draining) await draining;
  if (deps.isStale()) return null;
  const result: AnalysisRunResult = { body, chunks: pending.length };
  if (capped) {
    const scannedChars = body.text.length;
    result.capped = { scannedChars, totalChars: deps.estimateTotal?.(scannedChars, body.blocks.length) ?? scannedChars };
  }
  return result;
}
