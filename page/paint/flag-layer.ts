/**
 * The flags of the page as the reader sees them: each chunk's analysis turned into live ranges
 * and painted, then filtered by the reader's choices (categories switched off, flags dismissed
 * on this article, highlights hidden on this page) without analysing again. A flag's ranges are
 * made when first needed, and a chunk after the first is painted when the reader comes near it
 * (near-view.ts): most of a long article's flags are never painted or reached while it loads.
 */
import { CATEGORIES, type Category, type Source } from '../../detector/types.ts';
import { flagKey } from '../../contract/flag-key.ts';
import type { PageAnalysis, PageFlag, PageReport } from '../../contract/messages.ts';
import type { ArticleAnalysis } from '../../detector/analyze-article.ts';
import type { AnalysedChunk } from '../engine/analysis-run.ts';
import type { BodyText } from '../body/body-text.ts';
import type { HighlightPainter, PaintedFlag } from './highlight-painter.ts';
import { type NearView, watchedElements } from './near-view.ts';

/** A flag with its live ranges, in reading order. */
export interface FlagEntry {
  flag: PageFlag;
  sentence: Range;
  cue: Range;
}

interface ChunkFlag {
  flag: Omit<PageFlag, 'id'>;
  /** Its live ranges, made on first use. */
  ranges(): { sentence: Range; cue: Range };
}

interface PaintedChunk {
  /** The painter's key for this chunk's paint. */
  key: object;
  analysis: PageAnalysis;
  flags: ChunkFlag[];
  /** Body offset of the chunk: its analysis offsets are relative to it. */
  start: number;
  /** Its visible flags by category, counted when it is painted (the badge asks after every chunk). */
  visible: Record<Category, number>;
  /** Painted as soon as it comes: the first chunk, or one the reader has come near. */
  near: boolean;
  /** Where its flags' sentences start, for the near view. */
  elements: () => Element[];
}

export interface FlagFilters {
  enabled: ReadonlySet<Category>;
  dismissed: ReadonlySet<string>;
  hidden: boolean;
}

export type FlagReport = Pick<PageReport, 'flags' | 'sources' | 'stats' | 'dismissed' | 'language'>;

const zeroCounts = () => Object.fromEntries(CATEGORIES.map((category) => [category, 0])) as Record<Category, number>;

function shifted<T extends { start: number; end: number }>(span: T, by: number): T {
  return { ...span, start: span.start + by, end: span.end + by };
}

export interface FlagCountListeners {
  onFirstPaint?: (() => void) | undefined;
  onCountChange?: ((count: number) => void) | undefined;
}

export interface FlagLayerOptions extends FlagCountListeners {
  /** Without one, every chunk is painted as it comes. */
  nearView?: NearView | undefined;
}

export class FlagLayer {
  private chunks: PaintedChunk[] = [];
  private filters: FlagFilters = { enabled: new Set(CATEGORIES), dismissed: new Set(), hidden: false };
  private saved: ReadonlySet<string> = new Set();
  private view: { entries: FlagEntry[]; dismissed: PageFlag[] } | null = null;

  private painted = false;
  private lastCount = 0;

  constructor(
    private readonly painter: HighlightPainter,
    private readonly options: FlagLayerOptions = {},
  ) {}

  /** A chunk's analysis arrived (chunk `index` of the current run): its flags replace what was painted there. */
  setChunk(index: number, chunk: AnalysedChunk, body: BodyText): void {
    const flags: ChunkFlag[] = [];
    for (const flag of chunk.analysis.flags) {
      const sentence = shifted(flag.sentence, chunk.start);
      const cue = shifted(flag.cue, chunk.start);
      if (!body.covers(sentence.start, sentence.end) || !body.covers(cue.start, cue.end)) continue;
      let ranges: { sentence: Range; cue: Range } | null = null;
      flags.push({
        flag: { category: flag.category, cue, sentence, key: flagKey(flag.category, flag.sentence.text) },
        ranges: () =>
          (ranges ??= { sentence: body.rangeLater(sentence.start, sentence.end), cue: body.rangeLater(cue.start, cue.end) }),
      });
    }
    const previous = this.chunks[index];
    this.chunks[index] = {
      key: previous?.key ?? {},
      analysis: chunk.analysis,
      flags,
      start: chunk.start,
      visible: zeroCounts(),
      near: previous?.near || index === 0 || !this.options.nearView,
      elements: () =>
        watchedElements(
          flags.map(({ flag }) => flag.sentence.start),
          (offset) => body.elementAt(offset),
        ),
    };
    this.paintChunk(this.chunks[index]!);
    this.view = null;
    this.tellCount();
  }

  /** The run ended with `count` chunks: anything painted past them belongs to text that is gone. */
  truncate(count: number): void {
    for (const chunk of this.chunks.splice(count)) {
      this.options.nearView?.unwatch(chunk.key);
      this.painter.erase(chunk.key);
    }
    this.painter.flush?.();
    this.view = null;
    this.tellCount();
  }

  clear(): void {
    for (const chunk of this.chunks) this.options.nearView?.unwatch(chunk.key);
    this.chunks = [];
    this.painter.clear();
    this.view = null;
    this.tellCount();
  }

  setFilters(filters: FlagFilters): void {
    this.filters = filters;
    for (const chunk of this.chunks) this.paintChunk(chunk);
    // A reader's choice (hide, show, a category, a dismissal) shows at once, never in the next batch.
    this.painter.flush?.();
    this.view = null;
    this.tellCount();
  }

  get currentFilters(): FlagFilters {
    return this.filters;
  }

  /** Keys of the flags the reader's notes already hold (the card and popup say "saved"). */
  setSaved(keys: ReadonlySet<string>): void {
    this.saved = keys;
    this.view = null;
  }

  /** The visible flags, in reading order, with ids. */
  entries(): readonly FlagEntry[] {
    return this.built().entries;
  }

  /** A flag by id, shown or dismissed. */
  flagById(id: number): PageFlag | undefined {
    const { entries, dismissed } = this.built();
    return entries[id]?.flag ?? dismissed[id - entries.length];
  }

  /** Visible flags: summed from each chunk's own count, so a long page is not re-listed after every chunk. */
  get count(): number {
    let count = 0;
    for (const chunk of this.chunks) for (const category of CATEGORIES) count += chunk.visible[category];
    return count;
  }

  /** The badge follows the visible count; the first flags painted mark the page's timeline. */
  private tellCount(): void {
    const count = this.count;
    if (count > 0 && !this.painted) {
      this.painted = true;
      this.options.onFirstPaint?.();
    }
    if (count === this.lastCount) return;
    this.lastCount = count;
    this.options.onCountChange?.(count);
  }

  report(): FlagReport {
    const { entries, dismissed } = this.built();
    // The article's top decides its language: the background reads each chunk with the page's lang as a hint.
    const language = (this.chunks[0]?.analysis as Partial<ArticleAnalysis> | undefined)?.language;
    return {
      flags: entries.map((entry) => entry.flag),
      dismissed,
      sources: this.mergedSources(),
      stats: this.stats(),
      ...(language ? { language } : {}),
    };
  }

  /** The counts alone (the badge and the reading record need no more). */
  stats(): FlagReport['stats'] {
    const byCategory = zeroCounts();
    let sentences = 0;
    for (const chunk of this.chunks) {
      sentences += chunk.analysis.stats.sentences;
      for (const category of CATEGORIES) byCategory[category] += chunk.visible[category];
    }
    return { sentences, flagged: CATEGORIES.reduce((sum, category) => sum + byCategory[category], 0), byCategory };
  }

  private visible(flag: ChunkFlag): boolean {
    return this.filters.enabled.has(flag.flag.category) && !this.filters.dismissed.has(flag.flag.key);
  }

  private paintChunk(chunk: PaintedChunk): void {
    const shown = chunk.flags.filter((flag) => this.visible(flag));
    chunk.visible = zeroCounts();
    for (const { flag } of shown) chunk.visible[flag.category] += 1;
    if (!chunk.near && !this.filters.hidden) {
      this.watchNear(chunk);
      return;
    }
    const painted: PaintedFlag[] = this.filters.hidden
      ? []
      : shown.map(({ flag, ranges }) => ({ category: flag.category, ...ranges() }));
    this.painter.paint(chunk.key, painted);
  }

  /** A chunk far from the reader waits, unpainted, until they come near it. */
  private watchNear(chunk: PaintedChunk): void {
    if (!chunk.flags.length) return;
    this.options.nearView?.watch(chunk.key, chunk.elements(), () => {
      if (!this.chunks.includes(chunk)) return;
      chunk.near = true;
      this.paintChunk(chunk);
      // The reader is there now: not after the batch interval, which grows while a long body is read.
      this.painter.flush?.();
    });
  }

  private built(): { entries: FlagEntry[]; dismissed: PageFlag[] } {
    if (this.view) return this.view;
    const shown: ChunkFlag[] = [];
    const set: ChunkFlag[] = [];
    for (const chunk of this.chunks) {
      for (const each of chunk.flags) {
        if (!this.filters.enabled.has(each.flag.category)) continue;
        (this.filters.dismissed.has(each.flag.key) ? set : shown).push(each);
      }
    }
    // One id space: visible flags first (0…n-1, what keyboard steps and the popup's list use), then dismissed ones.
    const withId = (each: ChunkFlag, id: number): PageFlag => ({
      ...each.flag,
      id,
      ...(this.saved.has(each.flag.key) ? { saved: true } : {}),
    });
    const entries = shown.map(
      (each, id): FlagEntry => ({
        flag: withId(each, id),
        get sentence() {
          return each.ranges().sentence;
        },
        get cue() {
          return each.ranges().cue;
        },
      }),
    );
    const dismissed = set.map((each, index) => withId(each, shown.length + index));
    this.view = { entries, dismissed };
    return this.view;
  }

  private mergedSources(): Source[] {
    const sources = new Map<string, Source>();
    for (const chunk of this.chunks) {
      for (const source of chunk.analysis.sources) {
        if (source.category && !this.filters.enabled.has(source.category)) continue;
        const key = `${source.kind}\u0000${source.name.toLowerCase()}`;
        const mentions = source.mentions.map((mention) => shifted(mention, chunk.start));
        const merged = sources.get(key);
        if (merged) merged.mentions.push(...mentions);
        else sources.set(key, { ...source, mentions });
      }
    }
    return [...sources.values()];
  }
}
