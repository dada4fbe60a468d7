/**
 * The `::highlight()` stylesheet that gives the painter's registry entries their look. The entry
 * names are public (see highlight-painter.ts); the look is Sourcelight's own.
 */
import { adoptStyles } from './adopt-styles.ts';

/**
 * Colours alone would fail colour-blind readers, so each category also has its own underline
 * style (solid, dotted, dashed, wavy). Colours are from the Okabe–Ito palette; backgrounds are
 * translucent so the text stays legible on light and dark pages alike.
 */
export const HIGHLIGHT_CSS = `
::highlight(sourcelight-anonymous) {
  background-color: rgb(213 94 0 / 0.16);
  text-decoration: underline solid rgb(213 94 0);
  text-decoration-thickness: 2px;
}
::highlight(sourcelight-vague) {
  background-color: rgb(0 114 178 / 0.14);
  text-decoration: underline dotted rgb(0 114 178);
  text-decoration-thickness: 2px;
}
::highlight(sourcelight-secondhand) {
  background-color: rgb(0 158 115 / 0.16);
  text-decoration: underline dashed rgb(0 158 115);
  text-decoration-thickness: 2px;
}
::highlight(sourcelight-hedged) {
  background-color: rgb(204 121 167 / 0.18);
  text-decoration: underline wavy rgb(204 121 167);
  text-decoration-thickness: 1px;
}
::highlight(sourcelight-cue) {
  background-color: rgb(240 228 66 / 0.45);
}
::highlight(sourcelight-note) {
  background-color: rgb(86 70 200 / 0.12);
  text-decoration: overline solid rgb(86 70 200);
  text-decoration-thickness: 2px;
}
::highlight(sourcelight-focus) {
  background-color: rgb(240 228 66 / 0.85);
  color: #000;
}
@media (prefers-color-scheme: dark) {
  ::highlight(sourcelight-anonymous) { background-color: rgb(255 140 60 / 0.22); text-decoration-color: rgb(255 150 80); }
  ::highlight(sourcelight-vague) { background-color: rgb(86 180 233 / 0.2); text-decoration-color: rgb(86 180 233); }
  ::highlight(sourcelight-secondhand) { background-color: rgb(60 200 150 / 0.2); text-decoration-color: rgb(60 210 160); }
  ::highlight(sourcelight-hedged) { background-color: rgb(230 150 200 / 0.22); text-decoration-color: rgb(235 160 205); }
  ::highlight(sourcelight-cue) { background-color: rgb(240 228 66 / 0.3); }
  ::highlight(sourcelight-note) { background-color: rgb(160 150 255 / 0.18); text-decoration-color: rgb(170 160 255); }
}
`;

/** Adds the `::highlight` rules to the page (see adopt-styles.ts for Firefox's fallback). Returns the undo. */
export function installHighlightStyles(doc: Document, CSSStyleSheetCtor: typeof CSSStyleSheet | undefined): () => void {
  return adoptStyles(doc, HIGHLIGHT_CSS, CSSStyleSheetCtor);
}
