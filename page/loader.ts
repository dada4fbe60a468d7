/**
 * The part of Sourcelight that runs in every page. It only decides whether the page is an
 * article and answers the reader's commands; the engine (body extraction, painting, the card)
 * is injected by the background only where it is needed: on an article, when the reader asks
 * for a scan, or on a page that holds their notes. Kept small on purpose (see README, "Speed").
 */
import { siteOf } from '../shared/article-url.ts';
import type { ContentMessage, EngineReason, Result } from '../shared/messages.ts';
import { isSiteEnabled, parseSettings, type Settings } from '../shared/settings.ts';
import { onSettingsChange, readSettings, type SettingsArea } from '../shared/settings-reader.ts';
import { isArticlePage } from './article-detection.ts';
import { parseContentMessage, isPageMessage } from './content-messages.ts';
import { type Engine, openEngineSlot } from './engine-slot.ts';
import { watchForLateArticle } from './late-article-watch.ts';
import { answerWithoutEngine, type LoaderState } from './loader-answers.ts';
import { watchLocation } from './location-watch.ts';
import { WORK_MEASURE } from './work-timing.ts';

/** The engine registers within this long of being asked for, or the request fails. */
export const ENGINE_START_TIMEOUT_MS = 10_000;

/** The extension APIs the loader uses, native (no polyfill: the loader must stay small). */
export interface LoaderRuntime {
  readonly id?: string | undefined;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(listener: MessageListener): void;
    removeListener(listener: MessageListener): void;
  };
}
type MessageListener = (message: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => boolean | undefined;

export interface LoaderDeps {
  doc: Document;
  win: Window & typeof globalThis;
  location: () => string;
  runtime: LoaderRuntime;
  storage: SettingsArea;
  /** Aborted when the extension goes away. */
  controller: AbortController;
}

export function startLoader(deps: LoaderDeps): void {
  const { doc, win, runtime, controller } = deps;
  const signal = controller.signal;
  let settings: Settings = parseSettings(undefined);
  let state: LoaderState = 'idle';
  let engine: Engine | null = null;
  let engineRequest: Promise<Engine | null> | null = null;
  let pendingReason: EngineReason | null = null;
  let registerEngine: ((engine: Engine) => void) | null = null;
  let stopLateWatch: (() => void) | null = null;

  const siteEnabled = () => isSiteEnabled(settings, siteOf(deps.location()));
  const alive = () => !signal.aborted && !!runtime.id;

  /** Asks the background to inject the engine; null when it declined (no notes) or failed. */
  const requestEngine = (reason: EngineReason): Promise<Engine | null> => {
    if (engine) return Promise.resolve(engine);
    // A pending "are there notes here?" may be declined; a request that must load follows it.
    if (engineRequest && pendingReason === 'notes' && reason !== 'notes')
      return engineRequest.then((e) => e ?? requestEngine(reason));
    if (engineRequest) return engineRequest;
    pendingReason = reason;
    // globalThis, not window: in Firefox a content script's window is the page's, seen through a
    // wrapper, while the scripts injected into this world share its own global.
    openEngineSlot(globalThis, { reason, signal, register: (registered) => registerEngine?.(registered) });
    const registered = new Promise<Engine>((resolve, reject) => {
      registerEngine = resolve;
      win.setTimeout(() => reject(new Error('The engine did not start.')), ENGINE_START_TIMEOUT_MS);
    });
    registered.catch(() => {}); // Declined requests never wait for it.
    engineRequest = (async () => {
      const answer = (await runtime.sendMessage({ type: 'engine/start', reason })) as Result<{ loaded: boolean }> | undefined;
      if (!answer?.ok || !answer.value.loaded) return null;
      engine = await registered;
      stopLateWatch?.();
      return engine;
    })()
      .catch(() => null)
      .finally(() => {
        // A declined request ('notes' on a page without notes) may be made again later.
        if (!engine) engineRequest = null;
      });
    return engineRequest;
  };

  const decide = () => timed(win, decideNow);
  const decideNow = () => {
    if (!alive() || engine) return;
    if (!siteEnabled()) {
      state = 'disabled';
      return;
    }
    if (isArticlePage(doc)) {
      state = 'scanning';
      void requestEngine('article');
      return;
    }
    state = 'not-article';
    // Not an article, but the reader may have saved notes here: the background knows.
    void requestEngine('notes');
    stopLateWatch ??= watchForLateArticle({
      root: doc.documentElement,
      MutationObserver: win.MutationObserver,
      setTimeout: (callback, ms) => win.setTimeout(callback, ms),
      clearTimeout: (handle) => win.clearTimeout(handle as number),
      check: () => {
        let article = false;
        timed(win, () => {
          article = !engine && isArticlePage(doc);
        });
        if (engine || !article) return !!engine;
        state = 'scanning';
        void requestEngine('article');
        return true;
      },
      signal,
    });
  };

  const answer = async (message: ContentMessage): Promise<Result<unknown>> => {
    if (engine) return engine.handle(message);
    const needsEngine: Partial<Record<ContentMessage['type'], EngineReason>> = {
      'page/scan': 'forced',
      'page/notes-changed': 'notes',
      'page/notice': 'ui',
    };
    const reason = needsEngine[message.type];
    if (reason && (siteEnabled() || message.type === 'page/notice')) {
      const started = await requestEngine(reason);
      if (started) return started.handle(message);
    }
    return answerWithoutEngine(message, { doc, url: deps.location(), state });
  };

  const onMessage: MessageListener = (raw, _sender, sendResponse) => {
    if (!isPageMessage(raw)) return undefined;
    const message = parseContentMessage(raw);
    if (!message) {
      sendResponse({ ok: false, error: 'Refused: not a Sourcelight page message.' });
      return undefined;
    }
    answer(message).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  };
  runtime.onMessage.addListener(onMessage);

  const unwatch = onSettingsChange((next) => {
    const wasEnabled = siteEnabled();
    settings = next;
    // The engine follows settings itself; without one, a site switched back on is looked at again.
    if (!engine && !wasEnabled && siteEnabled()) decide();
    else if (!engine && !siteEnabled()) state = 'disabled';
  }, deps.storage);

  signal.addEventListener(
    'abort',
    () => {
      runtime.onMessage.removeListener(onMessage);
      unwatch();
      stopLateWatch?.();
    },
    { once: true },
  );

  watchLocation({
    win,
    location: deps.location,
    signal,
    onChange: () => {
      if (!alive()) return controller.abort();
      if (engine) engine.locationChanged();
      else decide();
    },
  });

  readSettings(deps.storage)
    .then((stored) => {
      settings = stored;
    })
    .finally(decide);
}

/** The loader's work shows in the page's timeline like the engine's (see work-timing.ts). */
function timed(win: Window, work: () => void): void {
  const start = win.performance.now();
  try {
    work();
  } finally {
    win.performance.measure(WORK_MEASURE, { start, end: win.performance.now() });
  }
}
