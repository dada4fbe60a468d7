/**
 * Timers that stop when the engine goes away. One abort listener for all of them, and each handle
 * forgotten when it fires: a helper that added a listener per timer grew without bound on a page
 * that mutates or is moused over all day.
 */
export interface PageTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export function createPageTimers(win: Pick<Window, 'setTimeout' | 'clearTimeout'>, signal: AbortSignal): PageTimers {
  const pending = new Set<number>();
  signal.addEventListener(
    'abort',
    () => {
      for (const handle of pending) win.clearTimeout(handle);
      pending.clear();
    },
    { once: true },
  );
  return {
    setTimeout(callback, ms) {
      if (signal.aborted) return -1;
      const handle = win.setTimeout(() => {
        pending.delete(handle);
        callback();
      }, ms);
      pending.add(handle);
      return handle;
    },
    clearTimeout(handle) {
      pending.delete(handle as number);
      win.clearTimeout(handle as number);
    },
  };
}

/**
 * `send` at once, then at most once every `ms` with the latest value (the value a burst ended
 * on always goes out). A long article's chunks changed the toolbar badge's count dozens of times
 * in a few seconds, each a message to the background.
 */
export function latestEvery<T>(send: (value: T) => void, ms: number, timers: PageTimers & { now(): number }) {
  let waiting: { value: T } | null = null;
  let timer: unknown = null;
  let quietFrom = Number.NEGATIVE_INFINITY;
  const flush = () => {
    timer = null;
    if (!waiting) return;
    const { value } = waiting;
    waiting = null;
    quietFrom = timers.now() + ms;
    send(value);
  };
  return (value: T) => {
    waiting = { value };
    if (timer !== null) return;
    const wait = quietFrom - timers.now();
    if (wait <= 0) flush();
    else timer = timers.setTimeout(flush, wait);
  };
}
