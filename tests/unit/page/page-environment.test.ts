import { describe, expect, it, vi } from 'vitest';
import { browserScheduling, captureBrowserApis, FRAME_FALLBACK_MS } from '../../../page/page-environment.ts';

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

describe('browserScheduling', () => {
  it('runs a frame callback once, from the frame or from the fallback timer', () => {
    vi.useFakeTimers();
    const frames: Array<() => void> = [];
    const apis = {
      ...captureBrowserApis({ clearTimeout, MutationObserver: class {} } as unknown as typeof globalThis),
      requestAnimationFrame: (cb: () => void) => frames.push(cb),
    };
    const scheduling = browserScheduling({ setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number }, apis);
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
    const scheduling = browserScheduling({ setTimeout: () => 0 }, apis);
    await expect(scheduling.yieldToMain()).resolves.toBeUndefined();
  });
});
