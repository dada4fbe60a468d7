/**
 * Sourcelight's main-thread time in one page load, read from a Chromium performance trace: the
 * compile and evaluation of its scripts (start-up, which no User Timing entry can see) and every
 * `sourcelight-work` measure its code records, on the page's main thread, nothing counted twice.
 *
 * Two clocks: wall time, and the main thread's own CPU time. On a machine with few cores the
 * browser's other processes take the core away from the page in the middle of our work, so the
 * wall time of a stretch includes waiting; the CPU time is what the work itself cost. Script
 * events carry their CPU time; a measure's is its wall time scaled by the CPU share of the
 * top-level task it ran in.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { BUSY_CATEGORIES, isExtensionUrl, type TraceEvent, workMeasures } from './page-busy.ts';

export interface LoadTrace {
  /** From Sourcelight's first script to its first highlights painted: main-thread CPU time (ms). */
  toPaintMs: number;
  /** The same stretch in wall time (ms). */
  toPaintWallMs: number;
  /** All of it, up to the end of the trace (CPU ms). */
  totalMs: number;
  /** The longest single stretch of its work (wall ms: what a frame or an input waits for). */
  longestMs: number;
  /** From the loader's first instruction to the first highlights (ms); null when nothing was painted. */
  firstPaintAfterMs: number | null;
  /** Of that stretch, the time the main thread spent on the page's own tasks (its layout, its scripts), which the first highlights wait behind (ms). */
  pageWorkBeforePaintMs: number | null;
  /** Whether the engine script ran in the page. */
  engineLoaded: boolean;
}

/** Starts tracing a fresh page (the same categories with and without the extension); `finish` ends it and returns the events. */
export async function traceLoad(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => {
    events.push(...(value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: BUSY_CATEGORIES }, transferMode: 'ReportEvents' });
  return {
    async finish(): Promise<TraceEvent[]> {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      return events;
    },
  };
}

interface Stretch {
  start: number;
  end: number;
  cpu: number;
}

/** Sourcelight's own figures in a traced load with the extension. */
export function sourcelightFigures(events: TraceEvent[]): LoadTrace {
  const scripts = events.filter((e) => e.name === 'EvaluateScript' && e.ph === 'X' && isExtensionUrl(e.args?.data?.url));
  const loader = scripts.find((e) => e.args!.data!.url!.endsWith('/loader.js'));
  if (!loader) throw new Error('the loader did not run in the traced page');
  const onMain = (e: TraceEvent) => e.pid === loader.pid && e.tid === loader.tid && e.ph === 'X';
  const tasks = events.filter((e) => onMain(e) && e.cat.includes('toplevel') && e.tdur !== undefined && (e.dur ?? 0) > 0);
  /** The CPU share of the innermost top-level task holding [start, end]. */
  const cpuShare = (start: number, end: number) => {
    const holders = tasks.filter((t) => t.ts <= start && t.ts + t.dur! >= end);
    const inner = holders.sort((a, b) => a.dur! - b.dur!)[0];
    return inner ? Math.min(1, inner.tdur! / inner.dur!) : 1;
  };
  const stretches: Stretch[] = [
    ...scripts.filter(onMain).map((e) => ({ start: e.ts, end: e.ts + (e.dur ?? 0), cpu: e.tdur ?? e.dur ?? 0 })),
    ...workMeasures(events, loader.pid).map(([start, end]) => ({ start, end, cpu: (end - start) * cpuShare(start, end) })),
  ].sort((a, b) => a.start - b.start);
  const painted = events.find((e) => e.cat === 'blink.user_timing' && e.name === 'sourcelight-painted' && e.pid === loader.pid);
  const until = painted?.ts ?? Number.POSITIVE_INFINITY;
  // Nested stretches (work measured inside work) count once: the outer one holds them.
  const outer = stretches.filter((s, i) => !stretches.slice(0, i).some((o) => o.start <= s.start && o.end >= s.end));
  const before = outer.filter((s) => s.end <= until);
  const sum = (list: Stretch[], pick: (s: Stretch) => number) => list.reduce((total, s) => total + pick(s), 0) / 1000;
  return {
    toPaintMs: painted ? sum(before, (s) => s.cpu) : Number.NaN,
    toPaintWallMs: painted ? sum(before, (s) => s.end - s.start) : Number.NaN,
    totalMs: sum(outer, (s) => s.cpu),
    longestMs: outer.reduce((longest, s) => Math.max(longest, s.end - s.start), 0) / 1000,
    firstPaintAfterMs: painted ? (painted.ts - loader.ts) / 1000 : null,
    pageWorkBeforePaintMs: painted ? pageWork(tasks, outer, loader.ts + (loader.dur ?? 0), painted.ts) / 1000 : null,
    engineLoaded: scripts.some((e) => e.args!.data!.url!.endsWith('/engine.js')),
  };
}

/** Main-thread task time in [from, to] that is not Sourcelight's own stretches. */
function pageWork(tasks: TraceEvent[], ours: Stretch[], from: number, to: number): number {
  const overlap = (a: number, b: number, c: number, d: number) => Math.max(0, Math.min(b, d) - Math.max(a, c));
  // Top-level tasks only (the ones no longer task holds).
  const top = tasks.filter(
    (t) => !tasks.some((o) => o !== t && o.ts <= t.ts && o.ts + o.dur! >= t.ts + t.dur! && o.dur! > t.dur!),
  );
  let busy = 0;
  for (const task of top) {
    const start = Math.max(task.ts, from);
    const end = Math.min(task.ts + task.dur!, to);
    if (end <= start) continue;
    const oursInside = ours.reduce((sum, s) => sum + overlap(s.start, s.end, start, end), 0);
    busy += Math.max(0, end - start - oursInside);
  }
  return busy;
}
