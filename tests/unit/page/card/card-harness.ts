/**
 * The card wired as the engine wires it (lazy-card.ts, its part already loaded) on a page of
 * three flagged paragraphs, each a 100 px tall line box at x 0–300 (happy-dom has no layout: the
 * caret API and client rects are faked, as in hover-target.test.ts). The test is privileged: it
 * keeps the closed root that a page script never gets. Call `useCardHarness()` once in a file
 * with `// @vitest-environment happy-dom`.
 */
import { afterEach, beforeEach, vi } from 'vitest';
import { mountCard, type MountCardOptions } from '../../../../page/card/card-host.ts';
import { createLazyCard } from '../../../../page/card/lazy-card.ts';
import type { PageColours } from '../../../../page/paint/backdrop-colour.ts';
import type { FlagEntry } from '../../../../page/paint/flag-layer.ts';
import type { PageFlag, SaveResult } from '../../../../contract/messages.ts';

export const LIGHT: PageColours = { background: { r: 255, g: 255, b: 255 }, text: { r: 0, g: 0, b: 0 }, scheme: 'light' };
export const DARK: PageColours = { background: { r: 20, g: 20, b: 24 }, text: { r: 220, g: 220, b: 220 }, scheme: 'dark' };

/** Each flag's line box: x 0–300, y from id × 100, 100 px tall. */
export function lineBox(id: number): DOMRect {
  return new DOMRect(0, id * 100, 300, 100);
}

export function page(count = 3, cue = 'people familiar with the matter'): FlagEntry[] {
  document.body.innerHTML = Array.from({ length: count }, (_, i) => `<p>Sentence ${i}: ${cue} said so.</p>`).join('');
  const paragraphs = [...document.querySelectorAll('p')];
  (document as unknown as Record<string, unknown>).caretPositionFromPoint = (x: number, y: number) => {
    const p = paragraphs[Math.floor(y / 100)];
    return p && x < 300 ? { offsetNode: p.firstChild!, offset: 3 } : null;
  };
  return paragraphs.map((p, id): FlagEntry => {
    const range = document.createRange();
    range.selectNodeContents(p.firstChild!);
    const rect = lineBox(id);
    range.getClientRects = () => [rect] as unknown as DOMRectList;
    range.getBoundingClientRect = () => rect;
    const flag: PageFlag = {
      id,
      category: 'anonymous',
      cue: { start: 0, end: cue.length, text: cue },
      sentence: { start: 0, end: 40, text: p.textContent! },
      key: `k${id}`,
    };
    return { flag, sentence: range, cue: range };
  });
}

let roots: ShadowRoot[] = [];
const realAttach = Element.prototype.attachShadow;

export function useCardHarness(): void {
  beforeEach(() => {
    roots = [];
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      const shadow = realAttach.call(this, init);
      roots.push(shadow);
      return shadow;
    });
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    for (const root of roots) root.host.remove();
  });
}

export function setup(overrides: Partial<MountCardOptions> = {}, trusted = true) {
  const entries = page();
  const controller = new AbortController();
  const options = {
    onSave: vi.fn(async (flag: PageFlag): Promise<SaveResult> => ({ note: { id: `n${flag.id}` } as never, created: true })),
    onOpenNote: vi.fn(async (_noteId: string) => ({ opened: true })),
    onDismiss: vi.fn(async () => {}),
    onHidePage: vi.fn(async () => {}),
    onOpenNotes: vi.fn(async () => {}),
  };
  const settings = { cardOpensOn: 'hover' as 'hover' | 'click' };
  const card = createLazyCard({
    load: () => mountCard,
    doc: document,
    signal: controller.signal,
    CSSStyleSheet: undefined,
    MutationObserver,
    settings: () => settings,
    entries: () => entries,
    schedule: (fn) => fn(),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (handle) => clearTimeout(handle as number),
    colourAt: () => LIGHT,
    // happy-dom cannot make trusted events: tests of behaviour pretend the reader made them.
    ...(trusted ? { isTrusted: () => true } : {}),
    ...options,
    ...overrides,
  });
  const root = () => roots.at(-1)!;
  const host = () => root().host as HTMLElement;
  const cardEl = () => roots.at(-1)?.querySelector<HTMLElement>('.card') ?? null;
  const button = (name: string) =>
    [...root().querySelectorAll('button')].find((b) => b.textContent === name || b.getAttribute('aria-label') === name);
  const move = (x: number, y: number) => document.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y }));
  const clickAt = (x: number, y: number) =>
    document.body.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y, bubbles: true, button: 0 }));
  /** The card laid out at this box (happy-dom has no layout of its own). */
  const placeCardAt = (box: DOMRect) => {
    cardEl()!.getBoundingClientRect = () => box;
  };
  /** The pointer enters (true) or leaves (false) the card, as the browser reports it. */
  const pointerOnCard = (inside: boolean) =>
    cardEl()!.parentElement!.dispatchEvent(new PointerEvent(inside ? 'pointerenter' : 'pointerleave'));
  return {
    card,
    entries,
    controller,
    settings,
    root,
    host,
    cardEl,
    button,
    move,
    clickAt,
    placeCardAt,
    pointerOnCard,
    ...options,
  };
}
