/**
 * Full rescans (finding the body again, perhaps with Readability) run at most once an interval
 * while a page keeps changing: many mutation batches in a row cost one rescan.
 */
export const RESCAN_MIN_INTERVAL_MS = 1000;

export interface RescanThrottleDeps {
  now: () => number;
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

export class RescanThrottle {
  private last = -Infinity;
  private timer: unknown = null;

  constructor(private readonly deps: RescanThrottleDeps) {}

  /** A rescan is starting now. */
  ran(): void {
    this.last = this.deps.now();
  }

  /** Runs `rescan` now if the interval allows, else once when it does (a request while waiting adds nothing). */
  request(rescan: () => void): void {
    if (this.timer !== null) return;
    const wait = this.last + RESCAN_MIN_INTERVAL_MS - this.deps.now();
    if (wait <= 0) {
      rescan();
      return;
    }
    this.timer = this.deps.setTimeout(() => {
      this.timer = null;
      rescan();
    }, wait);
  }

  cancel(): void {
    if (this.timer !== null) this.deps.clearTimeout(this.timer);
    this.timer = null;
  }
}
