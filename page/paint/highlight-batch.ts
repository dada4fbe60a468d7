/**
 * Paints that come in a burst are applied together. Every change to the highlight registry makes
 * the browser check every highlighted range again in its next frame, so a long article whose
 * chunks arrived one every few tens of milliseconds paid one pass over a growing set per chunk
 * (on a 5,000-paragraph page, PrePaint went from 1 to 10 ms a frame: 170 ms in all). The first
 * paint after a quiet spell is applied at once (the first screen, a reader's toggle); those that
 * follow within the interval wait for one flush at its end.
 */
import type { HighlightPainter, PaintedFlag } from './highlight-painter.ts';

/** At most one registry update in this long, after the first… */
export const PAINT_BATCH_MS = 400;
/**
 * …and, on a body still being read after this long (a huge page on a busy machine reads for tens
 * of seconds), in a proportion of the time since then: ever fewer passes over ever more ranges.
 */
export const PAINT_BATCH_GROWS_AFTER_MS = 2000;

export interface BatchClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /**
   * How many times the interval a page needs, asked once at the first paint: the browser's pass
   * costs with the page's size (on a 100,000-element page, 40–60 ms a frame whatever we changed).
   */
  spacing?: () => number;
}

export function batchPaints(painter: HighlightPainter, clock: BatchClock): HighlightPainter {
  /** What each key should show once flushed; null erases it. */
  const pending = new Map<object, readonly PaintedFlag[] | null>();
  let timer: unknown = null;
  let quietFrom = Number.NEGATIVE_INFINITY;
  let firstFlush: number | null = null;
  let spacing = 1;

  const flush = () => {
    timer = null;
    const batch = [...pending];
    pending.clear();
    for (const [key, flags] of batch) {
      if (flags) painter.paint(key, flags);
      else painter.erase(key);
    }
    const now = clock.now();
    if (firstFlush === null) {
      firstFlush = now;
      spacing = Math.max(1, clock.spacing?.() ?? 1);
    }
    quietFrom = now + spacing * PAINT_BATCH_MS * Math.max(1, (now - firstFlush) / PAINT_BATCH_GROWS_AFTER_MS);
  };
  const cancel = () => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
    pending.clear();
  };
  const request = (key: object, flags: readonly PaintedFlag[] | null) => {
    pending.set(key, flags);
    if (timer !== null) return;
    const wait = quietFrom - clock.now();
    if (wait <= 0) flush();
    else timer = clock.setTimeout(flush, wait);
  };

  return {
    paint: (key, flags) => request(key, flags),
    // The run is over: what waits is its last part, shown now.
    flush() {
      if (timer === null) return;
      clock.clearTimeout(timer);
      flush();
    },
    erase: (key) => request(key, null),
    clear() {
      cancel();
      painter.clear();
    },
    focus: (range) => painter.focus(range),
    repair: () => painter.repair(),
    dispose() {
      cancel();
      painter.dispose();
    },
  };
}
