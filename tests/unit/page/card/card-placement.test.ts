import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Box, GAP_PX, placeCard } from '../../../../page/card/card-placement.ts';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const SIZE = { width: 340, height: 180 };
const cardBox = (spot: { left: number; top: number }) => box(spot.left, spot.top, spot.left + SIZE.width, spot.top + SIZE.height);

/** A two-line sentence in a 700 px column starting at x = 40. */
const SENTENCE = [box(40, 400, 740, 424), box(40, 424, 420, 448)];

describe('placeCard', () => {
  it('goes in the right margin when there is room beside the sentence', () => {
    const spot = placeCard({
      size: SIZE,
      target: SENTENCE,
      line: SENTENCE[0]!,
      avoid: [],
      viewport: { width: 1200, height: 800 },
    });
    expect(spot.side).toBe('right');
    expect(spot.left).toBe(740 + GAP_PX);
  });

  it('goes above the sentence in a narrow window, never over it', () => {
    const spot = placeCard({
      size: SIZE,
      target: SENTENCE,
      line: SENTENCE[0]!,
      avoid: [],
      viewport: { width: 780, height: 800 },
    });
    expect(spot.side).toBe('above');
    expect(spot.top + SIZE.height).toBeLessThanOrEqual(400 - GAP_PX);
  });

  it('goes below when the sentence is at the top of the window', () => {
    const top = [box(40, 20, 740, 44)];
    const spot = placeCard({ size: SIZE, target: top, line: top[0]!, avoid: [], viewport: { width: 780, height: 800 } });
    expect(spot.side).toBe('below');
  });

  it('would rather not cover another flag: below when a flag sits just above', () => {
    const previous = box(40, 300, 740, 370);
    const spot = placeCard({
      size: SIZE,
      target: SENTENCE,
      line: SENTENCE[0]!,
      avoid: [previous],
      viewport: { width: 780, height: 800 },
    });
    expect(spot.side).toBe('below');
    expect(overlaps(cardBox(spot), previous)).toBe(false);
  });

  it('never covers the flagged text when any place in the window leaves it clear', () => {
    const viewport = { width: 1000, height: 800 };
    const arbitrarySentence = fc
      .record({
        left: fc.integer({ min: 0, max: 600 }),
        top: fc.integer({ min: 0, max: 700 }),
        width: fc.integer({ min: 20, max: 400 }),
        lines: fc.integer({ min: 1, max: 4 }),
      })
      .map(({ left, top, width, lines }) =>
        Array.from({ length: lines }, (_, i) => box(left, top + i * 24, left + width, top + (i + 1) * 24)),
      );
    fc.assert(
      fc.property(arbitrarySentence, fc.nat({ max: 3 }), (target, lineIndex) => {
        const line = target[Math.min(lineIndex, target.length - 1)]!;
        const spot = placeCard({ size: SIZE, target, line, avoid: [], viewport });
        const covers = target.some((each) => overlaps(cardBox(spot), each));
        // Clear space exists above or below the sentence within the window in every generated case, or beside it.
        expect(covers).toBe(false);
      }),
    );
  });
});
