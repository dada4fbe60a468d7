/**
 * The card's CSS, adopted into its closed shadow root. `:host { all: initial }` stops inherited
 * page styles (fonts, colours, line heights) at the border, and its `!important` host rules
 * beat any the page writes; the palette comes from the page's background (data-scheme on the
 * root), never from the page's CSS.
 */
import { CARD_THEMES, themeDeclarations } from './card-theme.ts';

/**
 * The host element's whole look: a zero-size box at the page's top left, above everything,
 * visible. Set inline on the host and again as the `:host` rule, both `!important`.
 */
export const HOST_DECLARATIONS: Readonly<Record<string, string>> = {
  all: 'initial',
  display: 'block',
  position: 'absolute',
  top: '0',
  left: '0',
  width: '0',
  height: '0',
  margin: '0',
  padding: '0',
  border: '0',
  overflow: 'visible',
  'z-index': '2147483647',
  visibility: 'visible',
  opacity: '1',
  transform: 'none',
  filter: 'none',
  'clip-path': 'none',
  mask: 'none',
  'pointer-events': 'auto',
  contain: 'none',
};

const HOST_RULE = Object.entries(HOST_DECLARATIONS)
  .map(([property, value]) => `${property}: ${value} !important;`)
  .join(' ');

export const CARD_CSS = `
:host { ${HOST_RULE} }
[hidden] { display: none !important; }
.sl-root {
  ${themeDeclarations(CARD_THEMES.light)}
  color-scheme: light;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--sl-text);
  text-align: start;
}
.sl-root[data-scheme="dark"] { ${themeDeclarations(CARD_THEMES.dark)} color-scheme: dark; }
.card, .notice {
  box-sizing: border-box;
  color: var(--sl-text);
  background: var(--sl-background);
  border: 1px solid var(--sl-border);
  border-radius: 8px;
  box-shadow: 0 6px 24px rgb(0 0 0 / 0.25);
}
.card {
  position: absolute;
  width: min(340px, calc(100vw - 16px));
  padding: 8px 12px 10px;
  border-top: 4px solid var(--sl-category, var(--sl-border));
}
.card[data-pinned] { box-shadow: 0 8px 30px rgb(0 0 0 / 0.35); }
@media (prefers-reduced-motion: no-preference) {
  .card { animation: sl-in 120ms ease-out; }
  @keyframes sl-in { from { opacity: 0; transform: translateY(2px); } }
}
p { margin: 0 0 6px; }
.head { display: flex; align-items: center; gap: 8px; margin-bottom: 4px; }
.title {
  flex: 1;
  margin: 0;
  font-size: 12px;
  font-weight: 700;
  letter-spacing: 0.04em;
  text-transform: uppercase;
  color: var(--sl-muted);
}
.swatch { flex: none; width: 24px; height: 12px; color: var(--sl-category); }
.badge {
  font-size: 12px;
  color: var(--sl-success);
  border: 1px solid currentColor;
  border-radius: 999px;
  padding: 0 7px;
  white-space: nowrap;
}
.why { margin-bottom: 2px; overflow-wrap: anywhere; }
.cue { font-weight: 600; overflow-wrap: anywhere; }
.meaning { margin-bottom: 8px; font-size: 12px; color: var(--sl-muted); }
.meaning summary { cursor: pointer; width: fit-content; }
.meaning p { margin: 4px 0 0; }
button {
  font: inherit;
  font-size: 13px;
  padding: 4px 10px;
  border-radius: 6px;
  border: 1px solid var(--sl-border);
  background: transparent;
  color: var(--sl-text);
  cursor: pointer;
}
button.primary { background: var(--sl-accent); border-color: var(--sl-accent); color: var(--sl-accent-text); font-weight: 600; }
button:disabled { opacity: 0.6; cursor: progress; }
button.close {
  width: 28px;
  height: 28px;
  padding: 0;
  border-color: transparent;
  font-size: 20px;
  line-height: 1;
  color: var(--sl-muted);
}
button.close:hover, button.link:hover { background: rgb(127 127 127 / 0.16); }
button.link {
  border: none;
  padding: 2px 4px;
  margin-left: -4px;
  color: var(--sl-accent);
  text-decoration: underline;
  text-underline-offset: 2px;
}
button:focus-visible, summary:focus-visible, .card:focus-visible, .notice:focus-visible {
  outline: 3px solid var(--sl-accent);
  outline-offset: 2px;
}
.actions { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.more { display: flex; flex-wrap: wrap; gap: 2px 14px; margin-top: 6px; }
.status { margin: 8px 0 0; font-size: 13px; }
.status:empty { display: none; }
.success { color: var(--sl-success); }
.error { color: var(--sl-error); }
.notice {
  position: fixed;
  right: 16px;
  bottom: 16px;
  display: flex;
  gap: 12px;
  align-items: center;
  max-width: min(380px, calc(100vw - 32px));
  padding: 10px 14px;
  font-weight: 600;
  border-left: 5px solid var(--sl-success);
}
.notice.error { border-left-color: var(--sl-error); }
.notice button { flex: none; }
`;
