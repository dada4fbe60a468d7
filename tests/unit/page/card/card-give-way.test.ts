// @vitest-environment happy-dom
/**
 * Issue #18, items 2 and 3: a card never blocks the other flags (pressing its buttons does not
 * pin it; a pinned card gives way to hover on another flag, to its sentence scrolling out of
 * view, to its tab being hidden), and notices go when they stop being true or time out, even
 * with focus in them.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HIDE_DELAY_MS } from '../../../../page/card/card-host.ts';
import { NOTICE_WITH_ACTION_MS } from '../../../../page/card/card-notice.ts';
import { HOVER_INTENT_MS } from '../../../../page/card/card-triggers.ts';
import { setup, useCardHarness } from './card-harness.ts';

useCardHarness();

const visibility = (state: 'visible' | 'hidden') => {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
};
afterEach(() => {
  Reflect.deleteProperty(document, 'visibilityState');
});

const press = (element: Element) => {
  element.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
  (element as HTMLElement).click();
};

describe('a card that gives way', () => {
  it('pressing its buttons does not pin it: hover on another flag and leaving still work', async () => {
    const { move, card, button, cardEl, pointerOnCard } = setup();
    move(20, 20);
    vi.advanceTimersByTime(HOVER_INTENT_MS);
    pointerOnCard(true);
    press(button('Open notes for this article')!);
    await vi.advanceTimersByTimeAsync(0);
    expect(cardEl()!.hasAttribute('data-pinned')).toBe(false);
    pointerOnCard(false);
    move(20, 220);
    vi.advanceTimersByTime(HOVER_INTENT_MS);
    expect(card.openFlagId).toBe(2);
    move(900, 220);
    vi.advanceTimersByTime(HIDE_DELAY_MS);
    expect(card.openFlagId).toBeNull();
  });

  it('a press on the card outside its buttons (selecting its text) pins it', () => {
    const { move, cardEl, pointerOnCard } = setup();
    move(20, 20);
    vi.advanceTimersByTime(HOVER_INTENT_MS);
    pointerOnCard(true);
    cardEl()!
      .querySelector('.why')!
      .dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(cardEl()!.hasAttribute('data-pinned')).toBe(true);
  });

  it('a pinned card gives way to the pointer resting on another flag', () => {
    const { move, clickAt, card, cardEl } = setup();
    clickAt(20, 20);
    expect(cardEl()!.hasAttribute('data-pinned')).toBe(true);
    move(20, 120);
    vi.advanceTimersByTime(HOVER_INTENT_MS);
    expect(card.openFlagId).toBe(1);
  });

  it('a pinned card gives way when its sentence scrolls out of view, not before', () => {
    const { clickAt, card, entries } = setup();
    clickAt(20, 20);
    const sentence = entries[0]!.sentence;
    sentence.getBoundingClientRect = () => new DOMRect(0, -60, 300, 100); // half out: still in view
    document.dispatchEvent(new Event('scroll'));
    expect(card.openFlagId).toBe(0);
    sentence.getBoundingClientRect = () => new DOMRect(0, -500, 300, 100);
    document.dispatchEvent(new Event('scroll'));
    expect(card.openFlagId).toBeNull();
  });

  it('a pinned card gives way when its tab is hidden; back on the tab, hover opens cards again', () => {
    const { clickAt, move, card, pointerOnCard } = setup();
    clickAt(20, 20);
    pointerOnCard(true); // the reader's pointer was on the card when they left the tab
    visibility('hidden');
    expect(card.openFlagId).toBeNull();
    visibility('visible');
    move(20, 120);
    vi.advanceTimersByTime(HOVER_INTENT_MS);
    expect(card.openFlagId).toBe(1);
  });
});

describe('notices', () => {
  it('“Highlights hidden” goes as soon as the highlights are back, from wherever they were shown', async () => {
    const { card, entries, button, root } = setup();
    card.show(entries[0]!.flag, entries[0]!.sentence);
    button('Hide highlights on this page')!.click();
    await vi.waitFor(() => expect(root().querySelector('.notice')?.textContent).toContain('Highlights hidden'));
    card.setPageHidden(false); // the popup's switch, or Alt+Shift+H
    expect(root().querySelector('.notice')).toBeNull();
  });

  it('“Flag dismissed” goes when that flag is restored from the popup, and stays for another', async () => {
    const { card, entries, root } = setup();
    card.show(entries[1]!.flag, entries[1]!.sentence);
    [...root().querySelectorAll('button')].find((b) => b.textContent === 'Not an issue here')!.click();
    await vi.waitFor(() => expect(root().querySelector('.notice')?.textContent).toContain('Flag dismissed'));
    card.flagRestored(entries[0]!.flag.key);
    expect(root().querySelector('.notice')?.textContent).toContain('Flag dismissed');
    card.flagRestored(entries[1]!.flag.key);
    expect(root().querySelector('.notice')).toBeNull();
  });

  it('another notice stays when the highlights come back', () => {
    const { card, root } = setup();
    card.notice('Saved to Sourcelight.', 'success');
    card.setPageHidden(false);
    expect(root().querySelector('.notice')?.textContent).toBe('Saved to Sourcelight.');
  });

  it('times out with focus in it, and focus goes back where the keyboard command found it', async () => {
    const { card, entries, root } = setup();
    const before = document.createElement('button');
    document.body.append(before);
    before.focus();
    card.show(entries[1]!.flag, entries[1]!.sentence, { focus: true });
    const dismiss = [...root().querySelectorAll('button')].find((b) => b.textContent === 'Not an issue here')!;
    dismiss.click();
    await vi.waitFor(() => expect(root().activeElement?.textContent).toBe('Undo'));
    vi.advanceTimersByTime(NOTICE_WITH_ACTION_MS);
    expect(root().querySelector('.notice')).toBeNull();
    expect(document.activeElement).toBe(before);
  });

  it('times out with focus in it; without a place to go back to, focus returns to the flag', async () => {
    const { card, entries, root } = setup();
    card.show(entries[1]!.flag, entries[1]!.sentence, { focus: true });
    [...root().querySelectorAll('button')].find((b) => b.textContent === 'Hide highlights on this page')!.click();
    await vi.waitFor(() => expect(root().activeElement?.textContent).toBe('Show again'));
    vi.advanceTimersByTime(NOTICE_WITH_ACTION_MS);
    expect(root().querySelector('.notice')).toBeNull();
    expect(root().activeElement).toBeNull();
    const caret = document.getSelection()!;
    expect(caret.isCollapsed).toBe(true);
    expect(caret.anchorNode).toBe(entries[1]!.sentence.startContainer);
  });

  it('waits while the pointer is on it, then goes once the pointer leaves', () => {
    const { card, root } = setup();
    card.notice('Saved to Sourcelight.', 'success');
    const notice = root().querySelector('.notice')!;
    notice.dispatchEvent(new PointerEvent('pointerenter'));
    vi.advanceTimersByTime(60_000);
    expect(root().querySelector('.notice')).not.toBeNull();
    notice.dispatchEvent(new PointerEvent('pointerleave'));
    vi.advanceTimersByTime(5000);
    expect(root().querySelector('.notice')).toBeNull();
  });
});
