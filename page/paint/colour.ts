/**
 * Colour arithmetic for choosing highlight tints and the card's theme from the page's own
 * colours: parsing what getComputedStyle returns, alpha compositing, and WCAG 2 contrast.
 */

/** Red, green, blue in 0–255 and alpha in 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

export type Rgb = Omit<Rgba, 'a'>;

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** A component written as "128", "50%" or (for `color(srgb …)`) "0.5". */
function channel(text: string, scale: number): number {
  return text.endsWith('%') ? (Number.parseFloat(text) / 100) * 255 : Number.parseFloat(text) * scale;
}

/**
 * Parses the computed forms browsers return: `rgb(…)`/`rgba(…)` (comma or space syntax),
 * `color(srgb r g b / a)`, `transparent` and `#rgb`/`#rrggbb`. Null for anything else
 * (`currentcolor` never reaches a computed value; other colour spaces are left unread).
 */
export function parseColour(text: string): Rgba | null {
  const value = text.trim().toLowerCase();
  if (value === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(value)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
    return {
      r: Number.parseInt(full.slice(0, 2), 16),
      g: Number.parseInt(full.slice(2, 4), 16),
      b: Number.parseInt(full.slice(4), 16),
      a: 1,
    };
  }
  const match = /^(rgba?|color)\((.*)\)$/.exec(value);
  if (!match) return null;
  let body = match[2]!.trim();
  let scale = 1;
  if (match[1] === 'color') {
    if (!body.startsWith('srgb ')) return null;
    body = body.slice(5);
    scale = 255;
  }
  const [colours = '', alphaPart] = body.includes('/') ? body.split('/') : [body];
  const parts = colours.split(/[\s,]+/).filter(Boolean);
  const alphaText = alphaPart?.trim() ?? parts[3];
  if (parts.length < 3 || (parts.length > 3 && alphaPart !== undefined)) return null;
  const [r, g, b] = parts.map((part) => channel(part, scale)) as [number, number, number];
  const a =
    alphaText === undefined ? 1 : alphaText.endsWith('%') ? Number.parseFloat(alphaText) / 100 : Number.parseFloat(alphaText);
  if (![r, g, b, a].every(Number.isFinite)) return null;
  return { r: clamp(r, 0, 255), g: clamp(g, 0, 255), b: clamp(b, 0, 255), a: clamp(a, 0, 1) };
}

/** `over` painted on top of an opaque `under` (source-over compositing). */
export function composite(over: Rgba, under: Rgb): Rgb {
  const mix = (top: number, bottom: number) => top * over.a + bottom * (1 - over.a);
  return { r: mix(over.r, under.r), g: mix(over.g, under.g), b: mix(over.b, under.b) };
}

/** WCAG 2 relative luminance, 0 (black) to 1 (white). */
export function luminance({ r, g, b }: Rgb): number {
  const linear = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio, 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** A background is dark when light text reads better on it than dark text. */
export const isDark = (background: Rgb): boolean => contrast(background, WHITE) > contrast(background, BLACK);

export const WHITE: Rgb = { r: 255, g: 255, b: 255 };
export const BLACK: Rgb = { r: 0, g: 0, b: 0 };

/** "213 94 0", as the palette writes colours, to an Rgb. */
export function paletteRgb(triple: string): Rgb {
  const [r = 0, g = 0, b = 0] = triple.split(/\s+/).map(Number);
  return { r, g, b };
}

/** `rgb(r g b / a)` with rounded channels, for a stylesheet. */
export function cssRgb({ r, g, b }: Rgb, alpha = 1): string {
  const round = (value: number) => Math.round(value);
  const a = Math.round(alpha * 1000) / 1000;
  return a >= 1 ? `rgb(${round(r)} ${round(g)} ${round(b)})` : `rgb(${round(r)} ${round(g)} ${round(b)} / ${a})`;
}

/**
 * The strongest alpha, up to `wanted`, at which `tint` laid over `background` keeps `text` at
 * `minimum` contrast or better. When the page's own text is already below the minimum, the tint
 * may cost it at most a tenth of what it has. Found by bisection: contrast falls as alpha rises
 * whenever the tint moves the background towards the text's luminance.
 */
export function safeAlpha(tint: Rgb, background: Rgb, text: Rgb, wanted: number, minimum = 4.5): number {
  const own = contrast(text, background);
  const floor = own >= minimum ? minimum : own * 0.9;
  const ok = (alpha: number) => contrast(text, composite({ ...tint, a: alpha }, background)) >= floor;
  if (ok(wanted)) return wanted;
  let low = 0;
  let high = wanted;
  for (let step = 0; step < 20; step++) {
    const middle = (low + high) / 2;
    if (ok(middle)) low = middle;
    else high = middle;
  }
  return Math.floor(low * 1000) / 1000;
}
