/**
 * Paints flags with the CSS Custom Highlight API: ranges go into named registry entries and a
 * `::highlight()` stylesheet styles them, so the page's DOM is never rewritten. The entry names
 * are a public contract (the e2e tests, the README and user styles read them). The registry is
 * shared with the page's scripts, which can clear or replace entries: `repair()` puts back what
 * a page took away. The reader's own notes are never painted here (see note-overlay.ts).
 */
import type { Category } from '../../detector/types.ts';

export const HIGHLIGHT_NAMES: Readonly<Record<Category, string>> = {
  anonymous: 'sourcelight-anonymous',
  vague: 'sourcelight-vague',
  secondhand: 'sourcelight-secondhand',
  hedged: 'sourcelight-hedged',
};
export const CUE_HIGHLIGHT = 'sourcelight-cue';
export const FOCUS_HIGHLIGHT = 'sourcelight-focus';

/** The parts of `Highlight` used here, so tests can pass a fake. */
export interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  clear(): void;
  readonly size: number;
  priority: number;
}
export interface HighlightRegistryLike {
  set(name: string, highlight: HighlightLike): unknown;
  get(name: string): unknown;
  delete(name: string): boolean;
}
export type HighlightConstructor = new (...ranges: AbstractRange[]) => HighlightLike;

export interface HighlightApi {
  registry: HighlightRegistryLike;
  Highlight: HighlightConstructor;
}

/** One flag as painted: its category, its sentence and its cue. */
export interface PaintedFlag {
  category: Category;
  sentence: Range;
  cue: Range;
}

export interface HighlightPainter {
  /** Replaces what is painted under one key (any object: a chunk of the body). */
  paint(key: object, flags: readonly PaintedFlag[]): void;
  erase(key: object): void;
  clear(): void;
  /** The temporary "you are here" highlight; null removes it. */
  focus(range: Range | null): void;
  /** Puts back entries and ranges the page removed from the registry; true when something was missing. */
  repair(): boolean;
  /** Clears and removes Sourcelight's entries from the registry. */
  dispose(): void;
  /** Applies at once whatever paints are waiting (see highlight-batch.ts); the run of the analysis is over. */
  flush?(): void;
}

/** Higher priority paints on top: the cue over its sentence, the focus flash over both. */
const PRIORITY = { sentence: 0, cue: 2, focus: 3 };

export interface PainterOptions {
  /** Called once, just before the first flags go into the registry: their look goes in first (see highlight-styles.ts). */
  beforeFirstPaint?: (first: PaintedFlag) => void;
}

/**
 * Each registry update makes the browser validate every highlighted range again in the next
 * frame, so entries are made when first needed and registered with their ranges already in
 * them: a page with no flags gets no entry, and the first screen's flags cost one update an entry.
 */
export function createHighlightPainter({ registry, Highlight }: HighlightApi, options: PainterOptions = {}): HighlightPainter {
  /** Entries made so far, registered or about to be. */
  const entries = new Map<string, HighlightLike>();
  /** How many ranges each entry should hold (repair compares with its size). */
  const wanted = new Map<string, number>();
  const entry = (name: string, priority: number) => {
    let highlight = entries.get(name);
    if (!highlight) {
      highlight = new Highlight();
      highlight.priority = priority;
      entries.set(name, highlight);
      wanted.set(name, 0);
    }
    return highlight;
  };
  const registered = new Set<string>();
  /** Registers the entries made since the last call, with what they hold by now. */
  const registerNew = () => {
    for (const [name, highlight] of entries) {
      if (registered.has(name)) continue;
      registry.set(name, highlight);
      registered.add(name);
    }
  };
  const painted = new Map<object, readonly PaintedFlag[]>();
  let focused: Range | null = null;
  let styled = false;
  const count = (name: string, by: number) => wanted.set(name, (wanted.get(name) ?? 0) + by);

  const erase = (key: object) => {
    for (const flag of painted.get(key) ?? []) {
      const name = HIGHLIGHT_NAMES[flag.category];
      entries.get(name)?.delete(flag.sentence);
      entries.get(CUE_HIGHLIGHT)?.delete(flag.cue);
      count(name, -1);
      count(CUE_HIGHLIGHT, -1);
    }
    painted.delete(key);
  };
  const add = (flags: readonly PaintedFlag[], counted: boolean) => {
    for (const flag of flags) {
      const name = HIGHLIGHT_NAMES[flag.category];
      entry(name, PRIORITY.sentence).add(flag.sentence);
      entry(CUE_HIGHLIGHT, PRIORITY.cue).add(flag.cue);
      if (!counted) continue;
      count(name, 1);
      count(CUE_HIGHLIGHT, 1);
    }
  };

  return {
    paint(key, flags) {
      erase(key);
      if (!flags.length) return;
      if (!styled) {
        styled = true;
        options.beforeFirstPaint?.(flags[0]!);
      }
      add(flags, true);
      painted.set(key, flags);
      registerNew();
    },
    erase,
    clear() {
      for (const highlight of entries.values()) highlight.clear();
      for (const name of wanted.keys()) wanted.set(name, 0);
      painted.clear();
      focused = null;
    },
    focus(range) {
      focused = range;
      if (!range && !entries.has(FOCUS_HIGHLIGHT)) return;
      const focus = entry(FOCUS_HIGHLIGHT, PRIORITY.focus);
      focus.clear();
      wanted.set(FOCUS_HIGHLIGHT, range ? 1 : 0);
      if (range) focus.add(range);
      registerNew();
    },
    repair() {
      let missing = false;
      for (const name of registered) {
        const highlight = entries.get(name)!;
        if (registry.get(name) !== highlight) {
          registry.set(name, highlight);
          missing = true;
        }
      }
      if ([...entries].some(([name, highlight]) => highlight.size !== wanted.get(name))) {
        // The page emptied or edited our entries: paint everything again from what we know.
        for (const highlight of entries.values()) highlight.clear();
        for (const flags of painted.values()) add(flags, false);
        if (focused) entries.get(FOCUS_HIGHLIGHT)?.add(focused);
        missing = true;
      }
      return missing;
    },
    dispose() {
      this.clear();
      for (const name of registered) {
        // Only remove what is still ours.
        if (registry.get(name) === entries.get(name)) registry.delete(name);
      }
      registered.clear();
    },
  };
}

/** Paints nothing: the browser has no Custom Highlight API (flags are still found and listed). */
export const NO_PAINTER: HighlightPainter = {
  paint() {},
  erase() {},
  clear() {},
  focus() {},
  repair: () => false,
  dispose() {},
};
