/**
 * One tab's engine: finds the article body, has it analysed, paints the flags, follows the page
 * as it changes (late bodies, infinite scroll, SPA navigation) and answers for it. The pieces
 * live in their own modules (body blocks, the analysis run, the flag and note layers); this class
 * only decides when each runs. Every browser object comes in through `PageSessionDeps`.
 */
import type { Analysis } from '../detector/types.ts';
import type { Note, NoteDraft } from '../shared/note-model.ts';
import type { ReadingEntry } from '../shared/reading.ts';
import { DEFAULT_SETTINGS, isSiteEnabled, type Settings } from '../shared/settings.ts';
import type { PageReport, PageState } from '../shared/messages.ts';
import { isArticlePage } from './article-detection.ts';
import { findArticleBody, NEEDS_READABILITY, type ArticleBody } from './article-body.ts';
import { runAnalysis, type AnalysisRunResult } from './analysis-run.ts';
import { BodyBlocks } from './body-blocks.ts';
import { applyBodyChanges, NEW_TEXT_MIN_CHARS, readableLength } from './body-changes.ts';
import type { BodyText } from './body-text.ts';
import { FlagLayer, type FlagEntry } from './flag-layer.ts';
import { createFlagNavigator, type FlagNavigator, type NavigatorOptions } from './flag-navigation.ts';
import type { HighlightPainter } from './highlight-painter.ts';
import { watchMutations, type MutationBatch } from './mutation-watcher.ts';
import { draftFromFlag, draftFromSelection } from './note-drafts.ts';
import { NoteLayer } from './note-layer.ts';
import type { NotePainter } from './note-overlay.ts';
import { pageContext, readingEntry } from './page-context.ts';
import type { ReadabilityClass } from './readability-body.ts';
import { gatherBlocks } from './gather-blocks.ts';

/** Full rescans (finding the body again) run at most this often while the page keeps changing. */
export const RESCAN_MIN_INTERVAL_MS = 1000;

/** What the engine asks of the background: the reader's notes and dismissals, and the reading record. */
export interface PageStore {
  notesForPage(url: string): Promise<Note[]>;
  dismissalsForPage(url: string): Promise<string[]>;
  setDismissal(url: string, key: string, dismissed: boolean): Promise<void>;
  recordReading(entry: ReadingEntry): Promise<void>;
}

export interface PageSessionDeps {
  doc: Document;
  win: Pick<Window, 'matchMedia'>;
  location: () => string;
  /** The detector, run off the page's main thread. */
  analyze: (text: string) => Promise<Analysis>;
  painter: HighlightPainter;
  notePainter: NotePainter;
  MutationObserver: typeof MutationObserver;
  yieldToMain: () => Promise<void>;
  nextFrame: (callback: () => void) => void;
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
  signal: AbortSignal;
  now: () => number;
  store: PageStore;
  /** Readability's class if it is loaded already, and the way to load it (see readability-body.ts). */
  readability: () => ReadabilityClass | undefined;
  loadReadability: () => Promise<ReadabilityClass>;
  settings?: Settings;
  /** The reader asked for a scan of this page, article or not. */
  forced?: boolean;
  onCountChange?: (count: number) => void;
  onError?: (error: unknown) => void;
  timeWork?: <T>(work: () => T) => T;
  onFirstPaint?: () => void;
  onFlagRevealed?: NavigatorOptions['onReveal'];
}

export class PageSession {
  private state: PageState = 'idle';
  private body: ArticleBody | null = null;
  private bodyText: BodyText | null = null;
  private capped: AnalysisRunResult['capped'];
  private forced: boolean;
  private url: string;
  private settings: Settings;
  private dismissed = new Set<string>();
  private hidden = false;
  private generation = 0;
  private running: Promise<void> | null = null;
  /** Settles when the latest rescan's blocks are gathered and handed to the analysis. */
  private gathering: Promise<void> = Promise.resolve();
  private rerun = false;
  private lastRescan = -Infinity;
  private rescanTimer: unknown = null;
  private lastCount = 0;
  private painted = false;
  private recorded = '';
  private readonly blocks = new BodyBlocks();
  private readonly flags: FlagLayer;
  private readonly notes: NoteLayer;
  readonly navigator: FlagNavigator;

  constructor(private readonly deps: PageSessionDeps) {
    this.url = deps.location();
    this.forced = deps.forced ?? false;
    this.settings = deps.settings ?? DEFAULT_SETTINGS;
    this.flags = new FlagLayer(deps.painter);
    this.notes = new NoteLayer({
      painter: deps.notePainter,
      yieldToMain: deps.yieldToMain,
      now: deps.now,
      timeWork: this.timeWork,
    });
    this.flags.setFilters({ enabled: new Set(this.settings.enabledCategories), dismissed: this.dismissed, hidden: false });
    this.navigator = createFlagNavigator({
      entries: () => this.flags.entries(),
      focus: (range) => deps.painter.focus(range),
      win: deps.win,
      setTimeout: deps.setTimeout,
      clearTimeout: deps.clearTimeout,
      ...(deps.onFlagRevealed ? { onReveal: deps.onFlagRevealed } : {}),
    });
    deps.signal.addEventListener('abort', () => this.dispose(), { once: true });
  }

  /** Starts on an article (or a page with notes, or when forced), and watches the page from then on. */
  start(): Promise<void> {
    watchMutations({
      root: this.deps.doc.documentElement,
      MutationObserver: this.deps.MutationObserver,
      schedule: this.deps.nextFrame,
      onBatch: (batch) => this.guard(() => this.onMutations(batch)),
      signal: this.deps.signal,
    });
    return this.loadStored().then(() => this.guard(() => this.begin()));
  }

  /** Scan now, even a page that does not look like an article ('page/scan'). Resolves when done. */
  async scan(): Promise<PageReport> {
    if (this.siteEnabled()) {
      this.forced = true;
      this.guard(() => this.rescan());
      await this.settled();
    }
    return this.report();
  }

  report(): PageReport {
    return {
      state: this.state === 'ready' && this.running ? 'scanning' : this.state,
      context: pageContext(this.url, this.deps.doc, this.body?.metadata),
      ...this.flags.report(),
      orphanNoteIds: this.notes.orphans,
      notesFound: this.notes.anchored,
      hidden: this.hidden,
      ...(this.capped ? { capped: this.capped } : {}),
    };
  }

  entries(): readonly FlagEntry[] {
    return this.flags.entries();
  }

  /** The body text as last analysed (drafts and note positions use it), or null before there is one. */
  text(): BodyText | null {
    return this.bodyText;
  }

  flagById(id: number) {
    return this.flags.flagById(id);
  }

  /** A draft for one flag ('Save as note' on the card or in the popup), or null for an unknown id. */
  flagDraft(id: number): NoteDraft | null {
    const flag = this.flags.flagById(id);
    return flag ? draftFromFlag(flag, this.bodyText, this.report()) : null;
  }

  /** The reader's selection as a draft, or null when nothing is selected. */
  selectionDraft(selection: Selection | null): NoteDraft | null {
    if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
    return draftFromSelection(selection.getRangeAt(0), this.bodyText, this.report());
  }

  /** Saved notes changed: load them again and find them on the page. */
  async notesChanged(): Promise<void> {
    await this.loadNotes();
    if (this.notes.count && this.state === 'not-article') this.guard(() => this.rescanForNotes());
    else void this.anchorNotes();
  }

  async setDismissed(id: number, dismissed: boolean): Promise<void> {
    const flag = this.flags.flagById(id);
    if (!flag) throw new Error('This flag is no longer on the page.');
    await this.deps.store.setDismissal(this.url, flag.key, dismissed);
    if (dismissed) this.dismissed.add(flag.key);
    else this.dismissed.delete(flag.key);
    this.refilter();
  }

  /** Hides or shows every highlight on this page; toggles when `hidden` is left out. */
  setHidden(hidden = !this.hidden): boolean {
    this.hidden = hidden;
    this.refilter();
    return hidden;
  }

  applySettings(settings: Settings): void {
    this.guard(() => {
      const wasEnabled = this.siteEnabled();
      this.settings = settings;
      this.refilter();
      if (wasEnabled && !this.siteEnabled()) this.stop('disabled');
      else if (!wasEnabled && this.siteEnabled()) this.begin();
    });
  }

  /** The address changed without a page load (pushState, popstate): a new page for us. */
  locationChanged(): void {
    const url = this.deps.location();
    if (url === this.url) return;
    this.url = url;
    this.forced = false;
    this.hidden = false;
    this.dismissed = new Set();
    this.notes.clear();
    this.stop('idle');
    void this.loadStored().then(() => this.guard(() => this.begin()));
  }

  dispose(): void {
    this.generation++;
    if (this.rescanTimer !== null) this.deps.clearTimeout(this.rescanTimer);
    this.deps.painter.dispose();
    this.deps.notePainter.dispose();
  }

  private readonly timeWork = <T>(work: () => T): T => (this.deps.timeWork ? this.deps.timeWork(work) : work());

  private siteEnabled(): boolean {
    let host = '';
    try {
      host = new URL(this.url).hostname;
    } catch {
      // about:blank and the like: no host to switch off.
    }
    return isSiteEnabled(this.settings, host);
  }

  /** The reader's notes and dismissals for this page, from the background. */
  private async loadStored(): Promise<void> {
    const url = this.url;
    const dismissed = await this.deps.store.dismissalsForPage(url).catch((error: unknown) => {
      this.deps.onError?.(error);
      return [] as string[];
    });
    if (url !== this.url) return;
    this.dismissed = new Set(dismissed);
    this.refilter();
    await this.loadNotes();
  }

  private async loadNotes(): Promise<void> {
    const url = this.url;
    try {
      const notes = await this.deps.store.notesForPage(url);
      if (url === this.url) this.notes.set(notes);
    } catch (error) {
      this.deps.onError?.(error);
    }
    this.flags.setSaved(this.notes.savedFlagKeys());
  }

  private begin(): void {
    if (!this.siteEnabled()) this.stop('disabled');
    else if (this.forced || isArticlePage(this.deps.doc) || this.notes.count) this.rescan();
    else this.state = 'not-article';
  }

  /** The reader saved notes on a page that is no article: it is worth reading after all. */
  private rescanForNotes(): void {
    this.forced = true;
    this.rescan();
  }

  private stop(state: PageState): void {
    this.generation++;
    this.state = state;
    this.body = null;
    this.bodyText = null;
    this.capped = undefined;
    this.blocks.clear();
    this.navigator.reset();
    this.flags.clear();
    this.changed();
  }

  /** Finds the body again and reads it whole; unchanged chunks reuse their cached analyses. */
  private rescan(): void {
    this.lastRescan = this.deps.now();
    const generation = ++this.generation;
    const stale = () => generation !== this.generation;
    this.gathering = this.findBody().then(async (body) => {
      if (stale()) return;
      this.body = body;
      if (!body) {
        this.state = this.state === 'not-article' && !this.forced ? 'not-article' : 'idle';
        this.flags.clear();
        return;
      }
      this.state = 'ready';
      const blocks = await gatherBlocks(body, { ...this.deps, timeWork: this.timeWork }, stale);
      if (!blocks || stale()) return;
      this.blocks.set(blocks);
      this.analyze();
    });
  }

  /** The body the page marks, else Readability's (injected only now, when a page needs it). */
  private async findBody(): Promise<ArticleBody | null> {
    const options = { force: this.forced || this.notes.count > 0, Readability: this.deps.readability() };
    const found = this.timeWork(() => findArticleBody(this.deps.doc, options));
    if (found !== NEEDS_READABILITY) return found;
    const Readability = await this.deps.loadReadability();
    const retried = this.timeWork(() => findArticleBody(this.deps.doc, { ...options, Readability }));
    return retried === NEEDS_READABILITY ? null : retried;
  }

  /** Runs the analysis now, or once more after the running one (never two at a time). */
  private analyze(): void {
    if (this.running) {
      this.rerun = true;
      return;
    }
    const generation = this.generation;
    const version = this.blocks.version;
    let index = 0;
    this.running = runAnalysis({
      blocks: this.blocks,
      doc: this.deps.doc,
      analyze: this.deps.analyze,
      yieldToMain: this.deps.yieldToMain,
      now: this.deps.now,
      timeWork: this.timeWork,
      isStale: () => generation !== this.generation || version !== this.blocks.version,
      onChunk: (chunk, body) => {
        this.flags.setChunk(index++, chunk, body);
        this.changed();
      },
    })
      .then((result) => {
        if (!result) return;
        this.flags.truncate(result.chunks);
        this.bodyText = result.body;
        this.capped = result.capped;
        this.changed();
        void this.anchorNotes();
        this.record();
      })
      .catch((error: unknown) => this.deps.onError?.(error))
      .finally(() => {
        this.running = null;
        if (this.rerun) {
          this.rerun = false;
          if (generation === this.generation) this.analyze();
        }
      });
  }

  /** Resolves when the latest rescan has been gathered and every analysis it started has run. */
  async settled(): Promise<void> {
    await this.gathering;
    while (this.running) await this.running;
  }

  private anchorNotes(): Promise<void> {
    if (!this.notes.count) return Promise.resolve();
    return this.notes.anchor(this.bodyText).catch((error: unknown) => this.deps.onError?.(error));
  }

  /** Once per article and visit, while the reader allows it: the profile for the reading record. */
  private record(): void {
    if (!this.settings.recordReading || this.recorded === this.url || !isArticlePage(this.deps.doc)) return;
    this.recorded = this.url;
    void this.deps.store.recordReading(readingEntry(this.report(), Date.now())).catch(() => {});
  }

  private refilter(): void {
    this.flags.setFilters({ enabled: new Set(this.settings.enabledCategories), dismissed: this.dismissed, hidden: this.hidden });
    this.changed();
  }

  /** A rescan now, or as soon as the interval allows (many batches in a row cost one rescan). */
  private requestRescan(): void {
    if (this.rescanTimer !== null) return;
    const wait = this.lastRescan + RESCAN_MIN_INTERVAL_MS - this.deps.now();
    if (wait <= 0) {
      this.begin();
      return;
    }
    this.rescanTimer = this.deps.setTimeout(() => {
      this.rescanTimer = null;
      this.guard(() => this.begin());
    }, wait);
  }

  private onMutations(batch: MutationBatch): void {
    if (this.state === 'disabled') return;
    const body = this.body;
    if (!body) {
      // A body may have arrived (late rendering, a client-side app): look again.
      const text = batch.added.reduce((sum, node) => sum + readableLength(node, NEW_TEXT_MIN_CHARS), 0);
      if (batch.overflow || text >= NEW_TEXT_MIN_CHARS) this.requestRescan();
      return;
    }
    const change = applyBodyChanges(batch, body, this.blocks, this.deps.doc);
    if (change === 'rescan') this.requestRescan();
    else if (change === 'blocks') this.analyze();
    // Text moved: the saved passages' marks follow it.
    if (this.notes.anchored) this.deps.notePainter.reposition();
  }

  private changed(): void {
    const count = this.flags.count;
    if (count > 0 && !this.painted) {
      this.painted = true;
      this.deps.onFirstPaint?.();
    }
    if (count === this.lastCount) return;
    this.lastCount = count;
    this.deps.onCountChange?.(count);
  }

  /** A bug in Sourcelight must never break the page: report it and carry on. */
  private guard(work: () => void): void {
    try {
      this.timeWork(work);
    } catch (error) {
      this.deps.onError?.(error);
    }
  }
}
