/**
 * One palette for every place a category is shown: the page's highlights, the card, the popup,
 * the options page's key. Colour alone would fail colour-blind readers, so each category also has
 * its own line style. Colours are from the Okabe–Ito palette, as `R G B` for `rgb(… / alpha)`;
 * `dark` is the variant for dark backgrounds.
 */
import type { Category } from '../detector/types.ts';

export type LineStyle = 'solid' | 'dotted' | 'dashed' | 'wavy';

export interface CategoryStyle {
  line: LineStyle;
  light: string;
  dark: string;
}

export const CATEGORY_PALETTE: Readonly<Record<Category, CategoryStyle>> = {
  anonymous: { line: 'solid', light: '213 94 0', dark: '255 150 80' },
  vague: { line: 'dotted', light: '0 114 178', dark: '86 180 233' },
  secondhand: { line: 'dashed', light: '0 158 115', dark: '60 210 160' },
  hedged: { line: 'wavy', light: '204 121 167', dark: '235 160 205' },
};
