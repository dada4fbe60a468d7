// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFlagNavigator, FOCUS_FLASH_MS } from '../../../../page/paint/flag-navigation.ts';
import type { FlagEntry } from '../../../../page/paint/flag-layer.ts';

function entriesFor(count: number): FlagEntry[] {
  document.body.innerHTML = Array.from({ length: count }, (_, i) => `<p>Flag ${i} reportedly.</p>`).join('');
  return [...document.querySelectorAll('p')].map((p, id) => {
    const range = document.createRange();
    range.selectNodeContents(p);
    return {
      flag: { id, category: 'hedged', cue: { start: 0, end: 1, text: 'F' }, sentence: { start: 0, end: 1, text: 'F' }, key: 'k' },
      block: p,
      sentence: range,
      cue: range,
    };
  });
}

describe('createFlagNavigator', () => {
  let scrolled: Array<{ text: string; options: ScrollIntoViewOptions }>;
  let reduceMotion: boolean;
  beforeEach(() => {
    scrolled = [];
    reduceMotion = false;
    vi.useFakeTimers();
    Element.prototype.scrollIntoView = function (this: Element, options?: boolean | ScrollIntoViewOptions) {
      scrolled.push({ text: this.textContent!, options: options as ScrollIntoViewOptions });
    };
  });

  const make = (entries: FlagEntry[]) => {
    const focus = vi.fn();
    const navigator = createFlagNavigator({
      entries: () => entries,
      focus,
      win: { matchMedia: (query: string) => ({ matches: reduceMotion && query.includes('reduce') }) as MediaQueryList },
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (handle) => clearTimeout(handle as number),
    });
    return { navigator, focus };
  };

  it.each([
    ['forward from the start', [1, 1, 1, 1], [0, 1, 2, 0]],
    ['backward from the start', [-1, -1, -1], [2, 1, 0]],
    ['forward then back', [1, 1, -1, -1], [0, 1, 0, 2]],
  ] as const)('steps %s, wrapping', (_name, directions, ids) => {
    const { navigator } = make(entriesFor(3));
    expect(directions.map((d) => navigator.step(d))).toEqual(ids);
  });

  it('returns null when there are no flags', () => {
    expect(make([]).navigator.step(1)).toBeNull();
  });

  it('scrolls the sentence to the centre, smoothly unless the reader asks for reduced motion', () => {
    const { navigator } = make(entriesFor(2));
    navigator.step(1);
    expect(scrolled.at(-1)).toEqual({
      text: 'Flag 0 reportedly.',
      options: { block: 'center', inline: 'nearest', behavior: 'smooth' },
    });
    reduceMotion = true;
    navigator.step(1);
    expect(scrolled.at(-1)!.options.behavior).toBe('auto');
  });

  it('flashes the flag briefly, and reveal jumps to an id', () => {
    const entries = entriesFor(3);
    const { navigator, focus } = make(entries);
    expect(navigator.reveal(2)).toBe(true);
    expect(focus).toHaveBeenLastCalledWith(entries[2]!.sentence);
    vi.advanceTimersByTime(FOCUS_FLASH_MS);
    expect(focus).toHaveBeenLastCalledWith(null);
    expect(navigator.step(1)).toBe(0); // wraps on from the revealed flag
    expect(navigator.reveal(7)).toBe(false);
  });
});
