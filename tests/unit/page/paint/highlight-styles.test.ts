// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { CATEGORY_PALETTE } from '../../../../contract/category-palette.ts';
import { composite, contrast, parseColour, type Rgb } from '../../../../page/paint/colour.ts';
import { CUE_HIGHLIGHT, HIGHLIGHT_NAMES } from '../../../../page/paint/highlight-painter.ts';
import { HIGHLIGHT_LAYER, highlightCss, installHighlightStyles } from '../../../../page/paint/highlight-styles.ts';
import type { PageColours } from '../../../../page/paint/backdrop-colour.ts';

const LIGHT_PAGE: PageColours = { background: { r: 255, g: 255, b: 255 }, text: { r: 29, g: 29, b: 29 }, scheme: 'light' };
/** tests/e2e/pages/dark-blog.html: light-grey serif text on a near-black article. */
const DARK_PAGE: PageColours = { background: { r: 27, g: 30, b: 36 }, text: { r: 201, g: 204, b: 211 }, scheme: 'dark' };
/** A cream page with mid-grey text that only just passes on its own. */
const WEAK_PAGE: PageColours = { background: { r: 250, g: 246, b: 235 }, text: { r: 112, g: 112, b: 112 }, scheme: 'light' };

/** The declarations of one `::highlight(name)` rule in a sheet. */
function declarations(css: string, name: string): Record<string, string> {
  const start = css.indexOf(`::highlight(${name})`);
  expect(start).toBeGreaterThanOrEqual(0);
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return Object.fromEntries(
    body
      .split(';')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => {
        const [property, ...value] = line.split(':');
        return [property!.trim(), value.join(':').replace('!important', '').trim()];
      }),
  );
}

const tinted = (css: string, name: string, page: PageColours): Rgb => {
  const tint = parseColour(declarations(css, name)['background-color']!)!;
  return composite(tint, page.background);
};

describe('highlightCss', () => {
  const pages = { light: LIGHT_PAGE, dark: DARK_PAGE, weak: WEAK_PAGE };

  it.each(Object.entries(pages))('keeps the page text at 4.5:1 or better on every tint (%s page)', (_name, page) => {
    const css = highlightCss(page);
    for (const name of [...Object.values(HIGHLIGHT_NAMES), CUE_HIGHLIGHT]) {
      expect(contrast(page.text, tinted(css, name, page)), name).toBeGreaterThanOrEqual(4.5);
    }
  });

  it.each(Object.entries(pages))('draws each underline at 3:1 or better against its tint (%s page)', (_name, page) => {
    const css = highlightCss(page);
    for (const name of Object.values(HIGHLIGHT_NAMES)) {
      const line = parseColour(declarations(css, name)['text-decoration-color']!)!;
      expect(contrast(line, tinted(css, name, page)), name).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives each category one clean underline in its own line style: below the descenders, unbroken', () => {
    const css = highlightCss(LIGHT_PAGE);
    for (const [category, name] of Object.entries(HIGHLIGHT_NAMES)) {
      const rule = declarations(css, name);
      expect(rule['text-decoration-line']).toBe('underline');
      expect(rule['text-decoration-style']).toBe(CATEGORY_PALETTE[category as keyof typeof CATEGORY_PALETTE].line);
      expect(rule['text-decoration-skip-ink']).toBe('none');
      expect(rule['text-underline-offset']).toMatch(/em$/);
    }
    expect(new Set(Object.values(HIGHLIGHT_NAMES).map((name) => declarations(css, name)['text-decoration-style'])).size).toBe(4);
  });

  it.each(Object.entries(HIGHLIGHT_NAMES))(
    'draws the %s underline at least 2px thick (Firefox makes a 1.5px wave a hairline)',
    (_category, name) => {
      for (const page of [LIGHT_PAGE, DARK_PAGE]) {
        const thickness = declarations(highlightCss(page), name)['text-decoration-thickness']!;
        expect(thickness).toMatch(/^\d+(\.\d+)?px$/);
        expect(Number.parseFloat(thickness)).toBeGreaterThanOrEqual(2);
      }
    },
  );

  it('picks its colours from the page, not the system theme: the dark variant on a dark page, no media query', () => {
    const light = highlightCss(LIGHT_PAGE);
    const dark = highlightCss(DARK_PAGE);
    expect(dark).not.toContain('prefers-color-scheme');
    const line = (css: string) => parseColour(declarations(css, HIGHLIGHT_NAMES.vague)['text-decoration-color']!)!;
    expect(line(dark)).toEqual(parseColour(`rgb(${CATEGORY_PALETTE.vague.dark})`));
    expect(line(light)).toEqual(parseColour(`rgb(${CATEGORY_PALETTE.vague.light})`));
  });

  it('beats page rules naming the entries: every declaration important, in a cascade layer, on a bare selector', () => {
    const css = highlightCss(LIGHT_PAGE);
    // A layered !important wins over any unlayered one, however specific the page's selector.
    expect(css.startsWith(`@layer ${HIGHLIGHT_LAYER} {`)).toBe(true);
    expect(css.trimEnd().endsWith('}\n}')).toBe(true);
    // A qualified selector (`:is(*, #id…)`) costs Chromium its fast path: a whole-page restyle four times slower.
    for (const name of [...Object.values(HIGHLIGHT_NAMES), CUE_HIGHLIGHT]) expect(css).toContain(`\n::highlight(${name}) {`);
    for (const line of css.split('\n').filter((each) => each.includes(':') && !each.includes('{')))
      expect(line).toContain('!important');
  });
});

class FakeSheet {
  text = '';
  replaceSync(text: string) {
    this.text = text;
  }
}

describe('installHighlightStyles', () => {
  const colourAt = (element: Element) => (element.closest('.dark') ? DARK_PAGE : LIGHT_PAGE);

  it('falls back to a <style> element last in the page when sheets cannot be adopted, and puts it back last', async () => {
    const controller = new AbortController();
    const styles = installHighlightStyles({
      doc: document,
      CSSStyleSheet: undefined,
      MutationObserver,
      signal: controller.signal,
      colourAt,
    });
    const ours = () => document.querySelector('style[data-sourcelight]');
    // Nothing goes into the page before there is a flag to style.
    expect(ours()).toBeNull();
    styles.follow(document.body);
    expect(ours()?.textContent).toBe(highlightCss(LIGHT_PAGE));
    // The page adds its own sheet after ours: equal !important rules would now go its way.
    const pageStyle = document.createElement('style');
    pageStyle.textContent = '::highlight(sourcelight-anonymous) { text-decoration: none !important; }';
    document.head.append(pageStyle);
    document.documentElement.append(pageStyle);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.documentElement.lastElementChild).toBe(ours());
    styles.reassert();
    controller.abort();
    expect(ours()).toBeNull();
    pageStyle.remove();
  });

  it('adopts a sheet after the page’s own, follows a dark block, and re-adopts itself last when the page adds one', () => {
    const pageSheet = new FakeSheet();
    const doc = {
      adoptedStyleSheets: [pageSheet],
      querySelector: () => null,
      body: null,
      documentElement: document.documentElement,
    } as unknown as Document;
    const styles = installHighlightStyles({ doc, CSSStyleSheet: FakeSheet as unknown as typeof CSSStyleSheet, colourAt });
    expect(doc.adoptedStyleSheets).toHaveLength(1);
    expect(styles.colours.scheme).toBe('light');
    expect(doc.adoptedStyleSheets).toHaveLength(1);

    const block = document.createElement('div');
    block.className = 'dark';
    block.append(document.createElement('p'));
    document.body.append(block);
    // The first flag is on a dark block: the sheet is adopted once, with the dark palette already.
    styles.follow(block.firstElementChild!);
    expect(doc.adoptedStyleSheets).toHaveLength(2);
    const ours = doc.adoptedStyleSheets[1] as unknown as FakeSheet;
    expect(ours.text).toBe(highlightCss(DARK_PAGE));
    expect(styles.colours.scheme).toBe('dark');
    styles.follow(document.body);
    expect(ours.text).toBe(highlightCss(LIGHT_PAGE));
    expect(doc.adoptedStyleSheets).toHaveLength(2);

    const later = new FakeSheet();
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, later as unknown as CSSStyleSheet];
    styles.reassert();
    expect(doc.adoptedStyleSheets).toEqual([pageSheet, later, ours]);
    doc.adoptedStyleSheets = [];
    styles.reassert();
    expect(doc.adoptedStyleSheets).toEqual([ours]);

    styles.remove();
    expect(doc.adoptedStyleSheets).toEqual([]);
    block.remove();
  });
});
