/**
 * The browser objects the content script needs, captured once at startup (a test seam, and a
 * guard: a page that later replaces a global cannot reach what was captured). Content scripts
 * run in an isolated world, so page overrides do not reach these anyway; capturing is cheap
 * insurance, and a missing API degrades one feature instead of throwing.
 */
import type { HighlightApi, HighlightConstructor, HighlightRegistryLike } from '../paint/highlight-painter.ts';
import type { PageTimers } from './timers.ts';

export interface BrowserApis {
  /** Null without the CSS Custom Highlight API: flags are found and listed, not painted. */
  highlights: HighlightApi | null;
  MutationObserver: typeof MutationObserver;
  IntersectionObserver: typeof IntersectionObserver | undefined;
  CSSStyleSheet: typeof CSSStyleSheet | undefined;
  requestAnimationFrame: ((callback: () => void) => unknown) | undefined;
  MessageChannel: typeof MessageChannel | undefined;
  schedulerYield: (() => Promise<void>) | undefined;
  clearTimeout: (handle: unknown) => void;
}

function read<T>(get: () => T): T | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}

type Global = typeof globalThis & {
  Highlight?: HighlightConstructor;
  scheduler?: { yield?: () => Promise<void> };
};

export function captureBrowserApis(global: typeof globalThis): BrowserApis {
  const g = global as Global;
  const registry = read(() => g.CSS?.highlights as unknown as HighlightRegistryLike | undefined);
  const Highlight = read(() => g.Highlight);
  const scheduler = read(() => g.scheduler);
  const yieldFn = read(() => scheduler?.yield);
  const raf = read(() => g.requestAnimationFrame);
  const clear = g.clearTimeout.bind(g);
  return {
    highlights: registry && typeof Highlight === 'function' ? { registry, Highlight } : null,
    MutationObserver: g.MutationObserver,
    IntersectionObserver: read(() => g.IntersectionObserver),
    CSSStyleSheet: read(() => g.CSSStyleSheet),
    requestAnimationFrame: typeof raf === 'function' ? (callback) => raf.call(g, () => callback()) : undefined,
    MessageChannel: read(() => g.MessageChannel),
    schedulerYield: typeof yieldFn === 'function' ? () => yieldFn.call(scheduler) : undefined,
    clearTimeout: (handle) => clear(handle as number),
  };
}

/** Gives the main thread back: scheduler.yield, a MessageChannel message or setTimeout(0). */
export type YieldToMain = () => Promise<void>;

/** Frames never come in a background tab; a batch still runs within this long. */
export const FRAME_FALLBACK_MS = 250;

export interface Scheduling {
  yieldToMain: YieldToMain;
  nextFrame: (callback: () => void) => void;
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

/**
 * Yielding: scheduler.yield where there is one (Chrome), else a MessageChannel message, which
 * unlike a chain of setTimeout(0) is not clamped to 4 ms or throttled to 1 s in background tabs.
 * `timers` stop when the engine goes away (see page-timers.ts).
 */
export function browserScheduling(timers: PageTimers, apis: BrowserApis): Scheduling {
  let yieldToMain: YieldToMain;
  if (apis.schedulerYield) yieldToMain = apis.schedulerYield;
  else if (apis.MessageChannel) {
    const channel = new apis.MessageChannel();
    const waiting: Array<() => void> = [];
    channel.port1.onmessage = () => waiting.shift()?.();
    yieldToMain = () =>
      new Promise((resolve) => {
        waiting.push(resolve);
        channel.port2.postMessage(null);
      });
  } else yieldToMain = () => new Promise((resolve) => timers.setTimeout(resolve, 0));

  const nextFrame = (callback: () => void) => {
    let done = false;
    let fallback: unknown = null;
    const once = () => {
      if (done) return;
      done = true;
      if (fallback !== null) timers.clearTimeout(fallback);
      callback();
    };
    apis.requestAnimationFrame?.(once);
    fallback = timers.setTimeout(once, FRAME_FALLBACK_MS);
  };

  return {
    yieldToMain,
    nextFrame,
    setTimeout: (callback, ms) => timers.setTimeout(callback, ms),
    clearTimeout: (handle) => timers.clearTimeout(handle),
  };
}
