// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_NAMES } from '../../../page/highlight-painter.ts';
import { HIGHLIGHT_CSS, installHighlightStyles } from '../../../page/highlight-styles.ts';

describe('HIGHLIGHT_CSS', () => {
  it('gives each category its own underline style, not only a colour, and a dark variant', () => {
    const styles = ['solid', 'dotted', 'dashed', 'wavy'];
    for (const [index, name] of Object.values(HIGHLIGHT_NAMES).entries()) {
      const rule = HIGHLIGHT_CSS.slice(HIGHLIGHT_CSS.indexOf(`::highlight(${name})`));
      expect(rule.slice(0, rule.indexOf('}'))).toContain(`underline ${styles[index]}`);
    }
    expect(HIGHLIGHT_CSS).toContain('@media (prefers-color-scheme: dark)');
  });
});

describe('installHighlightStyles', () => {
  it('falls back to a <style> element when constructed sheets are unavailable, and undoes it', () => {
    const undo = installHighlightStyles(document, undefined);
    const style = document.querySelector('style[data-sourcelight]');
    expect(style?.textContent).toBe(HIGHLIGHT_CSS);
    undo();
    expect(document.querySelector('style[data-sourcelight]')).toBeNull();
  });

  it('appends to the adopted sheets, keeping the page’s own', () => {
    class Sheet {
      text = '';
      replaceSync(text: string) {
        this.text = text;
      }
    }
    const pageSheet = new Sheet();
    const doc = { adoptedStyleSheets: [pageSheet] } as unknown as Document;
    const undo = installHighlightStyles(doc, Sheet as unknown as typeof CSSStyleSheet);
    expect(doc.adoptedStyleSheets).toHaveLength(2);
    expect(doc.adoptedStyleSheets[0]).toBe(pageSheet);
    undo();
    expect(doc.adoptedStyleSheets).toEqual([pageSheet]);
  });
});
