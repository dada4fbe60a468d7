/**
 * One tab's engine: finds the article body, has it analysed, paints the flags, follows the page
 * as it changes (late bodies, infinite scroll, SPA navigation) and answers for it. The pieces
 * live in their own modules (body blocks, the analysis run, the flag and note layers); this class
 * only decides when each runs. Every browser object comes in through `PageSessionDeps`.
 */
import { siteOf } from '../shared/article-url.ts';
import type { PageReport, PageState } from '../shared/messages.ts';
import type { NoteDraft } from '../shared/note-model.ts';
import { DEFAULT_SETTINGS, isSiteEnabled, type Settings } from '../shared/settings.ts';
import { isArticlePage } from './article-detection.ts';
import type { ArticleBody } from './article-body.ts';
import { AnalysisLoop } from './analysis-loop.ts';
import { type AnalysisRunResult, FIRST_SCREEN_CHARS } from './analysis-run.ts';
import { BodyBlocks } from './body-blocks.ts';
import { applyBodyChanges, NEW_TEXT_MIN_CHARS, readableLength } from './body-changes.ts';
import type { BodyText } from './body-text.ts';
import { findBody } from './find-body.ts';
import { FlagLayer, type FlagEntry } from './flag-layer.ts';
import { createFlagNavigator, type FlagNavigator } from './flag-navigation.ts';
import { gatherBlocks, SYNC_GROUP_MAX_NODES } from './gather-blocks.ts';
import type { PendingBlock } from './text-blocks.ts';
import { watchMutations, type MutationBatch } from './mutation-watcher.ts';
import { draftFromFlag, draftFromSelection } from './note-drafts.ts';
import { NoteLayer } from './note-layer.ts';
import { pageContext, readingEntry } from './page-context.ts';
import { ReaderMarks } from './reader-marks.ts';
import { RescanThrottle } from './rescan-throttle.ts';
import type { PageSessionDeps } from './session-deps.ts';

export type { PageSessionDeps, PageStore } from './session-deps.ts';

export { RESCAN_MIN_INTERVAL_MS } from './rescan-throttle.ts';

/** The rest of a long body waits at most this long for its top to be painted. */
export const TOP_FIRST_WAIT_MS = 300;

export class PageSession {
  private state: PageState = 'idle';
  private body: ArticleBody | null = null;
  private bodyText: BodyText | null = null;
  private capped: AnalysisRunResult['capped'];
  private forced: boolean;
  private url: string;
  private settings: Settings;
  private generation = 0;
  /** Called when a chunk is painted, while the rest of a long body waits for its top to show. */
  private chunkPainted: (() => void) | null = null;
  /** Settles when the reader's notes and dismissals for this address are loaded. */
  private stored: Promise<void> = Promise.resolve();
  /** Settles when the latest rescan's blocks are gathered and handed to the analysis. */
  private gathering: Promise<void> = Promise.resolve();
  private readonly rescans: RescanThrottle;
  private lastCount = 0;
  private painted = false;
  private recorded = '';
  /** Whether the page looked like an article when it was last begun. */
  private article = false;
  private loaderSaidArticle: boolean;
  private readonly blocks = new BodyBlocks();
  private readonly flags: FlagLayer;
  private readonly notes: NoteLayer;
  private readonly marks: ReaderMarks;
  private readonly analysis: AnalysisLoop;
  readonly navigator: FlagNavigator;

  constructor(private readonly deps: PageSessionDeps) {
    this.url = deps.location();
    this.forced = deps.forced ?? false;
    this.loaderSaidArticle = deps.article ?? false;
    this.settings = deps.settings ?? DEFAULT_SETTINGS;
    this.flags = new FlagLayer(deps.painter);
    this.notes = new NoteLayer({ ...deps, painter: deps.notePainter, timeWork: this.timeWork });
    this.rescans = new RescanThrottle(deps);
    this.marks = new ReaderMarks(deps.store, this.notes, (error) => deps.onError?.(error));
    this.analysis = new AnalysisLoop({
      ...deps,
      // Sent at once; answered only when the stored marks are in (see start).
      analyze: async (text) => {
        const analysis = deps.analyze(text);
        await this.stored;
        return analysis;
      },
      blocks: this.blocks,
      timeWork: this.timeWork,
      generation: () => this.generation,
      // The rest of a huge body is never walked: its length is told from its paragraphs, which
      // the browser counts without reading them.
      estimateTotal: (scanned, read) => {
        const paragraphs = this.body?.root.getElementsByTagName('p').length ?? 0;
        return paragraphs > read ? Math.round((scanned / Math.max(read, 1)) * paragraphs) : scanned;
      },
      // A body too long to group at once is long: its first chunk is a screenful, painted first.
      firstChunk: () =>
        this.body && (this.body.textNodes?.length ?? Infinity) > SYNC_GROUP_MAX_NODES ? FIRST_SCREEN_CHARS : undefined,
      onChunk: (index, chunk, body) => {
        this.flags.setChunk(index, chunk, body);
        this.changed();
        this.chunkPainted?.();
      },
      onDone: (result) => this.analysed(result),
      onError: (error) => deps.onError?.(error),
    });
    this.refilter();
    this.navigator = createFlagNavigator({
      ...deps,
      entries: () => this.flags.entries(),
      focus: (range) => deps.painter.focus(range),
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
    // The page is read while the reader's notes and dismissals load (two round trips to the
    // background); the first flags are painted once both are in, so a dismissed flag never shows.
    this.stored = this.loadStored();
    this.guard(() => this.begin());
    return this.stored.then(() => this.guard(() => this.storedArrived()));
  }

  /** Notes may make a page that is no article worth reading; otherwise they are found on it. */
  private storedArrived(): void {
    if (this.notes.count && this.state === 'not-article') this.rescanForNotes();
    else void this.anchorNotes();
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
      state: this.state === 'ready' && this.analysis.busy ? 'scanning' : this.state,
      context: pageContext(this.url, this.deps.doc, this.body?.metadata),
      ...this.flags.report(),
      orphanNoteIds: this.notes.orphans,
      notesFound: this.notes.anchored,
      hidden: this.marks.hidden,
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
    const url = this.url;
    await this.marks.loadNotes(url, () => url === this.url);
    this.flags.setSaved(this.notes.savedFlagKeys());
    if (this.notes.count && this.state === 'not-article') this.guard(() => this.rescanForNotes());
    else void this.anchorNotes();
  }

  async setDismissed(id: number, dismissed: boolean): Promise<void> {
    const flag = this.flags.flagById(id);
    if (!flag) throw new Error('This flag is no longer on the page.');
    await this.marks.dismiss(this.url, flag.key, dismissed);
    this.refilter();
  }

  /** Hides or shows every highlight on this page; toggles when `hidden` is left out. */
  setHidden(hidden = !this.marks.hidden): boolean {
    this.marks.hidden = hidden;
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
    this.marks.reset();
    this.stop('idle');
    this.stored = this.loadStored();
    this.guard(() => this.begin());
    void this.stored.then(() => this.guard(() => this.storedArrived()));
  }

  dispose(): void {
    this.generation++;
    this.rescans.cancel();
    this.deps.painter.dispose();
    this.deps.notePainter.dispose();
  }

  private readonly timeWork = <T>(work: () => T): T => (this.deps.timeWork ? this.deps.timeWork(work) : work());

  private siteEnabled(): boolean {
    return isSiteEnabled(this.settings, siteOf(this.url));
  }

  /** The reader's notes and dismissals for this page, from the background. */
  private async loadStored(): Promise<void> {
    const url = this.url;
    await this.marks.load(url, () => url === this.url);
    this.flags.setSaved(this.notes.savedFlagKeys());
    this.refilter();
  }

  private begin(): void {
    if (!this.siteEnabled()) {
      this.stop('disabled');
      return;
    }
    // The loader has just found the page an article: the first look need not be taken twice.
    this.article = this.loaderSaidArticle || isArticlePage(this.deps.doc);
    this.loaderSaidArticle = false;
    if (this.article || this.forced || this.notes.count) this.rescan();
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
    this.rescans.ran();
    const generation = ++this.generation;
    const stale = () => generation !== this.generation;
    this.gathering = findBody(this.deps, { force: this.forced || this.notes.count > 0 }, this.timeWork).then(async (body) => {
      if (stale()) return;
      this.body = body;
      if (!body) {
        this.state = this.state === 'not-article' && !this.forced ? 'not-article' : 'idle';
        this.flags.clear();
        return;
      }
      this.state = 'ready';
      // A long body: its top is read and painted while the rest is still being gathered.
      const readTop = (top: PendingBlock[]) => {
        this.blocks.set(top);
        this.analysis.request();
      };
      // The rest is gathered once the top is painted: the page's main thread is kept free for the
      // answer meanwhile (yielding lets the page run, but our own continuations would go first).
      const topPainted = new Promise<void>((resolve) => {
        this.chunkPainted = resolve;
        this.deps.setTimeout(resolve, TOP_FIRST_WAIT_MS);
      });
      const blocks = await gatherBlocks(body, { ...this.deps, timeWork: this.timeWork }, stale, readTop, () => topPainted);
      this.chunkPainted = null;
      if (!blocks || stale()) return;
      this.blocks.set(blocks);
      this.analysis.request();
    });
  }

  /** A run of the analysis finished: the body text it read is the one drafts and notes use. */
  private analysed(result: AnalysisRunResult): void {
    this.flags.truncate(result.chunks);
    this.bodyText = result.body;
    this.capped = result.capped;
    this.changed();
    void this.anchorNotes();
    this.record();
  }

  /** Resolves when the latest rescan has been gathered and every analysis it started has run. */
  async settled(): Promise<void> {
    for (;;) {
      const gathering = this.gathering;
      await gathering;
      await this.analysis.settled();
      // A newer rescan may have started while this one settled: wait for that one too.
      if (gathering === this.gathering && !this.analysis.busy) return;
    }
  }

  private anchorNotes(): Promise<void> {
    if (!this.notes.count) return Promise.resolve();
    return this.notes.anchor(this.bodyText).catch((error: unknown) => this.deps.onError?.(error));
  }

  /** Once per article and visit, while the reader allows it: the profile for the reading record. */
  private record(): void {
    // An article the reader opened, not a page they had scanned or that holds their notes.
    if (!this.settings.recordReading || this.recorded === this.url || !this.article) return;
    this.recorded = this.url;
    const profile = { context: pageContext(this.url, this.deps.doc, this.body?.metadata), stats: this.flags.stats() };
    void this.deps.store.recordReading(readingEntry(profile, Date.now())).catch(() => {});
  }

  private refilter(): void {
    this.flags.setFilters({
      enabled: new Set(this.settings.enabledCategories),
      dismissed: this.marks.dismissed,
      hidden: this.marks.hidden,
    });
    this.changed();
  }

  /** A rescan now, or as soon as the interval allows (many batches in a row cost one rescan). */
  private requestRescan(): void {
    this.rescans.request(() => this.guard(() => this.begin()));
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
    else if (change === 'blocks') this.analysis.request();
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
