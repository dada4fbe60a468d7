/**
 * The incremental engine: blocks in, analyses and paint out. Each block's analysis is cached by
 * its element and text, so a rescan after a DOM change only analyses blocks whose text changed.
 * Work runs in slices of SLICE_BUDGET_MS with a yield between them, so a 5,000-paragraph page
 * never holds the main thread for a long task.
 */
import { flagKey } from '../shared/flag-key.ts';
import type { PageFlag, PageReport } from '../shared/messages.ts';
import { CATEGORIES, type Analysis, type Category, type Flag, type Source } from '../detector/types.ts';
import type { HighlightPainter, PaintedFlag } from './highlight-painter.ts';
import { blockFromNodes, rangeFor, type PendingBlock, type TextBlock } from './text-blocks.ts';

/** Work per slice before yielding: half a frame, well under the 50 ms of a long task. */
export const SLICE_BUDGET_MS = 8;

/** Blocks join with a newline into the body text that flag offsets point into (as the CLI does). */
export const BLOCK_SEPARATOR = '\n';

export type Analyzer = (text: string) => Analysis;
/** Gives the main thread back: scheduler.yield, setTimeout(0) or an idle callback. */
export type YieldToMain = () => Promise<void>;

/** A flag with its live ranges, in reading order. */
export interface FlagEntry {
  flag: PageFlag;
  block: Element;
  sentence: Range;
  cue: Range;
}

export type ScanResult = Pick<PageReport, 'flags' | 'sources' | 'stats'>;

export interface ScannerOptions {
  analyze: Analyzer;
  painter: HighlightPainter;
  doc: Document;
  yieldToMain: YieldToMain;
  now?: () => number;
  enabledCategories?: Iterable<Category>;
  /** After each slice of work and each repaint: the flags may have changed. */
  onChange?: () => void;
  /** An analysis or paint failed for one block; the scan goes on without it. */
  onError?: (error: unknown) => void;
  /** Wraps each slice of main-thread work (a seam for User Timing measures). */
  timeWork?: TimeWork;
}

/** Runs one piece of main-thread work; a wrapper may time it. */
export type TimeWork = <T>(work: () => T) => T;

/**
 * A block as given to the scanner: built already, or its text nodes only, in which case the
 * block is built when its turn in the queue comes (building 5,000 blocks at once is a long task).
 */
export type BlockInput = TextBlock | PendingBlock;

interface BlockState {
  input: BlockInput;
  /** The built block, once processed. */
  block: TextBlock | null;
  analysis: Analysis | null;
  painted: Array<PaintedFlag & { flag: Flag }>;
}

const emptyCounts = (): Record<Category, number> =>
  Object.fromEntries(CATEGORIES.map((category) => [category, 0])) as Record<Category, number>;

/** Document order, for binary insertion of new blocks. */
const precedes = (a: Node, b: Node) => !!((a.compareDocumentPosition(b) & 4) /* FOLLOWING */);

export class PageScanner {
  private readonly states = new Map<Element, BlockState>();
  /** Block elements in reading order. */
  private order: Element[] = [];
  /** Analyses survive rescans: a block whose text is unchanged is never analysed again. */
  private readonly cache = new WeakMap<Element, { text: string; analysis: Analysis }>();
  private readonly queue = new Set<Element>();
  private enabled: Set<Category>;
  private running = false;
  private disposed = false;
  private idleWaiters: Array<() => void> = [];
  private result: { scan: ScanResult; entries: FlagEntry[] } | null = null;
  private readonly now: () => number;
  private flagged = 0;
  private readonly timeWork: TimeWork;

  constructor(private readonly options: ScannerOptions) {
    this.enabled = new Set(options.enabledCategories ?? CATEGORIES);
    this.now = options.now ?? (() => performance.now());
    this.timeWork = options.timeWork ?? ((work) => work());
  }

  /** True while blocks wait for analysis. */
  get busy(): boolean {
    return this.queue.size > 0;
  }

  /** Painted flags now: cheap, for the badge after every slice (the full report is built on demand). */
  get flaggedCount(): number {
    return this.flagged;
  }

  get blockCount(): number {
    return this.states.size;
  }

  has(element: Element): boolean {
    return this.states.has(element);
  }

  /** Replaces every block (a full rescan); blocks given are in reading order. */
  setBlocks(blocks: readonly BlockInput[]): void {
    const keep = new Set(blocks.map((block) => block.element));
    for (const element of this.order) if (!keep.has(element)) this.forget(element);
    this.order = blocks.map((block) => block.element);
    for (const block of blocks) this.put(block);
    this.changed();
    this.schedule();
  }

  /** Adds new blocks and replaces changed ones, keeping reading order. */
  upsertBlocks(blocks: readonly BlockInput[]): void {
    for (const block of blocks) {
      if (!this.states.has(block.element)) this.insertInOrder(block.element);
      this.put(block);
    }
    this.changed();
    this.schedule();
  }

  removeBlocks(elements: Iterable<Element>): void {
    let removed = false;
    const gone = new Set<Element>();
    for (const element of elements) {
      if (this.states.has(element)) {
        this.forget(element);
        gone.add(element);
        removed = true;
      }
    }
    if (!removed) return;
    this.order = this.order.filter((element) => !gone.has(element) && this.states.has(element));
    this.changed();
  }

  /** Drops blocks whose element left the page. */
  prune(): void {
    this.removeBlocks(this.order.filter((element) => !element.isConnected));
  }

  /** Forgets every block and erases the paint (cached analyses stay for a later rescan). */
  clear(): void {
    this.flagged = 0;
    this.queue.clear();
    this.states.clear();
    this.order = [];
    this.options.painter.clear();
    this.changed();
  }

  /** Category toggles: repaints from the cached analyses, never re-analyses. */
  setEnabledCategories(categories: Iterable<Category>): void {
    this.enabled = new Set(categories);
    for (const state of this.states.values()) if (state.analysis) this.paint(state);
    this.changed();
  }

  /** Resolves when no block waits for analysis. */
  whenIdle(): Promise<void> {
    if (!this.queue.size || this.disposed) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Flags, merged sources and stats of the enabled categories, in reading order. */
  private collected(): { scan: ScanResult; entries: FlagEntry[] } {
    this.result ??= this.collect();
    return this.result;
  }

  scanResult(): ScanResult {
    return this.collected().scan;
  }

  entries(): readonly FlagEntry[] {
    return this.collected().entries;
  }

  /** The built blocks in reading order: the pieces of the body text that flag offsets point into. */
  textBlocks(): TextBlock[] {
    const blocks: TextBlock[] = [];
    for (const element of this.order) {
      const block = this.states.get(element)?.block;
      if (block) blocks.push(block);
    }
    return blocks;
  }

  dispose(): void {
    this.disposed = true;
    this.flagged = 0;
    this.queue.clear();
    this.states.clear();
    this.order = [];
    this.flushIdle();
  }

  private put(input: BlockInput): void {
    const previous = this.states.get(input.element);
    // The block keeps its flags until it is processed again, so counts do not flicker on a
    // rescan; processing repaints it (from the cached analysis when its text is unchanged).
    this.states.set(input.element, {
      input,
      block: previous?.block ?? null,
      analysis: previous?.analysis ?? null,
      painted: previous?.painted ?? [],
    });
    this.queue.add(input.element);
  }

  private forget(element: Element): void {
    this.flagged -= this.states.get(element)?.painted.length ?? 0;
    this.states.delete(element);
    this.queue.delete(element);
    this.options.painter.erase(element);
  }

  private insertInOrder(element: Element): void {
    let low = 0;
    let high = this.order.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (precedes(this.order[middle]!, element)) low = middle + 1;
      else high = middle;
    }
    this.order.splice(low, 0, element);
  }

  private schedule(): void {
    if (this.running || this.disposed) return;
    this.running = true;
    void this.run();
  }

  private async run(): Promise<void> {
    try {
      // Never in the caller's task: finding the body has already used part of it.
      await this.options.yieldToMain();
      while (this.queue.size && !this.disposed) {
        this.timeWork(() => {
          const sliceStart = this.now();
          do {
            const element: Element = this.queue.values().next().value!;
            this.queue.delete(element);
            this.process(element);
          } while (this.queue.size && this.now() - sliceStart < SLICE_BUDGET_MS);
          this.changed();
        });
        if (this.queue.size) await this.options.yieldToMain();
      }
    } catch (error) {
      this.options.onError?.(error);
    } finally {
      this.running = false;
      this.flushIdle();
    }
  }

  private process(element: Element): void {
    const state = this.states.get(element);
    if (!state) return;
    try {
      const block = 'text' in state.input ? state.input : blockFromNodes(state.input, this.options.doc);
      if (!block) {
        this.forget(element); // its stale place in `order` is skipped, and dropped on the next removal
        return;
      }
      state.block = block;
      const text = block.text;
      const cached = this.cache.get(element);
      let analysis = cached && cached.text === text ? cached.analysis : null;
      if (!analysis) {
        analysis = this.options.analyze(text);
        this.cache.set(element, { text, analysis });
      }
      state.analysis = analysis;
      this.paint(state);
    } catch (error) {
      this.options.onError?.(error);
    }
  }

  private paint(state: BlockState): void {
    const { block, analysis } = state;
    if (!block) return;
    const doc = this.options.doc;
    const previous = state.painted.length;
    state.painted = (analysis?.flags ?? [])
      .filter((flag) => this.enabled.has(flag.category))
      .map((flag) => ({
        flag,
        category: flag.category,
        sentence: rangeFor(block, flag.sentence.start, flag.sentence.end, doc),
        cue: rangeFor(block, flag.cue.start, flag.cue.end, doc),
      }));
    this.flagged -= previous;
    this.flagged += state.painted.length;
    this.options.painter.paint(block.element, state.painted);
  }

  private changed(): void {
    this.result = null;
    if (!this.disposed) this.options.onChange?.();
  }

  private flushIdle(): void {
    if (this.queue.size && !this.disposed) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private collect(): { scan: ScanResult; entries: FlagEntry[] } {
    const flags: PageFlag[] = [];
    const entries: FlagEntry[] = [];
    const sources = new Map<string, Source>();
    const byCategory = emptyCounts();
    let sentences = 0;
    let offset = 0;
    for (const element of this.order) {
      const state = this.states.get(element);
      if (!state?.block) continue;
      const base = offset;
      offset += state.block.text.length + BLOCK_SEPARATOR.length;
      const analysis = state.analysis;
      if (!analysis) continue;
      sentences += analysis.stats.sentences;
      const shift = <T extends { start: number; end: number }>(span: T): T => ({
        ...span,
        start: span.start + base,
        end: span.end + base,
      });
      for (const painted of state.painted) {
        const { flag } = painted;
        const pageFlag: PageFlag = {
          id: flags.length,
          category: flag.category,
          cue: shift(flag.cue),
          sentence: shift(flag.sentence),
          key: flagKey(flag.category, flag.sentence.text),
        };
        flags.push(pageFlag);
        entries.push({ flag: pageFlag, block: element, sentence: painted.sentence, cue: painted.cue });
        byCategory[flag.category] += 1;
      }
      for (const source of analysis.sources) {
        if (source.category && !this.enabled.has(source.category)) continue;
        const key = `${source.kind}\u0000${source.name.toLowerCase()}`;
        const merged = sources.get(key);
        const mentions = source.mentions.map(shift);
        if (merged) merged.mentions.push(...mentions);
        else sources.set(key, { ...source, mentions });
      }
    }
    return {
      scan: { flags, sources: [...sources.values()], stats: { sentences, flagged: flags.length, byCategory } },
      entries,
    };
  }
}
