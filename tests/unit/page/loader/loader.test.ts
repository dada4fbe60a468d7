// @vitest-environment happy-dom
/** The always-on loader: which pages get the engine, and what it answers without one. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Engine, readEngineSlot } from '../../../../page/loader/engine-slot.ts';
import { LATE_CHECK_DELAY_MS } from '../../../../page/loader/late-article-watch.ts';
import { type LoaderRuntime, startLoader } from '../../../../page/loader/loader.ts';
import { openLoaderChannel } from '../../../../page/loader/loader-channel.ts';
import { readLoaderCore } from '../../../../page/loader/loader-slot.ts';
import { load, page, settle } from '../session-harness.ts';

type Listener = (message: unknown, sender: unknown, respond: (answer: unknown) => void) => boolean | undefined;

function loader(options: { disabledHere?: boolean; notesHere?: boolean; url?: string } = {}) {
  const sent: unknown[] = [];
  let listener: Listener | null = null;
  let runtimeReads = 0;
  const controller = new AbortController();
  const engine: Engine = {
    handle: vi.fn(async () => ({ ok: true as const, value: 'from the engine' })),
    locationChanged: vi.fn(),
  };
  const openChannel = () => openLoaderChannel(readLoaderCore(globalThis)!);
  const runtime: LoaderRuntime = {
    id: 'sourcelight',
    sendMessage: async (message) => {
      sent.push(message);
      const { reason } = message as { reason: string };
      // The background opens an article's channel for the reader's commands, engine or not.
      if (reason === 'article') openChannel();
      // The background checks the site against the reader's settings.
      if (reason !== 'ui' && options.disabledHere) return { ok: true, value: { loaded: false, disabled: true } };
      // Looking for notes takes the background a moment (it opens the database).
      if (reason === 'notes') await new Promise((resolve) => setTimeout(resolve, 20));
      const loaded = reason !== 'notes' || !!options.notesHere;
      // The background injects the engine, which registers in the loader's slot.
      if (loaded) readEngineSlot(window)?.register(engine);
      return { ok: true, value: { loaded } };
    },
    onMessage: { addListener: (l) => (listener = l as Listener), removeListener: () => (listener = null) },
  };
  startLoader({
    doc: document,
    win: window as Window & typeof globalThis,
    location: () => options.url ?? 'https://news.example/story',
    runtime: (): LoaderRuntime => {
      runtimeReads++;
      return runtime;
    },
    controller,
  });
  /** As the extension's senders do (contract/messaging.ts): nothing listening, open the channel and send again. */
  const ask = (message: unknown) =>
    new Promise((resolve) => {
      if (!listener) openChannel();
      const async = listener!(message, {}, resolve);
      if (!async) resolve(undefined);
    });
  return {
    sent,
    listening: () => listener !== null,
    runtimeReads: () => runtimeReads,
    ask,
    engine,
    controller,
    enable: () => {
      options.disabledHere = false;
    },
  };
}

describe('the loader', () => {
  afterEach(() => vi.useRealTimers());

  it('asks for the engine on an article, and hands the reader’s commands to it', async () => {
    load(page('seed-news.html'));
    const { sent, ask, engine, listening } = loader();
    await settle(5);
    expect(sent).toEqual([{ type: 'engine/start', reason: 'article' }]);
    expect(listening()).toBe(true);
    expect(await ask({ type: 'page/report' })).toEqual({ ok: true, value: 'from the engine' });
    expect(engine.handle).toHaveBeenCalledWith({ type: 'page/report' });
  });

  it('on a page that is no article sends nothing (the background tells of notes) and answers for itself', async () => {
    load(page('not-article.html'));
    const { sent, ask, listening, runtimeReads } = loader();
    await settle(5);
    expect(sent).toEqual([]);
    // Not even a message channel until a sender wakes it: the extension APIs' set-up costs every page.
    expect([listening(), runtimeReads()]).toEqual([false, 0]);
    const report = (await ask({ type: 'page/report' })) as { ok: true; value: { state: string; flags: unknown[] } };
    expect(report.value).toMatchObject({ state: 'not-article', flags: [] });
    expect(await ask({ type: 'page/step-flag', direction: 1 })).toEqual({ ok: true, value: null });
  });

  it('never loads the engine on a page that is no article because notes changed (issue #19)', async () => {
    load(page('not-article.html'));
    const { sent, ask } = loader({ notesHere: true });
    await settle(5);
    expect(await ask({ type: 'page/notes-changed' })).toEqual({ ok: true, value: null });
    expect(sent).toEqual([]);
    expect(await ask({ type: 'page/report' })).toMatchObject({ ok: true, value: { state: 'not-article' } });
  });

  it('loads the engine when the reader asks to see their notes on a page that is no article', async () => {
    load(page('not-article.html'));
    const { sent, ask } = loader({ notesHere: true });
    await settle(5);
    expect(await ask({ type: 'page/show-notes' })).toEqual({ ok: true, value: 'from the engine' });
    expect(sent).toEqual([{ type: 'engine/start', reason: 'notes' }]);
    expect(await ask({ type: 'page/report' })).toEqual({ ok: true, value: 'from the engine' });
  });

  it('stays without the engine when the background finds no notes after all', async () => {
    load(page('not-article.html'));
    const { ask } = loader();
    await settle(5);
    await ask({ type: 'page/show-notes' });
    expect(await ask({ type: 'page/report' })).toMatchObject({ ok: true, value: { state: 'not-article' } });
  });

  it('loads the engine for "Scan anyway"', async () => {
    load(page('not-article.html'));
    const { sent, ask } = loader();
    await settle(5);
    expect(await ask({ type: 'page/scan' })).toEqual({ ok: true, value: 'from the engine' });
    expect(sent.at(-1)).toEqual({ type: 'engine/start', reason: 'forced' });
  });

  it('stays idle on a site the reader switched off, whatever the page is, and looks again when it is switched on', async () => {
    load(page('seed-news.html'));
    const harness = loader({ disabledHere: true });
    await settle(5);
    expect(await harness.ask({ type: 'page/report' })).toMatchObject({ ok: true, value: { state: 'disabled' } });
    expect(await harness.ask({ type: 'page/scan' })).toMatchObject({ ok: true, value: { state: 'disabled' } });
    harness.enable();
    await harness.ask({ type: 'page/settings-changed' });
    await settle(5);
    expect(await harness.ask({ type: 'page/report' })).toEqual({ ok: true, value: 'from the engine' });
  });

  it('refuses a malformed page message and ignores what is not for pages', async () => {
    load(page('not-article.html'));
    const { ask } = loader();
    expect(await ask({ type: 'page/reveal-flag', id: -1 })).toEqual({
      ok: false,
      error: 'Refused: not a Sourcelight page message.',
    });
    expect(await ask({ type: 'badge/set', count: 1 })).toBeUndefined();
  });

  it('notices an article that a client-side app renders late', async () => {
    load('<html><body><div id="app">Loading…</div></body></html>');
    const { sent } = loader();
    await settle(5);
    expect(sent).toEqual([]);
    const article = page('seed-news.html');
    document.body.innerHTML = new DOMParser().parseFromString(article, 'text/html').body.innerHTML;
    await settle(LATE_CHECK_DELAY_MS + 100);
    expect(sent.at(-1)).toEqual({ type: 'engine/start', reason: 'article' });
  });
});

describe('a scan asked for while the loader is still asking about notes', () => {
  it('waits for that answer, then loads the engine for the scan', async () => {
    load(page('not-article.html'));
    const { sent, ask } = loader();
    await settle(5);
    const told = ask({ type: 'page/show-notes' });
    for (let tick = 0; tick < 20 && !sent.length; tick++) await Promise.resolve();
    expect(sent).toEqual([{ type: 'engine/start', reason: 'notes' }]);
    // The "notes?" request is still out when the reader asks for a scan.
    const answer = await ask({ type: 'page/scan' });
    expect(answer).toEqual({ ok: true, value: 'from the engine' });
    expect(sent.map((m) => (m as { reason: string }).reason)).toEqual(['notes', 'forced']);
    await told;
  });
});
