/**
 * User Timing entries for Sourcelight's own main-thread work, so benchmarks (and curious page
 * authors, in the Performance panel) can see what the extension costs a page. The page's
 * timeline is shared with the content script's world.
 */
export const WORK_MEASURE = 'sourcelight-work';
export const PAINTED_MARK = 'sourcelight-painted';

export interface TimingClock {
  now(): number;
  measure(name: string, options: { start: number; end: number }): unknown;
  mark(name: string): unknown;
}

/** Runs one slice of work and records how long it held the main thread. */
export function timedWork<T>(clock: TimingClock | undefined, work: () => T): T {
  if (!clock) return work();
  const start = clock.now();
  try {
    return work();
  } finally {
    clock.measure(WORK_MEASURE, { start, end: clock.now() });
  }
}

/** Marks the moment the first highlights of a scan were painted (once per page load). */
export function markPainted(clock: TimingClock | undefined): void {
  clock?.mark(PAINTED_MARK);
}
