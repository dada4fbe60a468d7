/**
 * Adds constant CSS to a document or shadow root as a constructed sheet, leaving the page's own
 * sheets alone. Firefox does not apply sheets adopted from a content script's compartment (bug
 * 1770592), so when the sheet did not take, a <style> element holding only our constant CSS is
 * the fallback. Returns the undo.
 */
export function adoptStyles(
  target: Document | ShadowRoot,
  css: string,
  CSSStyleSheetCtor: typeof CSSStyleSheet | undefined,
): () => void {
  try {
    if (CSSStyleSheetCtor && 'adoptedStyleSheets' in target) {
      const sheet = new CSSStyleSheetCtor();
      sheet.replaceSync(css);
      target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
      if (target.adoptedStyleSheets.includes(sheet)) {
        return () => {
          target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
        };
      }
    }
  } catch {
    // Fall through to the <style> element.
  }
  const doc = 'createElement' in target ? target : target.ownerDocument;
  const style = doc.createElement('style');
  style.dataset.sourcelight = '';
  style.textContent = css;
  const parent = 'head' in target ? (target.head ?? target.documentElement) : target;
  parent.append(style);
  return () => style.remove();
}
