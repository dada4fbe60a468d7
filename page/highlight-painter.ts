/**
 * Paints flags with the CSS Custom Highlight API: ranges go into named registry entries and a
 * `::highlight()` stylesheet styles them, so the page's DOM is never rewritten. The entry
 * names are a public contract (the e2e tests and the README read them).
 */
import { CATEGORIES, type Category } from '../detector/types.ts';

export const HIGHLIGHT_NAMES: Readonly<Record<Category, string>> = {
  anonymous: 'sourcelight-anonymous',
  vague: 'sourcelight-vague',
  secondhand: 'sourcelight-secondhand',
  hedged: 'sourcelight-hedged',
};
export const CUE_HIGHLIGHT = 'sourcelight-cue';
export const FOCUS_HIGHLIGHT = 'sourcelight-focus';
/** Saved notes found again on the page. */
export const NOTE_HIGHLIGHT = 'sourcelight-note';

/** The parts of `Highlight` used here, so tests can pass a fake. */
export interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  clear(): void;
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
  /** Replaces what is painted for one block (any object as key: the block element). */
  paint(key: object, flags: readonly PaintedFlag[]): void;
  erase(key: object): void;
  clear(): void;
  /** Replaces the passages of saved notes painted on the page. */
  paintNotes(ranges: readonly Range[]): void;
  /** The temporary "you are here" highlight; null removes it. */
  focus(range: Range | null): void;
  /** Clears and removes Sourcelight's entries from the registry. */
  dispose(): void;
}

export function createHighlightPainter({ registry, Highlight }: HighlightApi): HighlightPainter {
  const entries = new Map<string, HighlightLike>();
  const entry = (name: string, priority: number) => {
    const highlight = new Highlight();
    // Higher priority paints on top: a note over its sentence, the cue over both, the focus flash over all.
    highlight.priority = priority;
    registry.set(name, highlight);
    entries.set(name, highlight);
    return highlight;
  };
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, entry(HIGHLIGHT_NAMES[c], 0)])) as Record<
    Category,
    HighlightLike
  >;
  const notes = entry(NOTE_HIGHLIGHT, 1);
  const cues = entry(CUE_HIGHLIGHT, 2);
  const focus = entry(FOCUS_HIGHLIGHT, 3);
  const painted = new Map<object, readonly PaintedFlag[]>();

  const erase = (key: object) => {
    for (const flag of painted.get(key) ?? []) {
      byCategory[flag.category].delete(flag.sentence);
      cues.delete(flag.cue);
    }
    painted.delete(key);
  };

  return {
    paint(key, flags) {
      erase(key);
      if (!flags.length) return;
      for (const flag of flags) {
        byCategory[flag.category].add(flag.sentence);
        cues.add(flag.cue);
      }
      painted.set(key, flags);
    },
    erase,
    paintNotes(ranges) {
      notes.clear();
      for (const range of ranges) notes.add(range);
    },
    clear() {
      for (const highlight of entries.values()) highlight.clear();
      painted.clear();
    },
    focus(range) {
      focus.clear();
      if (range) focus.add(range);
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
