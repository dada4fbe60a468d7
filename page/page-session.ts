/**
 * One tab's Sourcelight: detects the article, finds its body, scans and paints it, follows the
 * page as it changes (late bodies, infinite scroll, SPA navigation) and answers for it. Every
 * browser object comes in through `PageSessionDeps`, so the content script only wires and tests
 * drive it with fakes.
 */
import type { PageContext, PageReport, PageState } from '../shared/messages.ts';
import { matchQuote } from './match-quote.ts';
import type { Note, NoteDraft } from '../shared/note-model.ts';
import { DEFAULT_SETTINGS, isSiteEnabled, type Settings } from '../shared/settings.ts';
import type { Category } from '../detector/types.ts';
import { isArticlePage } from './article-detection.ts';
import { createExclusionCheck, findArticleBody, type ArticleBody } from './article-body.ts';
import { createBodyText, type BodyText } from './body-text.ts';
import { createFlagNavigator, type FlagNavigator, type NavigatorOptions } from './flag-navigation.ts';
import { createHighlightPainter, type HighlightApi, type HighlightPainter } from './highlight-painter.ts';
import { isInsideSourcelightUi, watchMutations, type MutationBatch } from './mutation-watcher.ts';
import { draftFromFlag, draftFromSelection } from './note-drafts.ts';
import { PageScanner, SLICE_BUDGET_MS, type Analyzer, type FlagEntry, type TimeWork, type YieldToMain } from './page-scanner.ts';
import { createBlockGatherer } from './block-gatherer.ts';
import { blockElementOf, buildBlock, groupByBlock, isBlockElement } from './text-blocks.ts';

/** Added text outside the body (or before there is one) worth a new look for the article. */
export const NEW_TEXT_MIN_CHARS = 200;
/** Past this many text nodes, grouping them into blocks waits for the next task (long-task budget). */
export const SYNC_GROUP_MAX_NODES = 1500;
/** Full rescans (clone + Readability) run at most this often while the page keeps changing. */
export const RESCAN_MIN_INTERVAL_MS = 1000;

export interface PageSessionDeps {
  doc: Document;
  win: Pick<Window, 'matchMedia'>;
  /** The page's address now (read on each navigation). */
  location: () => string;
  analyze: Analyzer;
  /** Null when the browser has no CSS Custom Highlight API: flags are still found and listed. */
  highlights: HighlightApi | null;
  MutationObserver: typeof MutationObserver;
  yieldToMain: YieldToMain;
  /** Runs a callback once in the next frame (mutation batches). */
  nextFrame: (callback: () => void) => void;
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
  signal: AbortSignal;
  now?: () => number;
  settings?: Settings;
  /** The number of visible flags changed (0 clears the badge). */
  onCountChange?: (count: number) => void;
  onError?: (error: unknown) => void;
  /** Wraps every piece of main-thread work (a seam for User Timing measures). */
  timeWork?: TimeWork;
  /** Called once, when the first flags of this page load are painted. */
  onFirstPaint?: () => void;
  /** The reader's saved notes for a page (from the background: content scripts never open the database). */
  loadNotes?: (url: string) => Promise<Note[]>;
  /** A flag was brought into view (keyboard command or popup): the hover card shows for it. */
  onFlagRevealed?: NavigatorOptions['onReveal'];
}

const SKIP_TEXT_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** How much readable text a node brings (script and style text does not count). */
function readableLength(node: Node, limit: number): number {
  if (node.nodeType === 3)
    return SKIP_TEXT_PARENTS.has(node.parentElement?.tagName ?? '') ? 0 : (node as Text).data.trim().length;
  if (node.nodeType !== 1 || SKIP_TEXT_PARENTS.has((node as Element).tagName)) return 0;
  let total = 0;
  for (let child = node.firstChild; child && total < limit; child = child.nextSibling)
    total += readableLength(child, limit - total);
  return total;
}

const noopPainter: HighlightPainter = { paint() {}, erase() {}, clear() {}, paintNotes() {}, focus() {}, dispose() {} };

export class PageSession {
  private state: PageState = 'idle';
  private body: ArticleBody | null = null;
  private forced = false;
  private url: string;
  private settings: Settings;
  private lastCount = 0;
  private lastRescan = -Infinity;
  private rescanTimer: unknown = null;
  /** Bumped by every rescan and stop, so deferred work of an older one is dropped. */
  private generation = 0;
  /** Settles when the latest rescan has handed its blocks to the scanner. */
  private handedOver: Promise<void> = Promise.resolve();
  private readonly painter: HighlightPainter;
  private readonly scanner: PageScanner;
  readonly navigator: FlagNavigator;
  private readonly now: () => number;
  /** This page's saved notes, and which of them could not be found on it. */
  private notes: Note[] = [];
  private orphans: string[] = [];
  private anchoring = false;
  private bodyTextCache: BodyText | null = null;

  constructor(private readonly deps: PageSessionDeps) {
    this.url = deps.location();
    this.now = deps.now ?? (() => performance.now());
    this.settings = deps.settings ?? DEFAULT_SETTINGS;
    this.painter = deps.highlights ? createHighlightPainter(deps.highlights) : noopPainter;
    this.scanner = new PageScanner({
      analyze: deps.analyze,
      painter: this.painter,
      doc: deps.doc,
      yieldToMain: deps.yieldToMain,
      enabledCategories: this.settings.enabledCategories,
      onChange: () => this.changed(),
      onError: (error) => deps.onError?.(error),
      ...(deps.timeWork ? { timeWork: deps.timeWork } : {}),
    });
    this.navigator = createFlagNavigator({
      entries: () => this.scanner.entries(),
      focus: (range) => this.painter.focus(range),
      win: deps.win,
      setTimeout: deps.setTimeout,
      clearTimeout: deps.clearTimeout,
      ...(deps.onFlagRevealed ? { onReveal: deps.onFlagRevealed } : {}),
    });
    deps.signal.addEventListener('abort', () => this.dispose(), { once: true });
  }

  /** Starts on an article page (or does nothing), and watches the page from then on. */
  start(): void {
    const { doc, signal } = this.deps;
    this.guard(() => this.begin());
    void this.reloadNotes();
    watchMutations({
      root: doc.documentElement,
      MutationObserver: this.deps.MutationObserver,
      schedule: this.deps.nextFrame,
      onBatch: (batch) => this.guard(() => this.onMutations(batch)),
      signal,
    });
  }

  /** Scan now, even a page that does not look like an article ('page/scan'). Resolves when done. */
  async scan(): Promise<PageReport> {
    if (!this.siteEnabled()) return this.report();
    this.forced = true;
    this.guard(() => this.rescan(true));
    await this.handedOver;
    await this.scanner.whenIdle();
    return this.report();
  }

  report(): PageReport {
    const { flags, sources, stats } = this.scanner.scanResult();
    const state: PageState = this.state === 'ready' && this.scanner.busy ? 'scanning' : this.state;
    return {
      state,
      context: this.context(),
      flags,
      sources,
      stats,
      orphanNoteIds: [...this.orphans],
      dismissed: [],
      hidden: false,
    };
  }

  /** The body text now (rebuilt after any change to the blocks), or null before there is a body. */
  bodyText(): BodyText | null {
    if (!this.body) return null;
    this.bodyTextCache ??= createBodyText(this.scanner.textBlocks(), this.deps.doc);
    return this.bodyTextCache;
  }

  /** A draft for one flag ('Save as note' on the card or in the popup), or null for an unknown id. */
  flagDraft(id: number): NoteDraft | null {
    const entry = this.scanner.entries().find((each) => each.flag.id === id);
    return entry ? draftFromFlag(entry.flag, this.bodyText(), this.report()) : null;
  }

  /** The reader's selection as a draft, or null when nothing is selected. */
  selectionDraft(selection: Selection | null): NoteDraft | null {
    if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
    return draftFromSelection(selection.getRangeAt(0), this.bodyText(), this.report());
  }

  /** Saved notes changed (one was saved, edited or deleted): load them again and find them on the page. */
  notesChanged(): Promise<void> {
    return this.reloadNotes();
  }

  /** How many saved notes were found on the page. */
  get anchoredNoteCount(): number {
    return this.notes.length - this.orphans.length;
  }

  private async reloadNotes(): Promise<void> {
    const load = this.deps.loadNotes;
    if (!load) return;
    const url = this.url;
    let notes: Note[];
    try {
      notes = await load(url);
    } catch (error) {
      this.deps.onError?.(error);
      return;
    }
    if (url !== this.url || this.deps.signal.aborted) return;
    this.notes = notes;
    // The reader saved notes here, so it is worth reading even if it does not look like an article.
    if (notes.length && this.state === 'not-article') {
      this.forced = true;
      this.guard(() => this.rescan(true));
    }
    await this.anchorNotes();
  }

  /** Finds every saved note in the body text once the scan has settled, and paints those found. */
  private async anchorNotes(): Promise<void> {
    if (this.anchoring) return;
    this.anchoring = true;
    try {
      await this.handedOver;
      await this.scanner.whenIdle();
    } finally {
      this.anchoring = false;
    }
    if (this.deps.signal.aborted) return;
    this.guard(() => {
      const body = this.bodyText();
      const ranges: Range[] = [];
      const orphans: string[] = [];
      for (const note of this.notes) {
        const match = body ? matchQuote(body.text, note.quote, note.position?.start) : null;
        const range = match && body ? body.rangeOf(match.start, match.end) : null;
        if (range) ranges.push(range);
        else orphans.push(note.id);
      }
      this.orphans = orphans;
      this.painter.paintNotes(ranges);
    });
  }

  entries(): readonly FlagEntry[] {
    return this.scanner.entries();
  }

  applySettings(settings: Settings): void {
    this.guard(() => this.updateSettings(settings));
  }

  /** The address changed without a page load (pushState, popstate): a new page for us. */
  locationChanged(): void {
    this.guard(() => this.navigated());
  }

  private updateSettings(settings: Settings): void {
    const wasEnabled = this.siteEnabled();
    const categoriesChanged = !sameList(this.settings.enabledCategories, settings.enabledCategories);
    this.settings = settings;
    const enabled = this.siteEnabled();
    if (categoriesChanged) this.scanner.setEnabledCategories(settings.enabledCategories);
    if (wasEnabled && !enabled) this.stop('disabled');
    else if (!wasEnabled && enabled) this.begin();
  }

  private navigated(): void {
    const url = this.deps.location();
    if (url === this.url) return;
    this.url = url;
    this.forced = false;
    this.notes = [];
    this.orphans = [];
    this.painter.paintNotes([]);
    this.stop('idle');
    this.begin();
    void this.reloadNotes();
  }

  dispose(): void {
    if (this.rescanTimer !== null) this.deps.clearTimeout(this.rescanTimer);
    this.scanner.dispose();
    this.painter.dispose();
  }

  private siteEnabled(): boolean {
    let hostname = '';
    try {
      hostname = new URL(this.url).hostname;
    } catch {
      // about:blank and the like: no host to switch off.
    }
    return isSiteEnabled(this.settings, hostname);
  }

  private begin(): void {
    if (!this.siteEnabled()) {
      this.stop('disabled');
      return;
    }
    if (!this.forced && !isArticlePage(this.deps.doc)) {
      this.state = 'not-article';
      return;
    }
    this.rescan(this.forced);
  }

  private stop(state: PageState): void {
    this.generation++;
    this.state = state;
    this.body = null;
    this.navigator.reset();
    this.scanner.clear();
  }

  /** Finds the body again and gives the scanner all its blocks; unchanged blocks keep their analysis. */
  private rescan(force: boolean): void {
    this.lastRescan = this.now();
    const generation = ++this.generation;
    const body = findArticleBody(this.deps.doc, { force });
    this.body = body;
    if (!body) {
      this.state = this.state === 'not-article' && !force ? 'not-article' : 'idle';
      this.scanner.clear();
      return;
    }
    this.state = 'ready';
    if (body.textNodes && body.textNodes.length <= SYNC_GROUP_MAX_NODES) {
      this.scanner.setBlocks(groupByBlock(body.textNodes));
      return;
    }
    // A huge body: finding it took this task's share; its blocks are gathered in slices from the next task on.
    this.handedOver = this.gatherInSlices(body, generation);
  }

  private async gatherInSlices(body: ArticleBody, generation: number): Promise<void> {
    const { doc, signal } = this.deps;
    const gatherer = createBlockGatherer(
      { textNodes: body.textNodes, root: body.root, excluded: createExclusionCheck() },
      doc,
      this.now,
    );
    const stale = () => generation !== this.generation || signal.aborted;
    let done = false;
    while (!done) {
      await this.deps.yieldToMain();
      if (stale()) return;
      this.guard(() => {
        done = gatherer.step(this.now() + SLICE_BUDGET_MS);
      });
    }
    this.guard(() => this.scanner.setBlocks(gatherer.blocks()));
  }

  /** A rescan now, or as soon as the interval allows (many batches in a row cost one rescan). */
  private requestRescan(): void {
    if (this.rescanTimer !== null) return;
    const wait = this.lastRescan + RESCAN_MIN_INTERVAL_MS - this.now();
    if (wait <= 0) {
      this.rescan(this.forced);
      return;
    }
    this.rescanTimer = this.deps.setTimeout(() => {
      this.rescanTimer = null;
      this.guard(() => (this.body || this.state === 'idle' ? this.rescan(this.forced) : this.begin()));
    }, wait);
  }

  private onMutations(batch: MutationBatch): void {
    if (this.state === 'disabled') return;
    const { doc } = this.deps;
    const body = this.body;
    if (!body) {
      // A body may have arrived (late rendering, a client-side app): look again.
      const text = batch.added.reduce((sum, node) => sum + readableLength(node, NEW_TEXT_MIN_CHARS), 0);
      if (batch.overflow || text >= NEW_TEXT_MIN_CHARS) {
        if (this.state === 'not-article') {
          if (isArticlePage(doc)) this.requestRescan();
        } else this.requestRescan();
      }
      return;
    }
    if (batch.overflow || !body.root.isConnected) {
      this.requestRescan();
      return;
    }

    const excluded = createExclusionCheck();
    const accept = (node: Text) => body.root.contains(node) && !excluded(node) && !isInsideSourcelightUi(node);
    const affected = new Set<Element>();
    let outsideText = 0;
    for (const node of batch.added) {
      if (doc.head?.contains(node)) continue;
      if (!body.root.contains(node) && !node.contains(body.root)) {
        outsideText += readableLength(node, NEW_TEXT_MIN_CHARS);
        continue;
      }
      if (node.nodeType === 3) {
        const element = blockElementOf(node);
        if (element) affected.add(element);
      } else if (node.nodeType === 1) {
        const walker = doc.createTreeWalker(node, 0x4 /* SHOW_TEXT */);
        for (let text = walker.nextNode(); text; text = walker.nextNode()) {
          if (accept(text as Text)) {
            const element = blockElementOf(text);
            if (element) affected.add(element);
          }
        }
        // The added element may itself sit inside an existing block (an inline element).
        const parentBlock = blockElementOf(node);
        if (parentBlock && body.root.contains(parentBlock)) affected.add(parentBlock);
      }
    }
    for (const node of batch.changed) {
      if (!body.root.contains(node) && !node.contains(body.root)) continue;
      const element = node.nodeType === 1 && isBlockElement(node as Element) ? (node as Element) : blockElementOf(node);
      if (element) affected.add(element);
    }
    if (batch.removed) this.scanner.prune();
    if (outsideText >= NEW_TEXT_MIN_CHARS) {
      // More article arrived (infinite scroll).
      this.requestRescan();
      return;
    }

    const upserts = [];
    const removals = [];
    for (const element of affected) {
      const block = element.isConnected ? buildBlock(element, accept, doc) : null;
      if (block) upserts.push(block);
      else removals.push(element);
    }
    this.scanner.removeBlocks(removals);
    if (upserts.length) this.scanner.upsertBlocks(upserts);
  }

  private context(): PageContext {
    const metadata = this.body?.metadata;
    let site = metadata?.siteName ?? '';
    if (!site) {
      try {
        site = new URL(this.url).hostname;
      } catch {
        site = '';
      }
    }
    return {
      url: this.url,
      title: metadata?.title || this.deps.doc.title,
      site,
      byline: metadata?.byline ?? '',
      ...(metadata?.publishedTime ? { publishedAt: metadata.publishedTime } : {}),
    };
  }

  private painted = false;

  private changed(): void {
    this.bodyTextCache = null;
    if (this.notes.length && !this.anchoring && !this.scanner.busy) void this.anchorNotes();
    const count = this.scanner.flaggedCount;
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
      if (this.deps.timeWork) this.deps.timeWork(work);
      else work();
    } catch (error) {
      this.deps.onError?.(error);
    }
  }
}

const sameList = (a: readonly Category[], b: readonly Category[]) => a.length === b.length && a.every((c) => b.includes(c));
