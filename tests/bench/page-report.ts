/**
 * Prints one page's paired loads (page-speed.ts): the page's whole main-thread time with and
 * without Sourcelight and their ratio against the target, the split by kind of work and what of
 * it Sourcelight caused, long tasks, and Sourcelight's own figures on articles.
 */
import { KINDS, type MainThreadBusy } from './page-busy.ts';
import type { LoadTrace } from './page-trace.ts';

export interface PageCase {
  path: string;
  label: string;
  article: boolean;
  /** The target ratio of the page's main-thread time with Sourcelight to without. */
  target: number;
}

export interface TracedLoad {
  busy: MainThreadBusy;
  /** When Sourcelight painted and last worked, ms from the page's time origin. */
  timeline: { painted: number | null; lastWork: number };
  heapBytes: number;
  /** Sourcelight's own figures (loads with it only). */
  figures: LoadTrace | null;
}

export interface PairedLoads {
  windowMs: number;
  with: TracedLoad[];
  without: TracedLoad[];
  /** Loads with the least reader (page-floor-extension.ts). */
  leastReader: TracedLoad[];
  /** Article loads with Sourcelight that had not painted, or were still working, when the window closed. */
  unsettled: number;
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const longest = (values: number[]) => (values.length ? `longest ${Math.max(...values).toFixed(0)} ms` : 'none');

export function printCase(pageCase: PageCase, loads: PairedLoads): void {
  const on = loads.with.map((l) => l.busy);
  const off = loads.without.map((l) => l.busy);
  const cpu = [median(on.map((b) => b.cpuMs)), median(off.map((b) => b.cpuMs))] as const;
  const wall = [median(on.map((b) => b.wallMs)), median(off.map((b) => b.wallMs))] as const;
  const met = cpu[0] / cpu[1] <= pageCase.target ? 'met' : 'NOT met';
  console.log(
    `\n${pageCase.label} — medians of ${loads.with.length} interleaved cold loads each side, traced ${(loads.windowMs / 1000).toFixed(1)} s from navigation`,
  );
  console.log(
    `  the page's whole main-thread time (CPU): ${ms(cpu[0])} with Sourcelight, ${ms(cpu[1])} without: ${ratio(...cpu)} (target ≤ ${pageCase.target}×: ${met})`,
  );
  if (loads.leastReader.length) {
    const floor = median(loads.leastReader.map((l) => l.busy.cpuMs));
    console.log(
      `  the least reader (a content script that looks for og:type article, then reads the text, sends it, paints one highlight): ${ms(floor)}: ${ratio(floor, cpu[1])}, the floor under the target; Sourcelight ${ratio(cpu[0], floor)} of it, ${ms(cpu[0] - floor)} above it`,
    );
  }
  const pairs = on.map((b, i) => b.cpuMs / off[i]!.cpuMs);
  console.log(
    `    load by load ${pairs.map((r) => r.toFixed(2)).join(', ')}; wall time ${ms(wall[0])} with, ${ms(wall[1])} without: ${ratio(...wall)}`,
  );
  // One side's median for a kind of work, with and without it beside the side without the extension.
  const cell = (side: MainThreadBusy[], kind: (typeof KINDS)[number], showWithout: boolean) => {
    const a = median(side.map((b) => b.byKind[kind]));
    const b = median(off.map((b) => b.byKind[kind]));
    return `${kind} ${a.toFixed(1)}${showWithout ? ` / ${b.toFixed(1)}` : ''} (${a - b >= 0 ? '+' : ''}${(a - b).toFixed(1)})`;
  };
  console.log(`  by kind, CPU ms with / without (difference): ${KINDS.map((kind) => cell(on, kind, true)).join('; ')}`);
  if (loads.leastReader.length) {
    // Where the floor's own cost lies: what any in-page highlighter pays, by kind of work.
    const least = loads.leastReader.map((l) => l.busy);
    console.log(
      `  the least reader by kind, CPU ms (difference from without): ${KINDS.map((kind) => cell(least, kind, false)).join('; ')}`,
    );
  }
  const ours = (kind: keyof MainThreadBusy['ours']) => median(on.map((b) => b.ours[kind]));
  console.log(
    `  Sourcelight's share, caused by its work (trace initiators): script ${ms(ours('script'))} (start-up, compiling and running its scripts: ${ms(ours('startup'))}), style recalculation ${ms(ours('style'))}, layout ${ms(ours('layout'))} (forced inside its work: ${ms(ours('forced'))}), paint ${ms(ours('paint'))}, other ${ms(ours('other'))}`,
  );
  // The load whose total is the median: what each restyle it caused (a sheet adopted, an element inserted) cost.
  const middle = on.find((b) => b.cpuMs === cpu[0]) ?? on[0]!;
  const restyles = middle.restyles.map((r) => `${r.elements} elements in ${ms(r.cpuMs)}`).join(', ');
  console.log(
    `  style recalculations its work scheduled (median load): ${middle.restyles.length}${restyles ? `: ${restyles}` : ''}`,
  );
  const longOn = on.flatMap((b) => b.longTasks);
  const longOff = off.flatMap((b) => b.longTasks);
  const cpuLong = (list: MainThreadBusy[]) => list.reduce((n, b) => n + b.longCpuTasks, 0);
  console.log(
    `  long tasks (wall > 50 ms): ${longOn.length} with (${longest(longOn)}), ${longOff.length} without (${longest(longOff)}); over 50 ms of CPU: ${cpuLong(on)} with, ${cpuLong(off)} without`,
  );
  if (loads.unsettled) console.log(`  ! ${loads.unsettled} loads with Sourcelight had not finished when the window closed`);
  const figures = loads.with.map((l) => l.figures!).filter(Boolean);
  if (pageCase.article) printFigures(figures);
  else {
    const total = median(figures.map((f) => f.totalMs));
    console.log(
      `  Sourcelight main-thread time in all: ${ms(total)} of CPU; engine loaded in ${figures.filter((f) => f.engineLoaded).length} of ${figures.length} loads`,
    );
  }
  if (pageCase.path === '/long-article.html') {
    const heap = [median(loads.with.map((l) => l.heapBytes)), median(loads.without.map((l) => l.heapBytes))] as const;
    console.log(
      `  JS heap after GC: ${(heap[0] / 1e6).toFixed(1)} MB with Sourcelight, ${(heap[1] / 1e6).toFixed(1)} MB without: +${((heap[0] - heap[1]) / 1e6).toFixed(1)} MB`,
    );
  }
}

function printFigures(figures: LoadTrace[]): void {
  const pick = (get: (f: LoadTrace) => number) => median(figures.map(get));
  console.log(
    `  Sourcelight main-thread time to highlights painted, start-up included: ${ms(pick((f) => f.toPaintMs))} of CPU (${ms(pick((f) => f.toPaintWallMs))} of wall time)`,
  );
  console.log(
    `  all of its main-thread time: ${ms(pick((f) => f.totalMs))} of CPU; longest stretch (wall) ${ms(pick((f) => f.longestMs))} (worst of all loads ${ms(Math.max(...figures.map((f) => f.longestMs)))})`,
  );
  const toFirst = pick((f) => f.firstPaintAfterMs ?? Number.NaN);
  const theirs = pick((f) => f.pageWorkBeforePaintMs ?? Number.NaN);
  console.log(
    `  injection to first highlights: ${ms(toFirst)}, of which the page's own tasks held the main thread ${ms(theirs)}: ${ms(toFirst - theirs)} without them`,
  );
}
