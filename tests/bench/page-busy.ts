/**
 * The page's whole main-thread time in one traced load, split by kind of work (script, style
 * recalculation, layout, paint, HTML parsing, the rest), and the part of each kind Sourcelight
 * caused. Read from a Chromium trace taken the same way with and without the extension, so the
 * two loads are measured alike (see page-speed.ts).
 *
 * Attribution, nothing counted twice, a doubtful case counted as the page's:
 * - script: its own scripts (events whose URL is the extension's) and the `sourcelight-work`
 *   stretches its code measures (promise continuations carry no URL);
 * - style and layout: forced inside those stretches (reading computed styles or geometry), or
 *   scheduled by them: the recalculation's initiators (ScheduleStyleRecalculation,
 *   InvalidateLayout, with the stack Chrome records) are all the extension's;
 * - paint: a frame (the paint work up to its Commit) that follows its work and nothing of the page's.
 * Times are the main thread's CPU time (`tdur`): on a shared machine the wall time of a task also
 * holds the time the core was taken away from it. Wall time is kept beside for the totals.
 */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  id2?: { local?: string };
  args?: {
    data?: { url?: string; stackTrace?: Array<{ url?: string }> };
    beginData?: { url?: string; stackTrace?: Array<{ url?: string }> };
    elementCount?: number;
  };
}

export const KINDS = ['script', 'style', 'layout', 'paint', 'parse', 'other'] as const;
export type Kind = (typeof KINDS)[number];
export type ByKind = Record<Kind, number>;

export interface MainThreadBusy {
  /** Top-level tasks of the page's main thread, CPU ms and wall ms. */
  cpuMs: number;
  wallMs: number;
  /** CPU ms by kind of work (self time of each event, by the nearest kind it or its parents have). */
  byKind: ByKind;
  /**
   * Of each kind, what Sourcelight caused (CPU ms); `forced` is style and layout forced inside its
   * work, `startup` the compile and top-level run of its scripts (part of `script`).
   */
  ours: ByKind & { forced: number; startup: number };
  /** Top-level tasks longer than 50 ms: wall durations, and how many were that long in CPU time too. */
  longTasks: number[];
  longCpuTasks: number;
  /** Each style recalculation Sourcelight's work scheduled: its CPU ms and how many elements it restyled. */
  restyles: Array<{ cpuMs: number; elements: number }>;
}

/** Trace categories the figures need; both loads are traced with the same ones. */
export const BUSY_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  // Stacks on ScheduleStyleRecalculation and InvalidateLayout: who asked for the recalculation.
  'disabled-by-default-devtools.timeline.stack',
  'blink.user_timing',
  'v8.execute',
  '__metadata',
];

const LONG_TASK_MS = 50;
const KIND_OF: Record<string, Kind> = {
  EvaluateScript: 'script',
  'v8.compile': 'script',
  'v8.compileModule': 'script',
  FunctionCall: 'script',
  TimerFire: 'script',
  EventDispatch: 'script',
  RunMicrotasks: 'script',
  FireAnimationFrame: 'script',
  FireIdleCallback: 'script',
  RunYieldContinuation: 'script',
  'UserTiming::Measure': 'script',
  MinorGC: 'script',
  MajorGC: 'script',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  HitTest: 'layout',
  'IntersectionObserverController::computeIntersections': 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  PaintImage: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  UpdateLayer: 'paint',
  'Decode Image': 'paint',
  ParseHTML: 'parse',
  ParseAuthorStyleSheet: 'parse',
};
const kindOf = (e: TraceEvent): Kind | null =>
  KIND_OF[e.name] ?? (/^v8\./i.test(e.name) || e.name.startsWith('BlinkGC') ? 'script' : null);

export const isExtensionUrl = (url: string | undefined) => !!url && url.startsWith('chrome-extension://');
const zero = (): ByKind => ({ script: 0, style: 0, layout: 0, paint: 0, parse: 0, other: 0 });

/** The renderer main thread that parsed `url`. */
export function pageMainThread(events: TraceEvent[], url: string): { pid: number; tid: number } {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  if (!parse) throw new Error(`no ParseHTML for ${url} in the trace`);
  return { pid: parse.pid, tid: parse.tid };
}

/** `sourcelight-work` measures (async b/e pairs in blink.user_timing) as [start, end] in trace µs. */
export function workMeasures(events: TraceEvent[], pid: number): Array<[number, number]> {
  const open = new Map<string, number>();
  const found: Array<[number, number]> = [];
  // Trace data arrives in buffers that need not be in time order.
  const marks = events.filter((e) => e.cat === 'blink.user_timing' && e.name === 'sourcelight-work' && e.pid === pid);
  for (const e of marks.sort((a, b) => a.ts - b.ts)) {
    const key = e.id ?? e.id2?.local ?? '';
    if (e.ph === 'b') open.set(key, e.ts);
    else if (e.ph === 'e' && open.has(key)) {
      found.push([open.get(key)!, e.ts]);
      open.delete(key);
    }
  }
  return found;
}

interface Node {
  event: TraceEvent;
  end: number;
  kind: Kind;
  /** Own CPU time, children's taken out (µs). */
  self: number;
  ours: boolean;
  /** Inside the compile and first run of one of its scripts. */
  startup: boolean;
}

/** Every complete event of the thread as a tree walk: each event's own time and inherited kind. */
function selfTimes(thread: TraceEvent[], stretches: Array<[number, number]>): Node[] {
  // Work inside a measure is ours (a style recalculation there was forced by it); a microtask
  // checkpoint that ran any of it is too (its promise continuations carry no URL).
  const inside = (e: TraceEvent) => stretches.some(([start, end]) => e.ts >= start && e.ts < end);
  const overlaps = (e: TraceEvent) => stretches.some(([start, end]) => start < e.ts + e.dur! && end > e.ts);
  const sorted = thread.filter((e) => e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const nodes: Node[] = [];
  const stack: Node[] = [];
  for (const event of sorted) {
    while (stack.length && stack[stack.length - 1]!.end <= event.ts) stack.pop();
    const parent = stack[stack.length - 1];
    const cpu = event.tdur ?? event.dur!;
    const own = kindOf(event);
    const url = event.args?.data?.url;
    const ourScript = own === 'script' && (isExtensionUrl(url) || (event.name === 'RunMicrotasks' && overlaps(event)));
    const ours = (parent?.ours ?? false) || ourScript || inside(event);
    const startup = (parent?.startup ?? false) || (ourScript && /EvaluateScript|compile/.test(event.name));
    const node: Node = { event, end: event.ts + event.dur!, kind: own ?? parent?.kind ?? 'other', self: cpu, ours, startup };
    if (parent) parent.self -= Math.min(parent.self, cpu);
    // A timer, event or frame callback that ran its code is its too (the wrapper has no URL).
    if (ours) {
      for (let i = stack.length - 1; i >= 0 && !stack[i]!.ours && stack[i]!.kind === 'script'; i--) stack[i]!.ours = true;
    }
    nodes.push(node);
    stack.push(node);
  }
  return nodes;
}

const stackUrl = (e: TraceEvent) => (e.args?.data?.stackTrace ?? e.args?.beginData?.stackTrace)?.[0]?.url;

/** Whether every initiator of a recalculation (since the previous one) came from the extension. */
function initiatedByUs(initiators: TraceEvent[]): boolean {
  return initiators.length > 0 && initiators.every((e) => isExtensionUrl(stackUrl(e)));
}

export function mainThreadBusy(events: TraceEvent[], url: string): MainThreadBusy {
  const { pid, tid } = pageMainThread(events, url);
  const thread = events.filter((e) => e.pid === pid && e.tid === tid);
  const stretches = workMeasures(events, pid);
  const nodes = selfTimes(thread, stretches);

  // Top-level tasks: the outermost RunTask-like events.
  const tasks = nodes.filter((n) => n.event.cat.includes('toplevel') || n.event.name === 'RunTask');
  const top: Node[] = [];
  for (const task of tasks) if (!top.length || task.event.ts >= top[top.length - 1]!.end) top.push(task);
  const cpuOf = (n: Node) => n.event.tdur ?? n.event.dur!;

  const byKind = zero();
  const ours = { ...zero(), forced: 0, startup: 0 };
  const restyles: MainThreadBusy['restyles'] = [];
  const scriptOfOurs: Array<[number, number]> = [
    ...stretches,
    ...nodes.filter((n) => n.ours && n.kind === 'script').map((n): [number, number] => [n.event.ts, n.end]),
  ];
  const pending = { style: [] as TraceEvent[], layout: [] as TraceEvent[] };
  let frameOurs = false;
  let framePage = false;
  let framePaint: Node[] = [];
  const instants = thread.filter((e) => e.ph === 'I' || e.ph === 'i' || e.ph === 'n');
  const timeline = [...nodes.map((n) => ({ ts: n.event.ts, node: n })), ...instants.map((e) => ({ ts: e.ts, instant: e }))].sort(
    (a, b) => a.ts - b.ts,
  );
  for (const item of timeline) {
    if ('instant' in item && item.instant) {
      if (item.instant.name === 'ScheduleStyleRecalculation') pending.style.push(item.instant);
      else if (item.instant.name === 'InvalidateLayout') pending.layout.push(item.instant);
      continue;
    }
    const node = (item as { node: Node }).node;
    byKind[node.kind] += node.self;
    const isRendering = node.kind === 'style' || node.kind === 'layout';
    if (node.ours && isRendering) {
      ours[node.kind] += node.self;
      ours.forced += node.self;
    } else if (node.ours) ours[node.kind] += node.self;
    if (node.ours && node.startup) ours.startup += node.self;
    else if (isRendering) {
      const kind = node.kind as 'style' | 'layout';
      if (initiatedByUs(pending[kind])) {
        ours[kind] += node.self;
        if (kind === 'style') restyles.push({ cpuMs: node.self / 1000, elements: node.event.args?.elementCount ?? 0 });
      }
    }
    if (node.kind === 'style' && !node.ours) pending.style = [];
    if (node.kind === 'layout' && node.event.name === 'Layout' && !node.ours) pending.layout = [];
    // Frames: the paint work up to a Commit belongs to us when only our work ran since the last one.
    if (node.kind === 'script' || node.kind === 'parse') {
      if (node.ours) frameOurs = true;
      else if (!scriptOfOurs.some(([start, end]) => node.event.ts >= start && node.event.ts < end)) framePage = true;
    }
    if (node.kind === 'paint' && !node.ours) framePaint.push(node);
    if (node.event.name === 'Commit') {
      if (frameOurs && !framePage) for (const paint of framePaint) ours.paint += paint.self;
      frameOurs = false;
      framePage = false;
      framePaint = [];
    }
  }
  const ms = (value: number) => value / 1000;
  for (const kind of KINDS) {
    byKind[kind] = ms(byKind[kind]);
    ours[kind] = ms(ours[kind]);
  }
  ours.forced = ms(ours.forced);
  ours.startup = ms(ours.startup);
  return {
    cpuMs: ms(top.reduce((sum, n) => sum + cpuOf(n), 0)),
    wallMs: ms(top.reduce((sum, n) => sum + n.event.dur!, 0)),
    byKind,
    ours,
    longTasks: top.filter((n) => n.event.dur! / 1000 > LONG_TASK_MS).map((n) => n.event.dur! / 1000),
    longCpuTasks: top.filter((n) => cpuOf(n) / 1000 > LONG_TASK_MS).length,
    restyles,
  };
}
