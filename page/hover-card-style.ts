/**
 * The hover card's CSS, inside its shadow root. `:host { all: initial }` stops inherited page
 * styles (fonts, colours, line heights) at the border; colours follow the reader's scheme.
 */
export const HOVER_CARD_CSS = `
:host {
  all: initial;
  position: absolute;
  top: 0;
  left: 0;
  z-index: 2147483647;
  --sl-bg: #ffffff;
  --sl-fg: #1d1d1f;
  --sl-muted: #55555c;
  --sl-border: #c9c9d1;
  --sl-accent: #3d2fb3;
  --sl-accent-fg: #ffffff;
  --sl-ok: #0b6b3a;
  --sl-error: #a4161a;
}
@media (prefers-color-scheme: dark) {
  :host {
    --sl-bg: #232329;
    --sl-fg: #f2f2f5;
    --sl-muted: #b9b9c4;
    --sl-border: #4a4a55;
    --sl-accent: #a99bff;
    --sl-accent-fg: #151518;
    --sl-ok: #7ddba4;
    --sl-error: #ff9b9b;
  }
}
.card, .notice {
  box-sizing: border-box;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--sl-fg);
  background: var(--sl-bg);
  border: 1px solid var(--sl-border);
  border-radius: 8px;
  box-shadow: 0 6px 24px rgb(0 0 0 / 0.22);
}
.card {
  position: absolute;
  width: min(340px, calc(100vw - 16px));
  padding: 12px 14px;
  border-left-width: 5px;
}
.card[data-category="anonymous"] { border-left-color: rgb(213 94 0); }
.card[data-category="vague"] { border-left-color: rgb(0 114 178); border-left-style: dotted; }
.card[data-category="secondhand"] { border-left-color: rgb(0 158 115); border-left-style: dashed; }
.card[data-category="hedged"] { border-left-color: rgb(204 121 167); border-left-style: double; }
[hidden] { display: none !important; }
p { margin: 0 0 6px; }
.chip { font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; font-size: 12px; color: var(--sl-muted); }
.cue { font-weight: 600; }
.why { color: var(--sl-fg); }
button {
  font: inherit;
  font-size: 13px;
  padding: 4px 10px;
  border-radius: 6px;
  border: 1px solid var(--sl-border);
  background: transparent;
  color: var(--sl-fg);
  cursor: pointer;
}
button.primary { background: var(--sl-accent); border-color: var(--sl-accent); color: var(--sl-accent-fg); }
button:disabled { opacity: 0.6; cursor: progress; }
button:focus-visible, textarea:focus-visible, input:focus-visible, .card:focus-visible {
  outline: 3px solid var(--sl-accent);
  outline-offset: 2px;
}
.form { display: grid; gap: 6px; margin-top: 8px; }
label { display: grid; gap: 2px; font-size: 12px; color: var(--sl-muted); }
textarea, input {
  font: inherit;
  font-size: 13px;
  color: var(--sl-fg);
  background: var(--sl-bg);
  border: 1px solid var(--sl-border);
  border-radius: 6px;
  padding: 4px 6px;
  resize: vertical;
}
.actions { display: flex; gap: 6px; }
.status { margin: 6px 0 0; font-size: 13px; min-height: 0; }
.status:empty { display: none; }
.success { color: var(--sl-ok); }
.error { color: var(--sl-error); }
.notice {
  position: fixed;
  right: 16px;
  bottom: 16px;
  max-width: min(360px, calc(100vw - 32px));
  padding: 10px 14px;
  font-weight: 600;
}
.notice.success { border-left: 5px solid var(--sl-ok); color: var(--sl-fg); }
.notice.error { border-left: 5px solid var(--sl-error); color: var(--sl-fg); }
`;
