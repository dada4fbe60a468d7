/**
 * Sourcelight's main-thread time in one page load, read from a Chromium performance trace: the
 * compile and evaluation of its scripts (start-up, which no User Timing entry can see) and every
 * `sourcelight-work` measure its code records, joined as a union of intervals on the page's
 * main thread, so nothing is counted twice.
 */
import type { BrowserContext, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  id2?: { local?: string };
  args?: { data?: { url?: string }; name?: string };
}

export interface LoadTrace {
  /** Sourcelight's main-thread time from its first script to its first highlights painted (ms). */
  toPaintMs: number;
  /** All of it, up to the end of the trace. */
  totalMs: number;
  /** The longest single stretch of its work. */
  longestMs: number;
  /** From the loader's first instruction to the first highlights (ms); null when nothing was painted. */
  firstPaintAfterMs: number | null;
  /** Whether the engine script ran in the page. */
  engineLoaded: boolean;
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing', 'toplevel'];
const SCRIPT_EVENTS = new Set(['v8.compile', 'EvaluateScript', 'v8.produceCache', 'v8.compileModule']);

/** Starts tracing a fresh page; `finish` ends it and returns the figures. */
export async function tracePageLoad(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => {
    events.push(...(value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  return {
    async finish(): Promise<LoadTrace> {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      return figures(events);
    },
  };
}

const isOurs = (url: string | undefined) => !!url && url.startsWith('chrome-extension://');

function figures(events: TraceEvent[]): LoadTrace {
  const scripts = events.filter((e) => SCRIPT_EVENTS.has(e.name) && e.ph === 'X' && isOurs(e.args?.data?.url));
  const loader = scripts.find((e) => e.args!.data!.url!.endsWith('/loader.js'));
  if (!loader) throw new Error('the loader did not run in the traced page');
  const onMain = (e: TraceEvent) => e.pid === loader.pid && e.tid === loader.tid;
  const intervals: Array<[number, number]> = scripts.filter(onMain).map((e) => [e.ts, e.ts + (e.dur ?? 0)]);
  // performance.measure() shows as a nestable async pair (b/e) in blink.user_timing.
  const open = new Map<string, number>();
  for (const e of events) {
    if (e.cat !== 'blink.user_timing' || e.name !== 'sourcelight-work' || e.pid !== loader.pid) continue;
    const key = e.id ?? e.id2?.local ?? '';
    if (e.ph === 'b') open.set(key, e.ts);
    else if (e.ph === 'e' && open.has(key)) {
      intervals.push([open.get(key)!, e.ts]);
      open.delete(key);
    }
  }
  const painted = events.find((e) => e.cat === 'blink.user_timing' && e.name === 'sourcelight-painted' && e.pid === loader.pid);
  const merged = union(intervals);
  const sum = (until: number) => merged.reduce((total, [a, b]) => total + Math.max(0, Math.min(b, until) - a), 0);
  return {
    toPaintMs: painted ? sum(painted.ts) / 1000 : Number.NaN,
    totalMs: sum(Number.POSITIVE_INFINITY) / 1000,
    longestMs: merged.reduce((longest, [a, b]) => Math.max(longest, b - a), 0) / 1000,
    firstPaintAfterMs: painted ? (painted.ts - loader.ts) / 1000 : null,
    engineLoaded: scripts.some((e) => e.args!.data!.url!.endsWith('/engine.js')),
  };
}

function union(intervals: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
