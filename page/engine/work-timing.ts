/**
 * User Timing entries for Sourcelight's own main-thread work, so benchmarks (and curious page
 * authors, in the Performance panel) can see what the extension costs a page. The page's
 * timeline is shared with the content script's world, so the entries are capped: a page that
 * changes all day must not fill its own timeline with ours.
 */
export const WORK_MEASURE = 'sourcelight-work';
export const PAINTED_MARK = 'sourcelight-painted';
/** Marked when the engine starts in a page: it is loaded only on articles and when the reader asks (a scan, their notes). */
export const ENGINE_MARK = 'sourcelight-engine';
/** At most this many work entries stand at once; past it they are cleared and counting starts again. */
export const MAX_WORK_MEASURES = 2000;

export interface TimingClock {
  now(): number;
  measure(name: string, options: { start: number; end: number }): unknown;
  mark(name: string): unknown;
  clearMeasures(name: string): void;
}

export type TimeWork = <T>(work: () => T) => T;

/** A `timeWork` that records how long each piece of work held the main thread. */
export function createWorkTimer(clock: TimingClock | undefined): TimeWork {
  let recorded = 0;
  let depth = 0;
  return <T>(work: () => T): T => {
    // Work inside timed work is already counted by the outer measure.
    if (!clock || depth > 0) return work();
    const start = clock.now();
    depth++;
    try {
      return work();
    } finally {
      depth--;
      if (++recorded > MAX_WORK_MEASURES) {
        clock.clearMeasures(WORK_MEASURE);
        recorded = 1;
      }
      clock.measure(WORK_MEASURE, { start, end: clock.now() });
    }
  };
}

/** Marks the moment the first highlights of a scan were painted (once per page load). */
export function markPainted(clock: TimingClock | undefined): void {
  clock?.mark(PAINTED_MARK);
}
