import { describe, expect, it, vi } from 'vitest';
import { browserScheduling, captureBrowserApis, FRAME_FALLBACK_MS } from '../../../../page/engine/environment.ts';
import { createPageTimers, latestEvery } from '../../../../page/engine/timers.ts';

describe('captureBrowserApis', () => {
  it('keeps what it captured when the page swaps globals later, and survives throwing getters', () => {
    const registry = new Map();
    class Highlight {}
    const fakeGlobal = {
      CSS: { highlights: registry },
      Highlight,
      MutationObserver: class {},
      clearTimeout: () => {},
    } as unknown as typeof globalThis;
    const apis = captureBrowserApis(fakeGlobal);
    Object.defineProperty(fakeGlobal.CSS, 'highlights', {
      get() {
        throw new Error('nope');
      },
    });
    expect(apis.highlights?.registry).toBe(registry);

    const hostile = { CSS: {}, MutationObserver: class {}, clearTimeout: () => {} } as unknown as typeof globalThis;
    Object.defineProperty(hostile.CSS, 'highlights', {
      get() {
        throw new Error('nope');
      },
    });
    expect(captureBrowserApis(hostile).highlights).toBeNull();
  });
});

describe('page timers', () => {
  it('add one abort listener in all, however many timers run, and clear the pending ones on abort', () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    let listeners = 0;
    const add = controller.signal.addEventListener.bind(controller.signal);
    controller.signal.addEventListener = ((...args: Parameters<typeof add>) => {
      listeners++;
      add(...args);
    }) as typeof add;
    const timers = createPageTimers(globalThis, controller.signal);
    const fired = vi.fn();
    for (let i = 0; i < 500; i++) timers.setTimeout(fired, 1);
    vi.advanceTimersByTime(1);
    expect(fired).toHaveBeenCalledTimes(500);
    expect(listeners).toBe(1);
    const late = vi.fn();
    timers.setTimeout(late, 100);
    controller.abort();
    vi.advanceTimersByTime(100);
    expect(late).not.toHaveBeenCalled();
    vi.useRealTimers();
  });
});

describe('browserScheduling', () => {
  it('runs a frame callback once, from the frame or from the fallback timer', () => {
    vi.useFakeTimers();
    const frames: Array<() => void> = [];
    const apis = {
      ...captureBrowserApis({ clearTimeout, MutationObserver: class {} } as unknown as typeof globalThis),
      requestAnimationFrame: (cb: () => void) => frames.push(cb),
    };
    const scheduling = browserScheduling(createPageTimers(globalThis, new AbortController().signal), apis);
    const callback = vi.fn();
    scheduling.nextFrame(callback);
    for (const f of frames) f();
    vi.advanceTimersByTime(FRAME_FALLBACK_MS);
    expect(callback).toHaveBeenCalledTimes(1);

    const background = vi.fn();
    scheduling.nextFrame(background); // no frame comes (a background tab)
    vi.advanceTimersByTime(FRAME_FALLBACK_MS);
    expect(background).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it('yields through a MessageChannel when there is no scheduler.yield', async () => {
    const apis = captureBrowserApis(globalThis);
    apis.schedulerYield = undefined;
    const scheduling = browserScheduling({ setTimeout: () => 0, clearTimeout() {} }, apis);
    await expect(scheduling.yieldToMain()).resolves.toBeUndefined();
  });
});

describe('latestEvery', () => {
  it('sends the first count at once, then one a period with the latest, never dropping the last', () => {
    vi.useFakeTimers();
    const timers = { ...createPageTimers(globalThis, new AbortController().signal), now: () => Date.now() };
    const sent: number[] = [];
    const badge = latestEvery((count: number) => sent.push(count), 500, timers);
    badge(3);
    expect(sent).toEqual([3]);
    for (let count = 4; count <= 40; count++) {
      vi.advanceTimersByTime(20);
      badge(count);
    }
    // 37 changes in 740 ms: one message at the end of the first period, the rest wait for the next.
    expect(sent).toEqual([3, 27]);
    vi.advanceTimersByTime(500);
    expect(sent).toEqual([3, 27, 40]);
    vi.advanceTimersByTime(2000);
    badge(41);
    expect(sent).toEqual([3, 27, 40, 41]);
    vi.useRealTimers();
  });
});
