import { describe, expect, it } from 'vitest';
import { CARD_THEMES } from '../../../../components/card/card-theme.ts';
import { contrast, parseColour, type Rgb } from '../../../../page/paint/colour.ts';

const rgb = (hex: string): Rgb => parseColour(hex)!;

describe('card palettes', () => {
  it.each(Object.entries(CARD_THEMES))('%s: every text colour reads at 4.5:1 on the card', (_scheme, theme) => {
    for (const name of ['text', 'muted', 'accent', 'success', 'error'] as const) {
      expect(contrast(rgb(theme[name]), rgb(theme.background)), name).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(rgb(theme.accentText), rgb(theme.accent))).toBeGreaterThanOrEqual(4.5);
    // The border outlines the fields: a graphic, 3:1.
    expect(contrast(rgb(theme.border), rgb(theme.background))).toBeGreaterThanOrEqual(3);
  });

  it('the dark card is dark: no bright white box on a dark site', () => {
    expect(contrast(rgb(CARD_THEMES.dark.background), rgb('#000000'))).toBeLessThan(2);
  });
});
