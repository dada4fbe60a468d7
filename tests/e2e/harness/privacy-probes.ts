/**
 * A page that watches for Sourcelight as a hostile site would (issue #19): from before its own
 * parse, it records every element and attribute that appears once its document is loaded, tries
 * `customElements.define` on every new element name it sees (so that, could it upgrade one of
 * Sourcelight's hosts, its constructor would run with that host as `this`), and keeps the globals
 * it had. `pageSees` (run in the page) reads back what it learnt, with the page's timeline and
 * highlight registry. The fixture pages run no script of their own, so all of it is foreign.
 */

/** Runs in the page's own world before any of its scripts (the drivers' init script). */
export const HOSTILE_OBSERVER = `(() => {
  const seen = { added: [], attributes: [], upgraded: [], defineErrors: [] };
  const state = { seen, baseline: null };
  Object.defineProperty(window, '__privacyProbe', { value: state, enumerable: false });
  const tried = new Set();
  const tryDefine = (name) => {
    if (tried.has(name)) return;
    tried.add(name);
    try {
      customElements.define(name, class extends HTMLElement {
        constructor() { super(); seen.upgraded.push(name); }
      });
    } catch (error) {
      // A name without a hyphen, or a built-in: the registry refuses it.
      seen.defineErrors.push(name);
    }
  };
  const describe = (node) =>
    node.nodeType === 1 ? node.localName + (node.parentNode === document.documentElement ? ' in <html>' : '') : '#' + node.nodeName;
  let loaded = false;
  const record = (records) => {
    for (const record of records) {
      if (record.type === 'attributes') seen.attributes.push(describe(record.target) + ' @' + record.attributeName);
      for (const node of record.addedNodes) {
        seen.added.push(describe(node));
        if (node.nodeType === 1) tryDefine(node.localName);
      }
    }
  };
  const observer = new MutationObserver((records) => {
    if (loaded) record(records);
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: false });
  document.addEventListener('DOMContentLoaded', () => {
    // Chromium fires DOMContentLoaded in the task that parsed the last nodes, before their
    // records are delivered: those are the page's own.
    observer.takeRecords();
    loaded = true;
    state.baseline = Object.getOwnPropertyNames(window);
  });
})();`;

export interface PageKnowledge {
  /** Elements and nodes that appeared after the page loaded, sorted. */
  added: string[];
  /** Attributes that changed after the page loaded, sorted. */
  attributes: string[];
  /** Element names the page upgraded with a constructor of its own. */
  upgraded: string[];
  /** Names of the marks and measures in the page's timeline, each once, sorted. */
  timeline: string[];
  /** The highlight registry's entry names, sorted. */
  highlights: string[];
  /** Globals the page did not have when it loaded. */
  globals: string[];
}

/** Runs in the page: what the hostile observer learnt, and what the page can read for itself. */
export function pageSees(): PageKnowledge {
  const probe = (window as unknown as { __privacyProbe: { seen: Record<string, string[]>; baseline: string[] | null } })
    .__privacyProbe;
  const baseline = new Set(probe.baseline ?? []);
  const timeline = new Set<string>();
  for (const entry of performance.getEntries()) {
    if (entry.entryType === 'mark' || entry.entryType === 'measure') timeline.add(entry.name);
  }
  return {
    added: [...probe.seen.added!].sort(),
    attributes: [...probe.seen.attributes!].sort(),
    upgraded: [...probe.seen.upgraded!],
    timeline: [...timeline].sort(),
    highlights: [...CSS.highlights.keys()].sort(),
    globals: Object.getOwnPropertyNames(window).filter((name) => !baseline.has(name)),
  };
}

/** Runs in the page: moves to another address of the same document, as a client-side app does. */
export function pushAddress(path: string): string {
  history.pushState({}, '', path);
  return location.href;
}
