/**
 * The `::highlight()` stylesheet that gives the painter's registry entries their look, with
 * colours chosen from the page's own background where the flags are (not from the reader's
 * system theme). The entry names are public (see highlight-painter.ts); the look is ours.
 *
 * One look per flag: a light tint of the category's colour and one underline in its colour and
 * line style (solid, dotted, dashed, wavy: the style tells categories apart without colour),
 * drawn below the descenders and unbroken (`text-decoration-skip-ink: none`), so it neither
 * looks like a link nor frays on serif fonts. The cue gets a stronger neutral tint.
 */
import { CATEGORIES, type Category } from '../../detector/types.ts';
import { CATEGORY_PALETTE, type LineStyle } from '../../contract/category-palette.ts';
import { adoptStyles, type AdoptedStyles } from './adopt-styles.ts';
import { BLACK, composite, contrast, cssRgb, paletteRgb, safeAlpha, type Rgb, WHITE } from './colour.ts';
import { CUE_HIGHLIGHT, FOCUS_HIGHLIGHT, HIGHLIGHT_NAMES } from './highlight-painter.ts';
import { likelyBodyElement, pageColoursAt, type PageColours, type Scheme } from './backdrop-colour.ts';

/** Page text on a tint keeps at least this contrast (WCAG AA for body text). */
export const TEXT_CONTRAST_MIN = 4.5;
/** An underline is a graphic: WCAG asks 3:1 against what is around it. */
export const LINE_CONTRAST_MIN = 3;

/** How strong each tint would be if contrast allowed, by the page's scheme. */
const WANTED_ALPHA: Record<Scheme, { sentence: number; cue: number }> = {
  light: { sentence: 0.12, cue: 0.42 },
  dark: { sentence: 0.2, cue: 0.3 },
};
const CUE_TINT: Record<Scheme, Rgb> = { light: { r: 240, g: 228, b: 66 }, dark: { r: 255, g: 214, b: 102 } };
const FOCUS_TINT: Rgb = { r: 240, g: 228, b: 66 };
/**
 * Firefox draws a wavy line's amplitude from its thickness snapped to whole device pixels: at
 * 1.5px the hedged underline was a hairline ripple. 2px is a clear wave in Firefox and Chromium.
 */
const THICKNESS: Record<LineStyle, string> = { solid: '2px', dotted: '2px', dashed: '2px', wavy: '2px' };

/**
 * Page CSS such as `#story p::highlight(sourcelight-anonymous) { … !important }` must not erase a
 * flag. Every declaration here is `!important` and sits in a cascade layer: a layered `!important`
 * beats every unlayered one, however specific, so a page rule wins only from a layer of its own
 * declared before ours. The selector stays the bare `::highlight()`: a qualified one (the old
 * `:is(*, #sl#sl#sl)`) lost Chromium's fast path, and adopting the sheet restyled a 5,000-paragraph
 * page four times slower.
 */
export const HIGHLIGHT_LAYER = 'sourcelight';

/** `colour` moved towards black (light page) or white (dark page) until it stands out 3:1 on `background`. */
export function readableLine(colour: Rgb, background: Rgb, scheme: Scheme): Rgb {
  const target = scheme === 'light' ? BLACK : WHITE;
  for (let step = 0; step <= 10; step++) {
    const t = step / 10;
    const mixed = {
      r: colour.r + (target.r - colour.r) * t,
      g: colour.g + (target.g - colour.g) * t,
      b: colour.b + (target.b - colour.b) * t,
    };
    if (contrast(mixed, background) >= LINE_CONTRAST_MIN) return mixed;
  }
  return target;
}

/** One rule: the declarations, each made `!important`. */
const rule = (name: string, declarations: string[]) =>
  `::highlight(${name}) {\n${declarations.map((each) => `  ${each} !important;`).join('\n')}\n}`;

/** The tints, underline colours and line styles for one category on these page colours. */
export function categoryLook(category: Category, page: PageColours) {
  const style = CATEGORY_PALETTE[category];
  const colour = paletteRgb(page.scheme === 'dark' ? style.dark : style.light);
  const alpha = safeAlpha(colour, page.background, page.text, WANTED_ALPHA[page.scheme].sentence, TEXT_CONTRAST_MIN);
  const under = composite({ ...colour, a: alpha }, page.background);
  return { tint: colour, alpha, line: readableLine(colour, under, page.scheme), style: style.line };
}

/** The whole sheet for a page with these colours. */
export function highlightCss(page: PageColours): string {
  const wanted = WANTED_ALPHA[page.scheme];
  const tint = (colour: Rgb, alpha: number) =>
    cssRgb(colour, safeAlpha(colour, page.background, page.text, alpha, TEXT_CONTRAST_MIN));
  const rules = CATEGORIES.map((category) => {
    const look = categoryLook(category, page);
    return rule(HIGHLIGHT_NAMES[category], [
      `background-color: ${cssRgb(look.tint, look.alpha)}`,
      'text-decoration-line: underline',
      `text-decoration-style: ${look.style}`,
      `text-decoration-color: ${cssRgb(look.line)}`,
      `text-decoration-thickness: ${THICKNESS[look.style]}`,
      'text-decoration-skip-ink: none',
      `text-underline-offset: ${look.style === 'wavy' ? '0.3em' : '0.25em'}`,
    ]);
  });
  rules.push(
    rule(CUE_HIGHLIGHT, [`background-color: ${tint(CUE_TINT[page.scheme], wanted.cue)}`]),
    // The flash when a flag is reached by keyboard: black on bright yellow reads on any page.
    rule(FOCUS_HIGHLIGHT, [`background-color: ${cssRgb(FOCUS_TINT, 0.85)}`, 'color: #000']),
  );
  return `@layer ${HIGHLIGHT_LAYER} {\n${rules.join('\n')}\n}\n`;
}

export interface HighlightStyles {
  /** Takes the palette from the page's colours at `element` (a flagged block); no-op when unchanged. */
  follow(element: Element): void;
  /** Puts the rules back last if the page removed them or added sheets since. */
  reassert(): void;
  /** The page colours the sheet was made for. */
  readonly colours: PageColours;
  remove(): void;
}

export interface HighlightStyleOptions {
  doc: Document;
  CSSStyleSheet: typeof CSSStyleSheet | undefined;
  MutationObserver?: typeof MutationObserver;
  signal?: AbortSignal;
  /** Reads colours (a test seam; getComputedStyle by default). */
  colourAt?: (element: Element) => PageColours;
}

/** The sheet for a palette, made once: the contrast searches are not redone for a palette seen before. */
const cssFor = (() => {
  const made = new Map<string, string>();
  return (colours: PageColours) => {
    const key = JSON.stringify(colours);
    let css = made.get(key);
    if (css === undefined) {
      css = highlightCss(colours);
      if (made.size >= 16) made.clear(); // a page of many backdrops must not grow it without end
      made.set(key, css);
    }
    return css;
  };
})();

/**
 * The sheet for the page's flags. Nothing is adopted or inserted until the first flag is painted
 * (`follow`, called just before): a page with no flags is left untouched. The colours are read
 * then, before the sheet goes in, while the page's styles are still clean, so reading them forces
 * no style recalculation, and the sheet is adopted once with its final palette (each adoption
 * makes the browser restyle the whole document). From then on it follows: a flagged block passed
 * to `follow`, a theme switch on `<html>` or `<body>` (sites toggle dark mode with a class), and
 * sheets the page adds after ours (watched on `<head>` and `<html>`).
 */
export function installHighlightStyles(options: HighlightStyleOptions): HighlightStyles {
  const { doc, signal } = options;
  const colourAt = options.colourAt ?? ((element: Element) => pageColoursAt(element));
  let anchor: Element | null = null;
  let colours: PageColours | null = null;
  let css = '';
  let sheet: AdoptedStyles | null = null;
  let removed = false;

  const read = () => {
    if (!anchor?.isConnected) anchor = likelyBodyElement(doc);
    colours = colourAt(anchor);
    return colours;
  };
  const apply = (next: string) => {
    if (next === css || removed) return;
    css = next;
    if (sheet) sheet.replace(css);
    else {
      sheet = adoptStyles(doc, css, options.CSSStyleSheet);
      watch();
    }
  };
  const refresh = () => apply(cssFor(read()));

  const watch = () => {
    const Observer = options.MutationObserver;
    if (Observer) {
      const observer = new Observer((records) => {
        if (records.some((record) => record.type === 'attributes')) refresh();
        sheet?.reassert();
      });
      const watchTheme = { attributes: true, attributeFilter: ['class', 'style', 'data-theme', 'data-color-mode'] };
      observer.observe(doc.documentElement, { childList: true, ...watchTheme });
      if (doc.head) observer.observe(doc.head, { childList: true });
      if (doc.body) observer.observe(doc.body, watchTheme);
      signal?.addEventListener('abort', () => observer.disconnect(), { once: true });
    }
    doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').addEventListener?.('change', refresh, signal ? { signal } : {});
  };

  const styles: HighlightStyles = {
    follow(element) {
      anchor = element;
      refresh();
      sheet?.reassert();
    },
    reassert: () => void sheet?.reassert(),
    get colours() {
      return colours ?? read();
    },
    remove() {
      removed = true;
      sheet?.remove();
    },
  };
  signal?.addEventListener('abort', () => styles.remove(), { once: true });
  return styles;
}
