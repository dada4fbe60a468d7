// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createHighlightPainter,
  CUE_HIGHLIGHT,
  FOCUS_HIGHLIGHT,
  HIGHLIGHT_NAMES,
} from '../../../../page/paint/highlight-painter.ts';
import { FakeHighlight, fakeHighlightApi } from '../fakes.ts';

/** The range of `text` inside the element's first text node (the whole text when omitted). */
function rangeOf(element: Element, text = element.textContent!): Range {
  const start = element.textContent!.indexOf(text);
  const range = document.createRange();
  range.setStart(element.firstChild!, start);
  range.setEnd(element.firstChild!, start + text.length);
  return range;
}

describe('createHighlightPainter', () => {
  let api: ReturnType<typeof fakeHighlightApi>;
  let p1: HTMLElement;
  let p2: HTMLElement;
  beforeEach(() => {
    document.body.innerHTML = '<p>Insiders say it will close.</p><p>It reportedly will.</p>';
    p1 = document.querySelector('p')!;
    p2 = document.querySelector('p:last-child')!;
    api = fakeHighlightApi();
  });

  it('registers nothing until flags are painted, then each entry once with its ranges in it', () => {
    const set = vi.spyOn(api.registry, 'set');
    const painter = createHighlightPainter(api);
    expect([...api.registry.keys()]).toEqual([]);
    painter.paint(p1, [{ category: 'anonymous', sentence: rangeOf(p1), cue: rangeOf(p1, 'Insiders say') }]);
    expect([...api.registry.keys()].sort()).toEqual([HIGHLIGHT_NAMES.anonymous, CUE_HIGHLIGHT]);
    // One update an entry, made with its range already inside (the browser revalidates every range on each).
    expect(set).toHaveBeenCalledTimes(2);
    expect(api.registry.texts(HIGHLIGHT_NAMES.anonymous)).toEqual(['Insiders say it will close.']);
    painter.paint(p2, [{ category: 'anonymous', sentence: rangeOf(p2), cue: rangeOf(p2, 'reportedly') }]);
    expect(set).toHaveBeenCalledTimes(2);
  });

  it('uses the public entry names, cue above sentences and focus on top', () => {
    const painter = createHighlightPainter(api);
    painter.paint(p1, [
      { category: 'anonymous', sentence: rangeOf(p1), cue: rangeOf(p1, 'Insiders say') },
      { category: 'vague', sentence: rangeOf(p1, 'it will close.'), cue: rangeOf(p1, 'it') },
      { category: 'secondhand', sentence: rangeOf(p1, 'will close.'), cue: rangeOf(p1, 'will') },
      { category: 'hedged', sentence: rangeOf(p2), cue: rangeOf(p2, 'reportedly') },
    ]);
    painter.focus(rangeOf(p2));
    expect([...api.registry.keys()].sort()).toEqual([
      'sourcelight-anonymous',
      'sourcelight-cue',
      'sourcelight-focus',
      'sourcelight-hedged',
      'sourcelight-secondhand',
      'sourcelight-vague',
    ]);
    expect(api.registry.get(CUE_HIGHLIGHT)!.priority).toBeGreaterThan(api.registry.get(HIGHLIGHT_NAMES.vague)!.priority);
    expect(api.registry.get(FOCUS_HIGHLIGHT)!.priority).toBeGreaterThan(api.registry.get(CUE_HIGHLIGHT)!.priority);
  });

  it('gives the styles their turn once, before the first flags go in', () => {
    const order: string[] = [];
    const set = api.registry.set.bind(api.registry);
    api.registry.set = (name, highlight) => {
      order.push(`set ${name}`);
      return set(name, highlight);
    };
    const painter = createHighlightPainter(api, { beforeFirstPaint: (first) => order.push(`styles ${first.category}`) });
    painter.paint(p1, []);
    painter.paint(p2, [{ category: 'hedged', sentence: rangeOf(p2), cue: rangeOf(p2, 'reportedly') }]);
    painter.paint(p1, [{ category: 'anonymous', sentence: rangeOf(p1), cue: rangeOf(p1, 'Insiders say') }]);
    expect(order).toEqual([
      'styles hedged',
      `set ${HIGHLIGHT_NAMES.hedged}`,
      `set ${CUE_HIGHLIGHT}`,
      `set ${HIGHLIGHT_NAMES.anonymous}`,
    ]);
  });

  it('puts back what a page took from the registry: a cleared registry, an emptied entry', () => {
    const painter = createHighlightPainter(api);
    painter.paint(p1, [{ category: 'anonymous', sentence: rangeOf(p1), cue: rangeOf(p1, 'Insiders say') }]);
    expect(painter.repair()).toBe(false);

    api.registry.clear(); // CSS.highlights.clear() from the page
    expect(painter.repair()).toBe(true);
    expect(api.registry.texts(HIGHLIGHT_NAMES.anonymous)).toEqual(['Insiders say it will close.']);

    (api.registry.get(HIGHLIGHT_NAMES.anonymous) as FakeHighlight).clear(); // one entry emptied, the cues left
    expect(painter.repair()).toBe(true);
    expect(api.registry.texts(HIGHLIGHT_NAMES.anonymous)).toEqual(['Insiders say it will close.']);
    (api.registry.get(CUE_HIGHLIGHT) as FakeHighlight).clear();
    expect(painter.repair()).toBe(true);
    expect(api.registry.texts(CUE_HIGHLIGHT)).toEqual(['Insiders say']);
    expect(api.registry.texts(HIGHLIGHT_NAMES.anonymous)).toEqual(['Insiders say it will close.']);
  });

  it('replaces an entry the page swapped for its own, and leaves the page’s entry alone on dispose', () => {
    const painter = createHighlightPainter(api);
    painter.paint(p1, [{ category: 'vague', sentence: rangeOf(p1), cue: rangeOf(p1, 'Insiders say') }]);
    const theirs = new FakeHighlight();
    api.registry.set(HIGHLIGHT_NAMES.vague, theirs);
    expect(painter.repair()).toBe(true);
    expect(api.registry.get(HIGHLIGHT_NAMES.vague)).not.toBe(theirs);
    api.registry.set('sourcelight-cue', theirs);
    painter.dispose();
    expect(api.registry.get('sourcelight-cue')).toBe(theirs);
    expect(api.registry.has(HIGHLIGHT_NAMES.vague)).toBe(false);
  });

  it('paints per block and repaints a block without touching the others', () => {
    const painter = createHighlightPainter(api);
    painter.paint(p1, [{ category: 'anonymous', sentence: rangeOf(p1), cue: rangeOf(p1, 'Insiders say') }]);
    painter.paint(p2, [{ category: 'hedged', sentence: rangeOf(p2), cue: rangeOf(p2, 'reportedly') }]);
    expect(api.registry.texts(HIGHLIGHT_NAMES.anonymous)).toEqual(['Insiders say it will close.']);
    expect(api.registry.texts(HIGHLIGHT_NAMES.hedged)).toEqual(['It reportedly will.']);
    expect(api.registry.texts(CUE_HIGHLIGHT)).toEqual(['Insiders say', 'reportedly']);

    painter.paint(p1, [{ category: 'vague', sentence: rangeOf(p1), cue: rangeOf(p1, 'say') }]);
    expect(api.registry.texts(HIGHLIGHT_NAMES.anonymous)).toEqual([]);
    expect(api.registry.texts(HIGHLIGHT_NAMES.vague)).toEqual(['Insiders say it will close.']);
    expect(api.registry.texts(HIGHLIGHT_NAMES.hedged)).toEqual(['It reportedly will.']);
    expect(api.registry.texts(CUE_HIGHLIGHT)).toEqual(['reportedly', 'say']);

    painter.erase(p2);
    expect(api.registry.texts(HIGHLIGHT_NAMES.hedged)).toEqual([]);
    expect(api.registry.texts(CUE_HIGHLIGHT)).toEqual(['say']);
  });

  it('focuses one range at a time, clears all, and removes only its own entries on dispose', () => {
    const painter = createHighlightPainter(api);
    painter.paint(p1, [{ category: 'anonymous', sentence: rangeOf(p1), cue: rangeOf(p1, 'Insiders say') }]);
    painter.focus(rangeOf(p1));
    painter.focus(rangeOf(p2));
    expect(api.registry.texts(FOCUS_HIGHLIGHT)).toEqual(['It reportedly will.']);
    painter.clear();
    for (const name of api.registry.keys()) expect(api.registry.texts(name)).toEqual([]);

    const foreign = new FakeHighlight();
    api.registry.set(HIGHLIGHT_NAMES.vague, foreign);
    painter.dispose();
    expect([...api.registry.keys()]).toEqual([HIGHLIGHT_NAMES.vague]);
    expect(api.registry.get(HIGHLIGHT_NAMES.vague)).toBe(foreign);
  });
});
