/**
 * The part of Sourcelight that runs in every page. It only decides whether the page is an
 * article; the engine (body extraction, painting, the card) is injected by the background only
 * where it is needed: on an article, or when the reader asks for a scan or to see their notes
 * (notes alone never bring it: the page would learn of them, issue #19). Kept small on purpose
 * (see README, "Speed"): it does not read the settings (the background checks the site when
 * asked for the engine), and it does not even listen for the reader's commands: that channel
 * (loader-channel.ts) is injected with the engine, or by a sender that found nothing listening
 * (loader-slot.ts).
 */
import type { EngineReason, EngineStart, Result } from '../../contract/messages.ts';
import { isArticlePage } from './article-detection.ts';
import { type Engine, openEngineSlot } from './engine-slot.ts';
import { watchForLateArticle } from './late-article-watch.ts';
import type { LoaderState } from './loader-answers.ts';
import { type LoaderRuntime, offerLoaderCore } from './loader-slot.ts';
import { watchLocation } from './location-watch.ts';

export type { LoaderRuntime };

/** The engine registers within this long of being asked for, or the request fails. */
export const ENGINE_START_TIMEOUT_MS = 10_000;

export interface LoaderDeps {
  doc: Document;
  win: Window & typeof globalThis;
  location: () => string;
  /** Read only when needed: the first touch of the extension APIs costs a page about 0.4 ms. */
  runtime: () => LoaderRuntime;
  /** Aborted when the extension goes away. */
  controller: AbortController;
}

export function startLoader(deps: LoaderDeps): void {
  const { doc, win, controller, runtime } = deps;
  const signal = controller.signal;
  let state: LoaderState = 'idle';
  let engine: Engine | null = null;
  let engineRequest: Promise<Engine | null> | null = null;
  let pendingReason: EngineReason | null = null;
  let registerEngine: ((engine: Engine) => void) | null = null;
  let stopLateWatch: (() => void) | null = null;
  const alive = () => !signal.aborted && !!runtime().id;

  const ask = async (reason: EngineReason): Promise<Engine | null> => {
    const registered = new Promise<Engine>((resolve, reject) => {
      registerEngine = resolve;
      win.setTimeout(() => reject(new Error('The engine did not start.')), ENGINE_START_TIMEOUT_MS);
    });
    registered.catch(() => {}); // Declined requests never wait for it.
    const answer = (await runtime().sendMessage({ type: 'engine/start', reason })) as Result<EngineStart> | undefined;
    if (answer?.ok && answer.value.disabled) state = 'disabled';
    if (!answer?.ok || !answer.value.loaded) return null;
    engine = await registered;
    stopLateWatch?.();
    return engine;
  };

  /** Asks the background to inject the engine; null when it declined (no notes, a site switched off) or failed. */
  const requestEngine = (reason: EngineReason): Promise<Engine | null> => {
    if (engine) return Promise.resolve(engine);
    // A pending "are there notes here?" may be declined; a request that must load follows it.
    if (engineRequest && pendingReason === 'notes' && reason !== 'notes') {
      return engineRequest.then((found) => found ?? requestEngine(reason));
    }
    if (engineRequest) return engineRequest;
    pendingReason = reason;
    // globalThis, not window: in Firefox a content script's window is the page's, seen through a
    // wrapper, while the scripts injected into this world share its own global.
    openEngineSlot(globalThis, { reason, signal, register: (registered) => registerEngine?.(registered) });
    engineRequest = ask(reason)
      .catch(() => null)
      .finally(() => {
        // A declined request ('notes' on a page without notes) may be made again later.
        if (!engine) engineRequest = null;
      });
    return engineRequest;
  };

  const watchLate = () =>
    watchForLateArticle({
      root: doc.documentElement,
      MutationObserver: win.MutationObserver,
      setTimeout: (callback, ms) => win.setTimeout(callback, ms),
      clearTimeout: (handle) => win.clearTimeout(handle as number),
      check: () => {
        if (engine || !isArticlePage(doc)) return !!engine;
        state = 'scanning';
        void requestEngine('article');
        return true;
      },
      signal,
    });

  const decideNow = () => {
    if (signal.aborted || engine) return;
    if (isArticlePage(doc)) {
      state = 'scanning';
      void requestEngine('article');
      return;
    }
    // Not an article. Should the reader have saved notes here, the background counts them on the
    // badge (extension/notes-tab-watch.ts), and the engine comes only when the reader asks.
    state = 'not-article';
    stopLateWatch ??= watchLate();
  };
  // Later decisions are not timed: a timeline entry after a pushState would tell any page that
  // Sourcelight is installed. Only the engine, on articles, records its work.
  const decide = decideNow;

  let channelClaimed = false;
  offerLoaderCore(globalThis, {
    signal,
    runtime,
    view: () => ({ doc, url: deps.location(), state }),
    engine: () => engine,
    requestEngine,
    decide,
    claimChannel: () => {
      if (channelClaimed) return false;
      channelClaimed = true;
      return true;
    },
  });
  signal.addEventListener('abort', () => stopLateWatch?.(), { once: true });

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
  decideNow();
}
