// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flagAtPoint, trackFlagHover } from '../../../../page/card/hover-target.ts';
import type { FlagEntry } from '../../../../page/paint/flag-layer.ts';

/**
 * happy-dom has no layout: the caret APIs and client rects are faked. Each paragraph is a
 * 100 px tall line box; the caret at y lands in paragraph floor(y / 100), offset x / 10.
 */
function layout(count: number) {
  document.body.innerHTML = Array.from({ length: count }, (_, i) => `<p>Sentence number ${i} reportedly.</p>`).join('');
  const paragraphs = [...document.querySelectorAll('p')];
  const caret = (x: number, y: number) => {
    const p = paragraphs[Math.floor(y / 100)];
    if (!p) return null;
    const text = p.firstChild as Text;
    return { offsetNode: text as Node, offset: Math.min(text.length, Math.floor(x / 10)) };
  };
  const entries: FlagEntry[] = paragraphs.map((p, id) => {
    const range = document.createRange();
    range.selectNodeContents(p.firstChild!);
    const rect = new DOMRect(0, id * 100, 300, 100);
    range.getClientRects = () => [rect] as unknown as DOMRectList;
    range.getBoundingClientRect = () => rect;
    return {
      flag: { id, category: 'hedged', cue: { start: 0, end: 1, text: 'S' }, sentence: { start: 0, end: 1, text: 'S' }, key: 'k' },
      block: p,
      sentence: range,
      cue: range,
    };
  });
  return { caret, entries };
}

describe('flagAtPoint', () => {
  let caret: ReturnType<typeof layout>['caret'];
  let entries: FlagEntry[];
  beforeEach(() => {
    ({ caret, entries } = layout(3));
  });

  it.each([
    ['Firefox caretPositionFromPoint', 'caretPositionFromPoint'],
    ['Chrome caretRangeFromPoint', 'caretRangeFromPoint'],
  ] as const)('finds the flag under the point with %s', (_name, api) => {
    const doc = document as unknown as Record<string, unknown>;
    const saved = { p: doc.caretPositionFromPoint, r: doc.caretRangeFromPoint };
    doc.caretPositionFromPoint = undefined;
    doc.caretRangeFromPoint = undefined;
    if (api === 'caretPositionFromPoint') doc.caretPositionFromPoint = caret;
    else
      doc.caretRangeFromPoint = (x: number, y: number) => {
        const position = caret(x, y);
        if (!position) return null;
        const range = document.createRange();
        range.setStart(position.offsetNode, position.offset);
        return range;
      };
    try {
      expect(flagAtPoint(document, 50, 150, entries)?.entry.flag.id).toBe(1);
      expect(flagAtPoint(document, 50, 250, entries)?.entry.flag.id).toBe(2);
      // Beside the line box: the caret API still answers, the rects say no.
      expect(flagAtPoint(document, 900, 150, entries)).toBeNull();
      expect(flagAtPoint(document, 50, 950, entries)).toBeNull();
    } finally {
      doc.caretPositionFromPoint = saved.p;
      doc.caretRangeFromPoint = saved.r;
    }
  });
});

describe('trackFlagHover', () => {
  function track(isTrusted: (event: Event) => boolean, isOwnUi?: (target: EventTarget | null) => boolean) {
    const { caret, entries } = layout(2);
    (document as unknown as Record<string, unknown>).caretPositionFromPoint = caret;
    const onFlagHover = vi.fn();
    const onFlagLeave = vi.fn();
    const controller = new AbortController();
    trackFlagHover({
      doc: document,
      entries: () => entries,
      onFlagHover,
      onFlagLeave,
      schedule: (fn) => fn(),
      signal: controller.signal,
      isTrusted,
      ...(isOwnUi ? { isOwnUi } : {}),
    });
    return { onFlagHover, onFlagLeave, controller };
  }

  it('ignores pointer moves a page script forged (isTrusted false)', () => {
    const { onFlagHover, onFlagLeave } = track((event) => event.isTrusted);
    const forged = new PointerEvent('pointermove', { clientX: 20, clientY: 20 });
    expect(forged.isTrusted).not.toBe(true);
    document.dispatchEvent(forged);
    expect(onFlagHover).not.toHaveBeenCalled();
    expect(onFlagLeave).not.toHaveBeenCalled();
  });

  it('over its own UI, is neither on a flag nor off it; back on the same flag counts again', () => {
    const card = document.createElement('div');
    const { onFlagHover, onFlagLeave } = track(
      () => true,
      (target) => target === card,
    );
    document.body.append(card);
    document.dispatchEvent(new PointerEvent('pointermove', { clientX: 20, clientY: 20 }));
    card.dispatchEvent(new PointerEvent('pointermove', { clientX: 900, clientY: 20, bubbles: true }));
    expect(onFlagLeave).not.toHaveBeenCalled();
    document.dispatchEvent(new PointerEvent('pointermove', { clientX: 20, clientY: 20 }));
    expect(onFlagHover).toHaveBeenCalledTimes(2);
    card.remove();
  });

  it('calls onFlagHover on entering a flag and onFlagLeave on leaving it, once each', () => {
    const { onFlagHover, onFlagLeave, controller } = track(() => true);
    const move = (x: number, y: number) => document.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y }));
    move(20, 20);
    move(30, 30);
    expect(onFlagHover).toHaveBeenCalledTimes(1);
    expect(onFlagHover.mock.calls[0]![0].flag.id).toBe(0);
    expect(onFlagHover.mock.calls[0]![1]).toEqual(new DOMRect(0, 0, 300, 100));
    move(20, 120);
    expect(onFlagHover).toHaveBeenCalledTimes(2);
    move(900, 120);
    expect(onFlagLeave).toHaveBeenCalledTimes(1);
    controller.abort();
    move(20, 20);
    expect(onFlagHover).toHaveBeenCalledTimes(2);
  });
});
