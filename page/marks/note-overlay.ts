/**
 * Paints the passages the reader saved. Not in the highlight registry: the page's scripts can
 * read every entry and range there, and which passages a reader keeps is theirs alone. The marks
 * are boxes drawn inside a closed shadow root over the passage's line boxes, which the page can
 * neither read nor restyle. They follow the text on resize and whenever the page's text changes.
 *
 * The overlay's host is put on the page at a moment that has nothing to do with notes (`attach`:
 * the first highlights, or the end of the first reading), notes or none: a host that appeared
 * only with a note, or earlier with one, would tell the page that the reader saved one here
 * (issue #19). Not at the engine's start: inserted with the first highlights, its restyle is
 * part of theirs instead of one of its own.
 */
import { createUiHost, type UiHost } from '../card/ui-host.ts';

export interface NotePainter {
  /** Puts the (empty) overlay on the page, notes or none; once. */
  attach(): void;
  /** Replaces the painted passages. */
  paint(ranges: readonly Range[]): void;
  /** Lays the marks out again (the page reflowed). */
  reposition(): void;
  /** Puts the overlay back if the page removed it. */
  repair(): boolean;
  dispose(): void;
}

const OVERLAY_CSS = `
.mark {
  position: absolute;
  box-sizing: border-box;
  border-top: 2px solid rgb(86 70 200 / 0.9);
  background: rgb(86 70 200 / 0.1);
  pointer-events: none;
}
@media (prefers-color-scheme: dark) {
  .mark { border-top-color: rgb(170 160 255 / 0.9); background: rgb(160 150 255 / 0.14); }
}
@media (forced-colors: active) {
  .mark { border-top-color: Highlight; background: transparent; }
}`;

const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  position: 'absolute',
  top: '0',
  left: '0',
  width: '0',
  height: '0',
  overflow: 'visible',
  display: 'block',
  'pointer-events': 'none',
  'z-index': '2147483646',
  margin: '0',
  padding: '0',
  border: '0',
  transform: 'none',
  visibility: 'visible',
  opacity: '1',
  filter: 'none',
  'clip-path': 'none',
};

/** The host's look again inside its root: an inner `:host` rule beats the page's `!important`. */
const HOST_RULE = `:host { ${Object.entries(HOST_STYLE)
  .map(([property, value]) => `${property}: ${value} !important;`)
  .join(' ')} }`;

export function createNoteOverlay(doc: Document, win: Window): NotePainter {
  let overlay: UiHost | null = null;
  let layer: HTMLElement | null = null;
  let ranges: readonly Range[] = [];
  let disposed = false;

  const ensure = () => {
    if (overlay && layer) return layer;
    overlay = createUiHost(doc, HOST_STYLE);
    const style = doc.createElement('style');
    style.textContent = `${HOST_RULE}\n${OVERLAY_CSS}`;
    layer = doc.createElement('div');
    overlay.root.append(style, layer);
    return layer;
  };

  const layout = () => {
    // Nothing to draw and no overlay yet: inserting one now would happen only with notes.
    if (disposed || (!overlay && !ranges.length)) return;
    const target = ensure();
    const boxes: HTMLElement[] = [];
    for (const range of ranges) {
      for (const rect of range.getClientRects()) {
        if (rect.width < 1 || rect.height < 1) continue;
        const box = doc.createElement('div');
        box.className = 'mark';
        box.style.left = `${rect.left + win.scrollX}px`;
        box.style.top = `${rect.top + win.scrollY}px`;
        box.style.width = `${rect.width}px`;
        box.style.height = `${rect.height}px`;
        boxes.push(box);
      }
    }
    target.replaceChildren(...boxes);
  };

  return {
    attach() {
      if (!disposed) ensure();
    },
    paint(next) {
      ranges = next;
      layout();
    },
    reposition: layout,
    repair: () => overlay?.reattach() ?? false,
    dispose() {
      disposed = true;
      ranges = [];
      overlay?.remove();
      overlay = null;
      layer = null;
    },
  };
}
