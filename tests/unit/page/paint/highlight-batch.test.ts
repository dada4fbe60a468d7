// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { batchPaints, PAINT_BATCH_GROWS_AFTER_MS, PAINT_BATCH_MS } from '../../../../page/paint/highlight-batch.ts';
import { createHighlightPainter, HIGHLIGHT_NAMES, type PaintedFlag } from '../../../../page/paint/highlight-painter.ts';
import { fakeHighlightApi } from '../fakes.ts';

/** One hedged flag over a paragraph of its own. */
function flagIn(text: string): PaintedFlag {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
  const range = document.createRange();
  range.selectNodeContents(p);
  return { category: 'hedged', sentence: range, cue: range.cloneRange() };
}

describe('batchPaints', () => {
  let api: ReturnType<typeof fakeHighlightApi>;
  let painter: ReturnType<typeof batchPaints>;
  /** When paints reached the registry: each distinct moment is one pass the browser makes over every range. */
  let moments: Set<number>;
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '';
    api = fakeHighlightApi();
    moments = new Set();
    const inner = createHighlightPainter(api);
    // Each paint that reaches the registry is one update for the browser to validate.
    const paint = inner.paint.bind(inner);
    inner.paint = (key, flags) => {
      moments.add(Date.now());
      paint(key, flags);
    };
    painter = batchPaints(inner, {
      now: () => Date.now(),
      setTimeout: (callback, ms) => setTimeout(callback, ms),
      clearTimeout: (handle) => clearTimeout(handle as number),
    });
  });

  const hedged = () => api.registry.texts(HIGHLIGHT_NAMES.hedged);

  it('paints the first screen at once and the chunks that follow in one flush', () => {
    painter.paint({}, [flagIn('First screen, reportedly.')]);
    expect(hedged()).toEqual(['First screen, reportedly.']);
    for (let chunk = 1; chunk <= 20; chunk++) {
      vi.advanceTimersByTime(15);
      painter.paint({}, [flagIn(`Chunk ${chunk}, reportedly.`)]);
    }
    expect(hedged()).toHaveLength(1);
    vi.advanceTimersByTime(PAINT_BATCH_MS);
    expect(hedged()).toHaveLength(21);
    // 21 chunks reached the registry at two moments, not 21.
    expect(moments.size).toBe(2);
  });

  it('answers a reader after a quiet spell at once, and keeps the last word for a key', () => {
    const key = {};
    painter.paint(key, [flagIn('Shown, reportedly.')]);
    vi.advanceTimersByTime(PAINT_BATCH_MS + 1);
    painter.paint(key, []); // the reader hid the category: no wait
    expect(hedged()).toEqual([]);
    painter.paint(key, [flagIn('Back, reportedly.')]);
    painter.erase(key);
    vi.advanceTimersByTime(PAINT_BATCH_MS);
    expect(hedged()).toEqual([]);
  });

  it('on a body read for long, spaces its flushes out further, and shows the last part as soon as the run ends', () => {
    painter.paint({}, [flagIn('First, reportedly.')]);
    // A chunk every 50 ms for 20 s: a flush every 400 ms at first, ever fewer later.
    for (let t = 50; t <= 20_000; t += 50) {
      vi.advanceTimersByTime(50);
      painter.paint({}, [flagIn(`At ${t} ms, reportedly.`)]);
    }
    const early = [...moments].filter((at) => at - [...moments][0]! <= PAINT_BATCH_GROWS_AFTER_MS).length;
    expect(early).toBeGreaterThanOrEqual(5);
    expect(moments.size).toBeLessThan(20_000 / PAINT_BATCH_MS / 2);
    expect(hedged().length).toBeLessThan(401);
    painter.flush!();
    expect(hedged()).toHaveLength(401);
  });

  it('spaces its flushes out on a big page, in proportion to its size', () => {
    const inner = createHighlightPainter(api);
    const big = batchPaints(inner, {
      now: () => Date.now(),
      setTimeout: (callback, ms) => setTimeout(callback, ms),
      clearTimeout: (handle) => clearTimeout(handle as number),
      spacing: () => 5,
    });
    big.paint({}, [flagIn('First, reportedly.')]);
    big.paint({}, [flagIn('Second, reportedly.')]);
    vi.advanceTimersByTime(PAINT_BATCH_MS);
    expect(hedged()).toHaveLength(1);
    vi.advanceTimersByTime(4 * PAINT_BATCH_MS);
    expect(hedged()).toHaveLength(2);
  });

  it('drops what is waiting when cleared or disposed', () => {
    painter.paint({}, [flagIn('One, reportedly.')]);
    painter.paint({}, [flagIn('Two, reportedly.')]);
    painter.clear();
    vi.advanceTimersByTime(PAINT_BATCH_MS);
    expect(hedged()).toEqual([]);
    painter.paint({}, [flagIn('Three, reportedly.')]);
    painter.dispose();
    vi.advanceTimersByTime(PAINT_BATCH_MS);
    expect(api.registry.has(HIGHLIGHT_NAMES.hedged)).toBe(false);
  });
});
