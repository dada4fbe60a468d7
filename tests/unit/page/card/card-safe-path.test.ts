// @vitest-environment happy-dom
/**
 * Issue #18, item 1: on the way from a one-line flag to its card (to the right and lower), the
 * pointer crosses plain text and other flags for longer than the hide delay; the card waits for
 * it, as a menu waits for the pointer on its way to a submenu.
 */
import { describe, expect, it, vi } from 'vitest';
import { HIDE_DELAY_MS } from '../../../../page/card/card-host.ts';
import { HOVER_INTENT_MS } from '../../../../page/card/card-triggers.ts';
import { distanceToBox, HEADING_MS } from '../../../../page/card/safe-path.ts';
import { setup, useCardHarness } from './card-harness.ts';

useCardHarness();

/** Moves the pointer in a straight line in `steps` steps, `stepMs` apart; calls `each` after every step. */
function glide(
  move: (x: number, y: number) => void,
  from: readonly [number, number],
  to: readonly [number, number],
  steps: number,
  stepMs: number,
  each: () => void = () => {},
) {
  for (let step = 1; step <= steps; step++) {
    vi.advanceTimersByTime(stepMs);
    move(from[0] + ((to[0] - from[0]) * step) / steps, from[1] + ((to[1] - from[1]) * step) / steps);
    each();
  }
}

/** Opens flag 0's card by hover, laid out to the right of the line and lower. */
function openOnFirstFlag(card = new DOMRect(330, 60, 300, 200)) {
  const harness = setup();
  harness.move(250, 50);
  vi.advanceTimersByTime(HOVER_INTENT_MS);
  expect(harness.card.openFlagId).toBe(0);
  harness.placeCardAt(card);
  return harness;
}

describe('the safe path to the card', () => {
  it('measures how far the pointer is from the card', () => {
    const box = { left: 10, top: 10, right: 20, bottom: 20 };
    expect(distanceToBox({ x: 15, y: 15 }, box)).toBe(0);
    expect(distanceToBox({ x: 0, y: 10 }, box)).toBe(10);
    expect(distanceToBox({ x: 23, y: 24 }, box)).toBe(5);
  });

  it('a pointer moving diagonally to the card over 400 ms, across plain text, finds it still there', () => {
    const { move, card, pointerOnCard } = openOnFirstFlag();
    // Off the flag (x 300) after 50 ms, then 350 ms over plain text: longer than the hide delay.
    glide(move, [290, 50], [440, 150], 16, 25, () => expect(card.openFlagId).toBe(0));
    pointerOnCard(true);
    vi.advanceTimersByTime(HIDE_DELAY_MS * 5);
    expect(card.openFlagId).toBe(0);
  });

  it('is never lost mid-way, however slow the way, while the pointer keeps coming closer', () => {
    const { move, card } = openOnFirstFlag(new DOMRect(900, 400, 300, 200));
    glide(move, [250, 50], [890, 395], 40, 60, () => expect(card.openFlagId).toBe(0));
  });

  it('goes a moment after the pointer stops on the way, or turns away from the card', () => {
    const first = openOnFirstFlag();
    glide(first.move, [250, 50], [320, 80], 4, 25);
    vi.advanceTimersByTime(HIDE_DELAY_MS);
    expect(first.card.openFlagId).toBeNull();
    first.controller.abort();

    const second = openOnFirstFlag();
    glide(second.move, [250, 50], [250, 95], 3, 25); // still on the flag
    glide(second.move, [250, 95], [100, 400], 8, 25); // away from the card, over other flags and below
    vi.advanceTimersByTime(HIDE_DELAY_MS);
    expect(second.card.openFlagId).not.toBe(0);
  });

  it('crossing another flag on the way does not swap the card, but a pointer that stops on it opens it', () => {
    const first = openOnFirstFlag(new DOMRect(320, 150, 300, 250));
    // 30 steps of 20 ms: about 300 ms on flag 1 (y 100–200, x < 300), longer than the hover intent.
    glide(first.move, [100, 50], [330, 250], 30, 20, () => expect(first.card.openFlagId).toBe(0));
    first.pointerOnCard(true);
    vi.advanceTimersByTime(HIDE_DELAY_MS * 3);
    expect(first.card.openFlagId).toBe(0);
    first.controller.abort();

    const second = openOnFirstFlag(new DOMRect(320, 150, 300, 250));
    glide(second.move, [100, 50], [200, 150], 10, 20); // heading for the card, into flag 1
    vi.advanceTimersByTime(HOVER_INTENT_MS + HEADING_MS);
    expect(second.card.openFlagId).toBe(1);
  });
});
