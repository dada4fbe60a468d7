/**
 * Wires the engine in a page: the session, its painters, the card, the reader's commands and
 * settings. Everything here runs only on pages the loader chose (see loader.ts); the detector
 * runs in the background and only painting happens on the page's main thread.
 */
import { sendNoteSave, sendToBackground } from '../../contract/messaging.ts';
import { type ContentMessage, MAX_LANG_CHARS } from '../../contract/messages.ts';
import type { Settings } from '../../contract/settings.ts';
import { cachedAnalysis } from './analysis-cache.ts';
import { createEngineHandler } from './engine-handler.ts';
import { type EngineParts, type EngineSlot, readPart } from '../loader/engine-slot.ts';
import { batchPaints } from '../paint/highlight-batch.ts';
import { createNearView } from '../paint/near-view.ts';
import { createHighlightPainter, NO_PAINTER } from '../paint/highlight-painter.ts';
import { createLazyCard } from '../card/lazy-card.ts';
import { installHighlightStyles } from '../paint/highlight-styles.ts';
import { createNoteOverlay } from '../marks/note-overlay.ts';
import { browserScheduling, captureBrowserApis } from './environment.ts';
import { PageSession } from './session.ts';
import type { PageStore } from './session-deps.ts';
import { createPageTimers, latestEvery } from './timers.ts';
import { saveFlagAsNote } from '../marks/save-flag.ts';
import { createWorkTimer, ENGINE_MARK, markPainted } from './work-timing.ts';

/** Past this many elements in the page, chunk paints are spaced out in proportion (highlight-batch.ts). */
export const ELEMENTS_PER_PAINT_INTERVAL = 20_000;
/** The toolbar badge follows the flag count at most this often while a long article is read. */
export const BADGE_EVERY_MS = 500;
/** How often the engine checks that the page has not taken its highlights or overlay away. */
export const REPAIR_EVERY_MS = 2000;

const store: PageStore = {
  notesForPage: (url) => sendToBackground('notes/for-page', { url }),
  dismissalsForPage: (url) => sendToBackground('dismissals/for-page', { url }),
  setDismissal: (url, key, dismissed) => sendToBackground('dismissals/set', { url, key, dismissed }).then(() => {}),
  recordReading: (entry) => sendToBackground('reading/record', { entry }).then(() => {}),
};

/** The reader's settings, from the background: a page never opens the storage API itself (contract/messages.ts). */
const readSettings = () => sendToBackground('settings/read', {});

export async function startEngine(slot: EngineSlot, win: Window & typeof globalThis, doc: Document): Promise<void> {
  win.performance.mark(ENGINE_MARK);
  // Captured once, before anything else runs: later page tampering cannot swap them.
  const apis = captureBrowserApis(win);
  const settings = await readSettings();
  const timeWork = createWorkTimer(win.performance);
  timeWork(() => wireEngine({ slot, win, doc, apis, settings, timeWork }));
}

interface Wiring {
  slot: EngineSlot;
  win: Window & typeof globalThis;
  doc: Document;
  apis: ReturnType<typeof captureBrowserApis>;
  settings: Settings;
  timeWork: ReturnType<typeof createWorkTimer>;
}

function wireEngine({ slot, win, doc, apis, settings, timeWork }: Wiring): void {
  const { signal } = slot;
  let logged = false;
  const onError = (error: unknown) => {
    if (logged) return;
    logged = true;
    console.warn('Sourcelight stopped part of its work on this page:', error);
  };
  const timers = createPageTimers(win, signal);
  const guarded = (work: () => void) => {
    try {
      timeWork(work);
    } catch (error) {
      onError(error);
    }
  };
  const scheduling = browserScheduling(timers, apis);
  const highlightStyles = apis.highlights
    ? installHighlightStyles({ doc, CSSStyleSheet: apis.CSSStyleSheet, MutationObserver: apis.MutationObserver, signal })
    : undefined;
  const notePainter = createNoteOverlay(doc, win);
  // The sheet goes in with the first flags, its colours read from where the first flag is, and
  // the notes' overlay with them (one restyle for both); the chunks that follow are painted in
  // batches (highlight-batch.ts).
  const painter = apis.highlights
    ? batchPaints(
        createHighlightPainter(apis.highlights, {
          beforeFirstPaint: (first) => {
            const start = first.sentence.startContainer;
            const element = start.nodeType === 1 ? (start as Element) : start.parentElement;
            if (element) highlightStyles?.follow(element);
            notePainter.attach();
          },
        }),
        {
          now: () => win.performance.now(),
          setTimeout: (flush, ms) => timers.setTimeout(() => guarded(flush), ms),
          clearTimeout: timers.clearTimeout,
          spacing: () => doc.getElementsByTagName('*').length / ELEMENTS_PER_PAINT_INTERVAL,
        },
      )
    : NO_PAINTER;

  const nearView = apis.IntersectionObserver ? createNearView(apis.IntersectionObserver, onError) : null;
  if (nearView) signal.addEventListener('abort', () => nearView.dispose(), { once: true });

  let currentSettings = settings;
  const card = createLazyCard({
    load: () => loadPart('card'),
    doc,
    signal,
    CSSStyleSheet: apis.CSSStyleSheet,
    MutationObserver: apis.MutationObserver,
    settings: () => currentSettings,
    entries: () => session.entries(),
    onSave: (flag) => saveFlagAsNote(session, flag, sendNoteSave),
    onOpenNote: (noteId) => sendToBackground('panel/open-note', { noteId }),
    // Ids move when a flag is dismissed or comes back: the key names the same flag throughout.
    onDismiss: (flag, dismissed) => session.setDismissed(flagIdByKey(session, flag.key) ?? flag.id, dismissed),
    onHidePage: async (hidden) => setHidden(hidden),
    onOpenNotes: () => sendToBackground('notes/open', { articleUrl: win.location.href }),
    schedule: scheduling.nextFrame,
    setTimeout: timers.setTimeout,
    clearTimeout: timers.clearTimeout,
    ...(highlightStyles ? { highlightStyles } : {}),
    onError,
  });

  const badgeCount = latestEvery(
    (count: number) => void sendToBackground('badge/set', { count }).catch(() => {}),
    BADGE_EVERY_MS,
    { ...timers, now: () => win.performance.now() },
  );
  const session = new PageSession({
    doc,
    win,
    location: () => win.location.href,
    // The page's lang is a hint for the detector's choice of language, never the choice itself.
    analyze: cachedAnalysis((text) =>
      sendToBackground('analysis/run', { text, lang: doc.documentElement.lang.slice(0, MAX_LANG_CHARS) }),
    ),
    painter,
    ...(nearView ? { nearView } : {}),
    notePainter,
    MutationObserver: apis.MutationObserver,
    ...scheduling,
    signal,
    now: () => win.performance.now(),
    store,
    readability: () => readPart(globalThis, 'readability'),
    loadReadability: () => loadPart('readability'),
    settings,
    forced: slot.reason === 'forced',
    article: slot.reason === 'article',
    onCountChange: badgeCount,
    onError,
    timeWork,
    onFirstPaint: () => markPainted(win.performance),
    // A keyboard command moves focus into the card, so its actions are a Tab away.
    onFlagRevealed: (entry, how) => card.show(entry.flag, entry.sentence, { focus: how === 'step' }),
  });

  /** Hidden from the card, the popup or the keyboard: the card stops opening on flags nobody sees. */
  const setHidden = (hidden?: boolean) => {
    const now = session.setHidden(hidden);
    card.setPageHidden(now);
    return now;
  };
  const handle = createEngineHandler(session, {
    selection: () => doc.getSelection(),
    notice: (text, tone) => card.notice(text, tone),
    flagRestored: (key) => card.flagRestored(key),
    setHidden,
    settingsChanged: async () => {
      currentSettings = await readSettings();
      session.applySettings(currentSettings);
    },
  });

  watchForRepairs(win, signal, timers, () => {
    painter.repair();
    notePainter.repair();
  });
  win.addEventListener('resize', () => scheduling.nextFrame(() => notePainter.reposition()), { signal });

  slot.register({ handle: (message) => handle(message as ContentMessage), locationChanged: () => session.locationChanged() });
  void session.start();
}

/** One of the engine's parts, injected by the background on first use (see engine-slot.ts). */
async function loadPart<K extends keyof EngineParts>(part: K): Promise<NonNullable<EngineParts[K]>> {
  const loaded = readPart(globalThis, part);
  if (loaded) return loaded;
  await sendToBackground('engine/part', { part });
  const offered = readPart(globalThis, part);
  if (!offered) throw new Error(`Sourcelight's ${part} did not load.`);
  return offered;
}

/** A flag's id now, shown or dismissed, from its key. */
function flagIdByKey(session: PageSession, key: string): number | undefined {
  const report = session.report();
  return [...report.flags, ...report.dismissed].find((flag) => flag.key === key)?.id;
}

/** The page may clear the highlight registry or remove our overlay at any time: look now and then, and on return to the tab. */
function watchForRepairs(win: Window, signal: AbortSignal, timers: ReturnType<typeof createPageTimers>, repair: () => void) {
  const tick = () => {
    if (signal.aborted) return;
    if (win.document.visibilityState === 'visible') repair();
    timers.setTimeout(tick, REPAIR_EVERY_MS);
  };
  timers.setTimeout(tick, REPAIR_EVERY_MS);
  win.document.addEventListener('visibilitychange', repair, { signal });
}
