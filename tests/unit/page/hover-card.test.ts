// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageFlag } from '../../../shared/messages.ts';
import { parseTags } from '../../../shared/tags.ts';
import { createHoverCard, HIDE_DELAY_MS, type SaveRequest } from '../../../page/hover-card.ts';

const flag = (id: number, cue = 'people familiar with the matter'): PageFlag => ({
  id,
  category: 'anonymous',
  cue: { start: 0, end: cue.length, text: cue },
  sentence: { start: 0, end: 40, text: `${cue} said so.` },
  key: 'k',
});
const RECT = { left: 10, top: 10, right: 200, bottom: 30, width: 190, height: 20 } as DOMRect;

function setup(onSave: (request: SaveRequest) => Promise<void> = async () => {}) {
  const controller = new AbortController();
  const card = createHoverCard({
    doc: document,
    CSSStyleSheet: undefined,
    onSave,
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (handle) => clearTimeout(handle as number),
    signal: controller.signal,
  });
  const root = () => document.querySelector('sourcelight-ui')!.shadowRoot!;
  const cardElement = () => root().querySelector<HTMLElement>('.card')!;
  const button = (name: string) => [...root().querySelectorAll('button')].find((b) => b.textContent === name)!;
  return { card, root, cardElement, button, controller };
}

describe('hover card', () => {
  beforeEach(() => {
    for (const host of document.documentElement.querySelectorAll('sourcelight-ui')) host.remove();
  });
  afterEach(() => vi.useRealTimers());

  it('says what kind of flag it is, which words triggered it and why it matters', () => {
    const { card, cardElement } = setup();
    card.show(flag(1), RECT);
    expect(cardElement().hidden).toBe(false);
    expect(cardElement().textContent).toContain('Anonymous');
    expect(cardElement().textContent).toContain('Cue: “people familiar with the matter”');
    expect(cardElement().textContent).toContain('people who are not named');
    expect(card.visibleFlagId).toBe(1);
  });

  it('shows page text as text: markup in a cue never becomes an element', () => {
    const { card, root } = setup();
    card.show(flag(1, '<img src=x onerror="window.pwned=1">'), RECT);
    expect(root().querySelector('img')).toBeNull();
    expect(root().querySelector('.cue')!.textContent).toContain('<img src=x');
  });

  it('saves the flag with a comment and tags, and says so in the card', async () => {
    const onSave = vi.fn(async () => {});
    const { card, root, button } = setup(onSave);
    card.show(flag(4), RECT);
    button('Save as note').click();
    const form = root().querySelector('form')!;
    expect(form.hidden).toBe(false);
    root().querySelector('textarea')!.value = 'Who are they?';
    root().querySelector<HTMLInputElement>('input')!.value = 'Sourcing, follow up, sourcing';
    form.requestSubmit();
    await vi.waitFor(() => expect(root().querySelector('.status')!.textContent).toBe('Saved to your notes.'));
    expect(onSave).toHaveBeenCalledWith({ flagId: 4, comment: 'Who are they?', tags: ['sourcing', 'follow up'] });
    expect(form.hidden).toBe(true);
  });

  it('says why a save failed and keeps what the reader wrote', async () => {
    const { card, root, button } = setup(async () => {
      throw new Error('the disk is full');
    });
    card.show(flag(4), RECT);
    button('Save as note').click();
    root().querySelector('textarea')!.value = 'Keep me';
    root().querySelector('form')!.requestSubmit();
    await vi.waitFor(() => expect(root().querySelector('.status')!.textContent).toBe('Not saved: the disk is full'));
    expect(root().querySelector('textarea')!.value).toBe('Keep me');
  });

  it('hides a moment after the pointer leaves, but not while the reader is writing', () => {
    vi.useFakeTimers();
    const { card, cardElement, button } = setup();
    card.show(flag(1), RECT);
    card.hideSoon();
    expect(cardElement().hidden).toBe(false);
    vi.advanceTimersByTime(HIDE_DELAY_MS);
    expect(cardElement().hidden).toBe(true);

    card.show(flag(1), RECT);
    button('Save as note').click();
    card.hideSoon();
    vi.advanceTimersByTime(HIDE_DELAY_MS * 2);
    expect(cardElement().hidden).toBe(false);
    // Passing over another flag does not throw away the note being written.
    card.show(flag(2), RECT);
    expect(card.visibleFlagId).toBe(1);
  });

  it('takes keyboard focus when a command reaches a flag, and Escape gives it back', () => {
    const { card, root, cardElement } = setup();
    const before = document.createElement('button');
    document.body.append(before);
    before.focus();
    card.show(flag(3), RECT, { focus: true });
    expect(root().activeElement?.textContent).toBe('Save as note');
    cardElement().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(cardElement().hidden).toBe(true);
    expect(document.activeElement).toBe(before);
  });

  it('shows a notice, and goes away with the extension', () => {
    const { card, root, controller } = setup();
    card.notice('Saved to Sourcelight.', 'success');
    expect(root().querySelector('.notice')!.textContent).toBe('Saved to Sourcelight.');
    controller.abort();
    expect(document.querySelector('sourcelight-ui')).toBeNull();
  });
});

describe('parseTags', () => {
  it.each([
    ['', []],
    ['one', ['one']],
    [' Politics , ,politics,  Local news ', ['politics', 'local news']],
  ])('%j → %j', (input, tags) => expect(parseTags(input)).toEqual(tags));
});
