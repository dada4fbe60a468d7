/**
 * Paints flags with the CSS Custom Highlight API: ranges go into named registry entries and a
 * `::highlight()` stylesheet styles them, so the page's DOM is never rewritten. The entry names
 * are a public contract (the e2e tests, the README and user styles read them). The registry is
 * shared with the page's scripts, which can clear or replace entries: `repair()` puts back what
 * a page took away. The reader's own notes are never painted here (see note-overlay.ts).
 */
import { CATEGORIES, type Category } from '../../detector/types.ts';

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
}

/** Higher priority paints on top: the cue over its sentence, the focus flash over both. */
const PRIORITY = { sentence: 0, cue: 2, focus: 3 };

export function createHighlightPainter({ registry, Highlight }: HighlightApi): HighlightPainter {
  const entries = new Map<string, HighlightLike>();
  const entry = (name: string, priority: number) => {
    const highlight = new Highlight();
    highlight.priority = priority;
    registry.set(name, highlight);
    entries.set(name, highlight);
    return highlight;
  };
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, entry(HIGHLIGHT_NAMES[c], PRIORITY.sentence)])) as Record<
    Category,
    HighlightLike
  >;
  const cues = entry(CUE_HIGHLIGHT, PRIORITY.cue);
  const focus = entry(FOCUS_HIGHLIGHT, PRIORITY.focus);
  const painted = new Map<object, readonly PaintedFlag[]>();
  let focused: Range | null = null;

  const erase = (key: object) => {
    for (const flag of painted.get(key) ?? []) {
      byCategory[flag.category].delete(flag.sentence);
      cues.delete(flag.cue);
    }
    painted.delete(key);
  };
  const add = (flags: readonly PaintedFlag[]) => {
    for (const flag of flags) {
      byCategory[flag.category].add(flag.sentence);
      cues.add(flag.cue);
    }
  };

  return {
    paint(key, flags) {
      erase(key);
      if (!flags.length) return;
      add(flags);
      painted.set(key, flags);
    },
    erase,
    clear() {
      for (const highlight of entries.values()) highlight.clear();
      painted.clear();
      focused = null;
    },
    focus(range) {
      focus.clear();
      focused = range;
      if (range) focus.add(range);
    },
    repair() {
      let missing = false;
      for (const [name, highlight] of entries) {
        if (registry.get(name) !== highlight) {
          registry.set(name, highlight);
          missing = true;
        }
      }
      const expected = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
      let all = 0;
      for (const flags of painted.values()) {
        for (const flag of flags) expected[flag.category]++;
        all += flags.length;
      }
      if (cues.size !== all || CATEGORIES.some((c) => byCategory[c].size !== expected[c])) {
        // The page emptied or edited our entries: paint everything again from what we know.
        for (const highlight of [...Object.values(byCategory), cues]) highlight.clear();
        for (const flags of painted.values()) add(flags);
        if (focused) focus.add(focused);
        missing = true;
      }
      return missing;
    },
    dispose() {
      this.clear();
      for (const [name, highlight] of entries) {
        // Only remove what is still ours.
        if (registry.get(name) === highlight) registry.delete(name);
      }
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
