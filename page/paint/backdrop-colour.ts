/**
 * What the page looks like where a flag is: the colour actually behind its text (walking up
 * through translucent ancestors to an opaque one) and the colour of the text itself. The
 * highlights and the card pick their light or dark palette from this, not from the reader's
 * system theme: a dark site read with a light system theme must still get dark-page colours.
 */
import { composite, isDark, parseColour, type Rgb, type Rgba, WHITE } from './colour.ts';

export type Scheme = 'light' | 'dark';

export interface PageColours {
  /** The opaque colour behind the text. */
  background: Rgb;
  /** The text's own colour, composited over that background. */
  text: Rgb;
  scheme: Scheme;
}

/** The canvas a page gets when nothing paints a background: the UA's, by its colour scheme. */
const DARK_CANVAS: Rgb = { r: 18, g: 18, b: 18 };

type ComputedStyleOf = (
  element: Element,
) => Pick<CSSStyleDeclaration, 'backgroundColor' | 'color' | 'colorScheme' | 'backgroundImage'>;

function canvasOf(doc: Document, styleOf: ComputedStyleOf): Rgb {
  const scheme = styleOf(doc.documentElement).colorScheme ?? '';
  // Only a page that asks for dark alone gets a dark canvas ("light dark" follows the reader).
  return /\bdark\b/.test(scheme) && !/\blight\b/.test(scheme) ? DARK_CANVAS : WHITE;
}

/**
 * The colours behind and of `element`'s text. Translucent layers are composited from the
 * nearest opaque ancestor (or the canvas) upwards. A background image (a photo, a gradient)
 * cannot be read: the text colour then decides, as light text is written for a dark backdrop.
 */
export function pageColoursAt(element: Element, styleOf: ComputedStyleOf = (el) => getComputedStyle(el)): PageColours {
  const doc = element.ownerDocument;
  const layers: Rgba[] = [];
  let imageBehind = false;
  let base: Rgb | null = null;
  for (let node: Element | null = element; node; node = node.parentElement) {
    const style = styleOf(node);
    const colour = parseColour(style.backgroundColor);
    if (colour && colour.a >= 1) {
      base = { r: colour.r, g: colour.g, b: colour.b };
      break;
    }
    if (colour && colour.a > 0) layers.push(colour);
    if (style.backgroundImage && style.backgroundImage !== 'none') imageBehind = true;
  }
  const textColour = parseColour(styleOf(element).color) ?? { r: 0, g: 0, b: 0, a: 1 };
  const lightText = !isDark(textColour);
  // Light text over a light colour means the real backdrop is something unreadable (an image).
  const fromCanvas = !base;
  base ??= canvasOf(doc, styleOf);
  if (lightText && !isDark(base) && (imageBehind || fromCanvas)) base = DARK_CANVAS;
  let background = base;
  for (const layer of layers.reverse()) background = composite(layer, background);
  const text = composite(textColour, background);
  return { background, text, scheme: isDark(background) ? 'dark' : 'light' };
}

/** Where to look for the page's colours before any flag is known: the likely article body. */
export function likelyBodyElement(doc: Document): Element {
  return doc.querySelector('article, [role="main"], main') ?? doc.body ?? doc.documentElement;
}
