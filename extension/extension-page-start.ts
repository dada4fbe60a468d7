/**
 * What every extension page does as it starts: its title and language from the message catalog,
 * and the category palette (contract/category-palette.ts, the one the page's highlights use)
 * written into CSS custom properties, so every swatch and chip is drawn from it.
 */
import { i18n } from '#i18n';
import { CATEGORIES } from '../detector/types.ts';
import { CATEGORY_PALETTE } from '../contract/category-palette.ts';

/** `--anonymous-light: 213 94 0`, `--anonymous-dark: …`, `--anonymous-line: solid`, for each category. */
export function paletteProperties(): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const category of CATEGORIES) {
    const style = CATEGORY_PALETTE[category];
    properties[`--${category}-light`] = style.light;
    properties[`--${category}-dark`] = style.dark;
    properties[`--${category}-line`] = style.line;
  }
  return properties;
}

export function startPage(doc: Document, title: string): void {
  doc.title = title;
  // The language of the strings the page shows (English where the browser's has no translation).
  doc.documentElement.lang = i18n.t('extension.lang');
  for (const [name, value] of Object.entries(paletteProperties())) doc.documentElement.style.setProperty(name, value);
}
