import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLACK, composite, contrast, cssRgb, isDark, parseColour, safeAlpha, WHITE } from '../../../../page/paint/colour.ts';

describe('parseColour', () => {
  it.each([
    ['rgb(255, 0, 0)', { r: 255, g: 0, b: 0, a: 1 }],
    ['rgba(0, 0, 0, 0.5)', { r: 0, g: 0, b: 0, a: 0.5 }],
    ['rgb(10 20 30 / 25%)', { r: 10, g: 20, b: 30, a: 0.25 }],
    ['color(srgb 1 0.5 0 / 0.5)', { r: 255, g: 127.5, b: 0, a: 0.5 }],
    ['transparent', { r: 0, g: 0, b: 0, a: 0 }],
    ['#fff', { r: 255, g: 255, b: 255, a: 1 }],
    ['#1b1e24', { r: 27, g: 30, b: 36, a: 1 }],
  ])('%s', (text, expected) => expect(parseColour(text)).toEqual(expected));

  it.each(['', 'red', 'oklch(0.5 0.1 20)', 'color(display-p3 1 0 0)', 'rgb(1, 2)'])('leaves %j unread', (text) =>
    expect(parseColour(text)).toBeNull(),
  );
});

describe('contrast', () => {
  it('matches WCAG reference values', () => {
    expect(contrast(WHITE, BLACK)).toBeCloseTo(21, 5);
    expect(contrast(WHITE, WHITE)).toBe(1);
    // #767676 is the lightest grey that passes 4.5:1 on white; #777777 is the first that fails.
    expect(contrast({ r: 0x76, g: 0x76, b: 0x76 }, WHITE)).toBeGreaterThanOrEqual(4.5);
    expect(contrast({ r: 0x77, g: 0x77, b: 0x77 }, WHITE)).toBeLessThan(4.5);
  });

  it('reproduces the issue: yellow cue shading at 45% on a dark page under light-grey text is about 3:1', () => {
    const page = { r: 27, g: 30, b: 36 };
    const olive = composite({ r: 240, g: 228, b: 66, a: 0.45 }, page);
    expect(contrast({ r: 201, g: 204, b: 211 }, olive)).toBeLessThan(3.5);
  });

  it('tells dark backgrounds from light ones', () => {
    expect(isDark({ r: 21, g: 23, b: 28 })).toBe(true);
    expect(isDark({ r: 250, g: 248, b: 240 })).toBe(false);
  });
});

describe('safeAlpha', () => {
  const colour = fc.record({
    r: fc.integer({ min: 0, max: 255 }),
    g: fc.integer({ min: 0, max: 255 }),
    b: fc.integer({ min: 0, max: 255 }),
  });

  it('never takes readable page text below 4.5:1', () => {
    fc.assert(
      fc.property(colour, colour, colour, fc.double({ min: 0.05, max: 0.9, noNaN: true }), (tint, background, text, wanted) => {
        fc.pre(contrast(text, background) >= 4.5);
        const alpha = safeAlpha(tint, background, text, wanted);
        expect(alpha).toBeLessThanOrEqual(wanted);
        expect(contrast(text, composite({ ...tint, a: alpha }, background))).toBeGreaterThanOrEqual(4.5);
      }),
    );
  });

  it('keeps the alpha asked for when contrast allows it', () => {
    expect(safeAlpha({ r: 213, g: 94, b: 0 }, WHITE, { r: 29, g: 29, b: 29 }, 0.12)).toBe(0.12);
  });

  it('on an already weak page, costs the text at most a tenth of its contrast', () => {
    const background = WHITE;
    const text = { r: 150, g: 150, b: 150 }; // about 3:1 on white
    const alpha = safeAlpha({ r: 0, g: 0, b: 0 }, background, text, 0.5);
    expect(contrast(text, composite({ r: 0, g: 0, b: 0, a: alpha }, background))).toBeGreaterThanOrEqual(
      contrast(text, background) * 0.9,
    );
  });
});

describe('cssRgb', () => {
  it('writes opaque and translucent colours', () => {
    expect(cssRgb({ r: 1.4, g: 2.6, b: 3 })).toBe('rgb(1 3 3)');
    expect(cssRgb({ r: 1, g: 2, b: 3 }, 0.1234)).toBe('rgb(1 2 3 / 0.123)');
  });
});
