// @vitest-environment happy-dom
/**
 * A long article's later chunks are painted when the reader comes near them: the near view
 * answers once per chunk, and the flag layer paints a far chunk only then, while its flags are
 * counted, listed and reachable from the start.
 */
import { describe, expect, it, vi } from 'vitest';
import type { AnalysedChunk } from '../../../../page/engine/analysis-run.ts';
import { createBodyText } from '../../../../page/body/body-text.ts';
import { buildBlocks } from '../../../../page/body/text-blocks.ts';
import { FlagLayer } from '../../../../page/paint/flag-layer.ts';
import { batchPaints } from '../../../../page/paint/highlight-batch.ts';
import { createHighlightPainter, HIGHLIGHT_NAMES } from '../../../../page/paint/highlight-painter.ts';
import { createNearView, NEAR_MARGIN, WATCH_EVERY_CHARS, watchedElements } from '../../../../page/paint/near-view.ts';
import { fakeAnalyze, fakeHighlightApi } from '../fakes.ts';

/** An IntersectionObserver the test drives: `show(element)` reports it near. */
function fakeObserver() {
  const observers: FakeObserver[] = [];
  class FakeObserver {
    readonly observed = new Set<Element>();
    options: IntersectionObserverInit | undefined;
    constructor(
      private readonly callback: IntersectionObserverCallback,
      options?: IntersectionObserverInit,
    ) {
      this.options = options;
      observers.push(this);
    }
    observe(element: Element) {
      this.observed.add(element);
    }
    unobserve(element: Element) {
      this.observed.delete(element);
    }
    disconnect() {
      this.observed.clear();
    }
    report(element: Element, isIntersecting: boolean) {
      if (!this.observed.has(element)) return;
      const entry = { target: element, isIntersecting } as IntersectionObserverEntry;
      this.callback([entry], this as unknown as IntersectionObserver);
    }
  }
  return {
    Observer: FakeObserver as unknown as typeof IntersectionObserver,
    observed: () => observers.flatMap((observer) => [...observer.observed]),
    show: (element: Element) => {
      for (const observer of observers) observer.report(element, true);
    },
    hide: (element: Element) => {
      for (const observer of observers) observer.report(element, false);
    },
    options: () => observers[0]?.options,
  };
}

describe('createNearView', () => {
  it('answers once, when one of a key’s elements comes within a screen, and stops watching it', () => {
    document.body.innerHTML = '<p>One.</p><p>Two.</p>';
    const [one, two] = [...document.querySelectorAll('p')];
    const io = fakeObserver();
    const view = createNearView(io.Observer);
    const near = vi.fn();
    view.watch({}, [one!, two!], near);
    expect(io.options()?.rootMargin).toBe(NEAR_MARGIN);
    io.hide(two!);
    expect(near).not.toHaveBeenCalled();
    io.show(two!);
    io.show(one!);
    expect(near).toHaveBeenCalledTimes(1);
    expect(io.observed()).toEqual([]);
  });

  it('forgets a key it is told to, and a newer watch of a key replaces the older', () => {
    document.body.innerHTML = '<p>One.</p>';
    const one = document.querySelector('p')!;
    const io = fakeObserver();
    const view = createNearView(io.Observer);
    const key = {};
    const first = vi.fn();
    const second = vi.fn();
    view.watch(key, [one], first);
    view.watch(key, [one], second);
    io.show(one);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
    const third = vi.fn();
    view.watch(key, [one], third);
    view.unwatch(key);
    io.show(one);
    expect(third).not.toHaveBeenCalled();
  });
});

describe('watchedElements', () => {
  it('watches a flag at most every WATCH_EVERY_CHARS of text, the last one, and each element once', () => {
    const elements = Array.from({ length: 10 }, () => document.createElement('p'));
    const step = WATCH_EVERY_CHARS / 3;
    const offsets = Array.from({ length: 9 }, (_, i) => i * step);
    const elementAt = (offset: number) => elements[Math.round(offset / step)] ?? null;
    // …and the last flag's, whatever its distance.
    expect(watchedElements(offsets, elementAt)).toEqual([elements[0], elements[3], elements[6], elements[8]]);
    // Two flags in one paragraph, far apart: one element.
    expect(watchedElements([0, 2 * WATCH_EVERY_CHARS], () => elements[0]!)).toEqual([elements[0]]);
  });
});

describe('a long article’s chunks, painted when the reader comes near', () => {
  function setup() {
    const paragraphs = ['Insiders say the first part is late.', 'The middle is quiet.', 'Critics say the last part is late.'];
    document.body.innerHTML = paragraphs.map((text) => `<p>${text}</p>`).join('');
    const body = createBodyText(buildBlocks(textNodes(), document), document);
    const api = fakeHighlightApi();
    const io = fakeObserver();
    const layer = new FlagLayer(createHighlightPainter(api), { nearView: createNearView(io.Observer) });
    // Two chunks: the first two paragraphs, then the last.
    const cut = body.text.indexOf('Critics');
    const chunk = (start: number, end: number): AnalysedChunk => ({
      start,
      end,
      analysis: fakeAnalyze(body.text.slice(start, end)),
    });
    layer.setChunk(0, chunk(0, cut - 1), body);
    layer.setChunk(1, chunk(cut, body.text.length), body);
    const painted = () => [...api.registry.texts(HIGHLIGHT_NAMES.anonymous), ...api.registry.texts(HIGHLIGHT_NAMES.vague)];
    return { layer, io, painted, last: document.querySelectorAll('p')[2]! };
  }

  it('paints the first chunk at once and a later one only when the reader nears it', () => {
    const { io, painted, last } = setup();
    expect(painted()).toEqual(['Insiders say the first part is late.']);
    expect(io.observed()).toEqual([last]);
    io.show(last);
    expect(painted()).toEqual(['Insiders say the first part is late.', 'Critics say the last part is late.']);
  });

  it('counts, lists and reaches every flag before it is painted', () => {
    const { layer, painted } = setup();
    expect(layer.count).toBe(2);
    expect(layer.report().flags.map((flag) => flag.category)).toEqual(['anonymous', 'vague']);
    expect(layer.entries()[1]!.sentence.toString()).toBe('Critics say the last part is late.');
    expect(painted()).toHaveLength(1);
  });

  it('paints a chunk the reader comes to at once, even while paints are being batched', () => {
    document.body.innerHTML = '<p>Insiders say one.</p><p>Critics say two.</p><p>It reportedly ends.</p>';
    const paragraphs = [...document.querySelectorAll('p')];
    const body = createBodyText(buildBlocks(textNodes(), document), document);
    const api = fakeHighlightApi();
    const io = fakeObserver();
    let now = 0;
    const clock = { now: () => now, setTimeout: () => 1, clearTimeout: () => {} };
    const layer = new FlagLayer(batchPaints(createHighlightPainter(api), clock), { nearView: createNearView(io.Observer) });
    const starts = paragraphs.map((p) => body.text.indexOf(p.textContent!));
    const chunk = (index: number): AnalysedChunk => {
      const end = index + 1 < starts.length ? starts[index + 1]! - 1 : body.text.length;
      return { start: starts[index]!, end, analysis: fakeAnalyze(body.text.slice(starts[index]!, end)) };
    };
    for (const index of [0, 1, 2]) layer.setChunk(index, chunk(index), body);
    // Long after the first paint the batch interval has grown (a long body being read)…
    now = 9_000;
    io.show(paragraphs[1]!);
    now = 10_000;
    // …but the reader is here now.
    io.show(paragraphs[2]!);
    expect(api.registry.texts(HIGHLIGHT_NAMES.hedged)).toEqual(['It reportedly ends.']);
  });

  it('stops watching chunks that are gone', () => {
    const { layer, io } = setup();
    layer.truncate(1);
    expect(io.observed()).toEqual([]);
  });
});

function textNodes(): Text[] {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}
