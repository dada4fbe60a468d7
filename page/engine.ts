/**
 * Wires the engine in a page: the session, its painters, the card, the reader's commands and
 * settings. Everything here runs only on pages the loader chose (see loader.ts); the detector
 * runs in the background and only painting happens on the page's main thread.
 */
// The browser's own API, not the polyfill: the engine is injected into pages and kept small.
import { browser } from '@wxt-dev/browser';
import { sendToBackground } from '../shared/messaging.ts';
import type { ContentMessage } from '../shared/messages.ts';
import { parseSettings, SETTINGS_KEY, type Settings } from '../shared/settings.ts';
import { createEngineHandler } from './engine-handler.ts';
import { readReadability, type EngineSlot } from './engine-slot.ts';
import { createHighlightPainter, NO_PAINTER } from './highlight-painter.ts';
import { installHighlightStyles } from './highlight-styles.ts';
import { createHoverCard } from './hover-card.ts';
import { trackFlagHover } from './hover-target.ts';
import { createNoteOverlay } from './note-overlay.ts';
import { browserScheduling, captureBrowserApis } from './page-environment.ts';
import { PageSession, type PageStore } from './page-session.ts';
import { createPageTimers } from './page-timers.ts';
import { saveFlagAsNote } from './save-flag.ts';
import { createWorkTimer, ENGINE_MARK, markPainted } from './work-timing.ts';

/** How often the engine checks that the page has not taken its highlights or overlay away. */
export const REPAIR_EVERY_MS = 2000;

const store: PageStore = {
  notesForPage: (url) => sendToBackground('notes/for-page', { url }),
  dismissalsForPage: (url) => sendToBackground('dismissals/for-page', { url }),
  setDismissal: (url, key, dismissed) => sendToBackground('dismissals/set', { url, key, dismissed }).then(() => {}),
  recordReading: (entry) => sendToBackground('reading/record', { entry }).then(() => {}),
};

async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>);
  return parseSettings(stored[SETTINGS_KEY]);
}

export async function startEngine(slot: EngineSlot, win: Window & typeof globalThis, doc: Document): Promise<void> {
  win.performance.mark(ENGINE_MARK);
  // Captured once, before anything else runs: later page tampering cannot swap them.
  const apis = captureBrowserApis(win);
  const settings = await loadSettings();
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
  const scheduling = browserScheduling(timers, apis);
  const painter = apis.highlights ? createHighlightPainter(apis.highlights) : NO_PAINTER;
  if (apis.highlights) {
    const undo = installHighlightStyles(doc, apis.CSSStyleSheet);
    signal.addEventListener('abort', undo, { once: true });
  }
  const notePainter = createNoteOverlay(doc, win);

  const card = createHoverCard({
    doc,
    CSSStyleSheet: apis.CSSStyleSheet,
    onSave: (request) => saveFlagAsNote(session, request, (draft) => sendToBackground('notes/save', { draft })).then(() => {}),
    setTimeout: timers.setTimeout,
    clearTimeout: timers.clearTimeout,
    signal,
  });

  const session = new PageSession({
    doc,
    win,
    location: () => win.location.href,
    analyze: (text) => sendToBackground('analysis/run', { text }),
    painter,
    notePainter,
    MutationObserver: apis.MutationObserver,
    ...scheduling,
    signal,
    now: () => win.performance.now(),
    store,
    readability: () => readReadability(globalThis),
    loadReadability: async () => {
      await sendToBackground('engine/part', { part: 'readability' });
      const Readability = readReadability(globalThis);
      if (!Readability) throw new Error('Readability did not load.');
      return Readability;
    },
    settings,
    forced: slot.reason === 'forced',
    onCountChange: (count) => void sendToBackground('badge/set', { count }).catch(() => {}),
    onError,
    timeWork,
    onFirstPaint: () => markPainted(win.performance),
    // A keyboard command moves focus into the card, so its actions are a Tab away.
    onFlagRevealed: (entry, how) => card.show(entry.flag, entry.sentence.getBoundingClientRect(), { focus: how === 'step' }),
  });

  const handle = createEngineHandler(session, {
    selection: () => doc.getSelection(),
    notice: (text, tone) => card.notice(text, tone),
  });
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) session.applySettings(parseSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(onStorage);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onStorage), { once: true });

  trackFlagHover({
    doc,
    entries: () => session.entries(),
    onFlagHover: (flag, rect) => card.show(flag, rect),
    onFlagLeave: () => card.hideSoon(),
    schedule: scheduling.nextFrame,
    signal,
    onError,
  });
  watchForRepairs(win, signal, timers, () => {
    painter.repair();
    notePainter.repair();
  });
  win.addEventListener('resize', () => scheduling.nextFrame(() => notePainter.reposition()), { signal });

  slot.register({ handle: (message) => handle(message as ContentMessage), locationChanged: () => session.locationChanged() });
  void session.start();
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
