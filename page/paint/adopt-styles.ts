/**
 * Adds constant CSS to a document or shadow root as a constructed sheet, leaving the page's own
 * sheets alone. Firefox does not apply sheets adopted from a content script's compartment (bug
 * 1770592), so when the sheet did not take, a <style> element holding only our constant CSS is
 * the fallback.
 */
export interface AdoptedStyles {
  /** Swaps the rules in place (a new palette). */
  replace(css: string): void;
  /**
   * Puts the rules back last in the cascade if the page removed them or added sheets after
   * them: among equal `!important` rules the later one wins. True when something was redone.
   */
  reassert(): boolean;
  remove(): void;
}

function adoptSheet(target: Document | ShadowRoot, css: string, Ctor: typeof CSSStyleSheet): AdoptedStyles | null {
  const sheet = new Ctor();
  sheet.replaceSync(css);
  target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
  if (!target.adoptedStyleSheets.includes(sheet)) return null;
  let removed = false;
  return {
    replace: (next) => sheet.replaceSync(next),
    reassert() {
      const sheets = target.adoptedStyleSheets;
      if (removed || sheets[sheets.length - 1] === sheet) return false;
      target.adoptedStyleSheets = [...sheets.filter((each) => each !== sheet), sheet];
      return true;
    },
    remove() {
      removed = true;
      target.adoptedStyleSheets = target.adoptedStyleSheets.filter((each) => each !== sheet);
    },
  };
}

/** Whether a sheet of the page comes after `style` in tree order (the cascade's order). */
function sheetAfter(target: Document | ShadowRoot, style: HTMLStyleElement): boolean {
  const owners = target.querySelectorAll('style, link[rel~="stylesheet"]');
  return owners[owners.length - 1] !== style;
}

function appendStyle(target: Document | ShadowRoot, css: string): AdoptedStyles {
  const doc = 'createElement' in target ? target : target.ownerDocument;
  const style = doc.createElement('style');
  style.dataset.sourcelight = '';
  style.textContent = css;
  // In a document the element goes last in <html>, after <body>: later in tree order than any
  // sheet the page has, so it wins ties. In a shadow root it is simply appended.
  const parent = () => ('documentElement' in target ? target.documentElement : target);
  parent().append(style);
  let removed = false;
  return {
    replace: (next) => {
      style.textContent = next;
    },
    reassert() {
      if (removed) return false;
      if (style.isConnected && !sheetAfter(target, style)) return false;
      parent().append(style);
      return true;
    },
    remove() {
      removed = true;
      style.remove();
    },
  };
}

export function adoptStyles(
  target: Document | ShadowRoot,
  css: string,
  CSSStyleSheetCtor: typeof CSSStyleSheet | undefined,
): AdoptedStyles {
  try {
    if (CSSStyleSheetCtor && 'adoptedStyleSheets' in target) {
      const adopted = adoptSheet(target, css, CSSStyleSheetCtor);
      if (adopted) return adopted;
    }
  } catch {
    // Fall through to the <style> element.
  }
  return appendStyle(target, css);
}
