/**
 * One tab's engine: finds the article body, has it analysed, paints the flags, follows the page
 * as it changes (late bodies, infinite scroll, SPA navigation) and answers for it. The pieces
 * live in their own modules (body blocks, the analysis run, the flag and note layers), made and
 * joined in session-parts.ts; this class only decides when each runs. Every browser object comes
 * in through `PageSessionDeps`.
 */
import { siteOf } from '../../contract/article-url.ts';
import type { PageReport, PageState } from '../../contract/messages.ts';
import { DEFAULT_SETTINGS, isSiteEnabled, type Settings } from '../../contract/settings.ts';
import { isArticlePage } from '../loader/article-detection.ts';
import type { ArticleBody } from '../body/article-body.ts';
import type { AnalysisLoop } from './analysis-loop.ts';
import type { AnalysisRunResult } from './analysis-run.ts';
import type { BodyBlocks } from '../body/body-blocks.ts';
import { applyBodyChanges } from '../body/body-changes.ts';
import type { BodyReader } from '../body/body-reader.ts';
import type { BodyText } from '../body/body-text.ts';
import type { FlagEntry, FlagLayer } from '../paint/flag-layer.ts';
import type { FlagNavigator } from '../paint/flag-navigation.ts';
import { watchMutations, type MutationBatch } from './mutation-watcher.ts';
import type { NoteLayer } from '../marks/note-layer.ts';
import { pageContext, readingEntry } from '../body/article-context.ts';
import type { ReaderMarks } from '../marks/reader-marks.ts';
import type { RescanThrottle } from './rescan-throttle.ts';
import type { PageSessionDeps } from './session-deps.ts';
import { createSessionParts } from './session-parts.ts';

export class PageSession {
  private state: PageState = 'idle';
  private bodyText: BodyText | null = null;
  private capped: AnalysisRunResult['capped'];
  private forced: boolean;
  private url: string;
  private settings: Settings;
  private generation = 0;
  /** Settles when the reader's notes and dismissals for this address are loaded. */
  private stored: Promise<void> = Promise.resolve();
  /** Settles when the latest rescan's blocks are gathered and handed to the analysis. */
  private gathering: Promise<void> = Promise.resolve();
  private recorded = '';
  /** Whether the page looked like an article when it was last begun. */
  private article = false;
  private loaderSaidArticle: boolean;
  private readonly blocks: BodyBlocks;
  private readonly reader: BodyReader;
  private readonly flags: FlagLayer;
  private readonly notes: NoteLayer;
  private readonly marks: ReaderMarks;
  private readonly analysis: AnalysisLoop;
  private readonly rescans: RescanThrottle;
  readonly navigator: FlagNavigator;

  constructor(private readonly deps: PageSessionDeps) {
    this.url = deps.location();
    this.forced = deps.forced ?? false;
    this.loaderSaidArticle = deps.article ?? false;
    this.settings = deps.settings ?? DEFAULT_SETTINGS;
    const parts = createSessionParts(deps, {
      settings: () => this.settings,
      stored: () => this.stored,
      generation: () => this.generation,
      timeWork: this.timeWork,
      analysed: (result) => this.analysed(result),
    });
    ({
      blocks: this.blocks,
      reader: this.reader,
      flags: this.flags,
      notes: this.notes,
      marks: this.marks,
      analysis: this.analysis,
      rescans: this.rescans,
      navigator: this.navigator,
    } = parts);
    this.marks.refilter();
    deps.signal.addEventListener('abort', () => this.dispose(), { once: true });
  }

  /** Starts on an article (or when the reader asked for a scan or their notes), and watches the page from then on. */
  start(): Promise<void> {
    watchMutations({
      root: this.deps.doc.documentElement,
      MutationObserver: this.deps.MutationObserver,
      schedule: this.deps.nextFrame,
      onBatch: (batch) => this.guard(() => this.onMutations(batch)),
      signal: this.deps.signal,
    });
    return this.beginWithStored();
  }

  /**
   * The page is read while the reader's notes and dismissals load (two round trips to the
   * background); the first flags are painted once both are in, so a dismissed flag never shows.
   */
  private beginWithStored(): Promise<void> {
    this.stored = this.loadStored();
    this.guard(() => this.begin());
    return this.stored.then(() => this.guard(() => this.storedArrived()));
  }

  /**
   * Notes are found on a page already being read. They never make the engine read a page that
   * is no article: the reader asks for that ('page/show-notes'), or the page would know.
   */
  private storedArrived(): void {
    void this.anchorNotes();
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
      context: pageContext(this.url, this.deps.doc, this.reader.body?.metadata),
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

  /** Saved notes changed: load them again and find them on the page. */
  async notesChanged(): Promise<void> {
    const url = this.url;
    await this.marks.loadNotes(url, () => url === this.url);
    this.guard(() => this.storedArrived());
  }

  async setDismissed(id: number, dismissed: boolean): Promise<void> {
    const flag = this.flags.flagById(id);
    if (!flag) throw new Error('This flag is no longer on the page.');
    await this.marks.dismiss(this.url, flag.key, dismissed);
  }

  /** Hides or shows every highlight on this page; toggles when `hidden` is left out. */
  setHidden(hidden = !this.marks.hidden): boolean {
    return this.marks.setHidden(hidden);
  }

  applySettings(settings: Settings): void {
    this.guard(() => {
      const wasEnabled = this.siteEnabled();
      this.settings = settings;
      this.marks.refilter();
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
    void this.beginWithStored();
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
  private loadStored(): Promise<void> {
    const url = this.url;
    return this.marks.load(url, () => url === this.url);
  }

  private begin(): void {
    if (!this.siteEnabled()) {
      this.stop('disabled');
      return;
    }
    // The loader has just found the page an article: the first look need not be taken twice.
    this.article = this.loaderSaidArticle || isArticlePage(this.deps.doc);
    this.loaderSaidArticle = false;
    if (this.article || this.forced) this.rescan();
    else this.state = 'not-article';
  }

  private stop(state: PageState): void {
    this.generation++;
    this.state = state;
    this.reader.clear();
    this.bodyText = null;
    this.capped = undefined;
    this.blocks.clear();
    this.navigator.reset();
    this.flags.clear();
  }

  /** Finds the body again and reads it whole; unchanged chunks reuse their cached analyses. */
  private rescan(): void {
    this.rescans.ran();
    const generation = ++this.generation;
    const stale = () => generation !== this.generation;
    this.gathering = this.reader.read({
      force: this.forced,
      stale,
      found: (body) => this.bodyFound(body),
      blocks: (blocks) => {
        this.blocks.set(blocks);
        this.analysis.request();
      },
    });
  }

  private bodyFound(body: ArticleBody | null): void {
    if (body) {
      this.state = 'ready';
      return;
    }
    this.state = this.state === 'not-article' && !this.forced ? 'not-article' : 'idle';
    this.flags.clear();
  }

  /** A run of the analysis finished: the body text it read is the one drafts and notes use. */
  private analysed(result: AnalysisRunResult): void {
    this.flags.truncate(result.chunks);
    this.bodyText = result.body;
    this.capped = result.capped;
    // A page without flags gets the notes' overlay now, notes or none (note-overlay.ts).
    this.deps.notePainter.attach();
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
    const profile = { context: pageContext(this.url, this.deps.doc, this.reader.body?.metadata), stats: this.flags.stats() };
    void this.deps.store.recordReading(readingEntry(profile, Date.now())).catch(() => {});
  }

  /** A rescan now, or as soon as the interval allows (many batches in a row cost one rescan). */
  private requestRescan(): void {
    this.rescans.request(() => this.guard(() => this.begin()));
  }

  private onMutations(batch: MutationBatch): void {
    if (this.state === 'disabled') return;
    const change = applyBodyChanges(batch, this.reader.body, this.blocks, this.deps.doc);
    if (change === 'rescan') this.requestRescan();
    else if (change === 'blocks') this.analysis.request();
    // Text moved: the saved passages' marks follow it.
    if (this.reader.body && this.notes.anchored) this.deps.notePainter.reposition();
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
