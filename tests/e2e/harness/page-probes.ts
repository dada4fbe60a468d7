/**
 * Functions that run inside the page under test (so each is self-contained), reading what a
 * reader would see: the text of every range in Sourcelight's highlight registry entries.
 * Plain loops only: the hostile fixture page breaks Array.prototype.map and hides CSS.highlights
 * (keeping the real registry as window.__realHighlights for these probes).
 */
export const FLAG_HIGHLIGHTS = [
  'sourcelight-anonymous',
  'sourcelight-vague',
  'sourcelight-secondhand',
  'sourcelight-hedged',
] as const;

export type HighlightTexts = Record<string, string[]>;

export function readHighlights(names: readonly string[]): HighlightTexts {
  const page = globalThis as unknown as {
    __realHighlights?: Map<string, Set<Range>>;
    CSS: { highlights: Map<string, Set<Range>> };
  };
  const registry = page.__realHighlights ?? page.CSS.highlights;
  const texts: HighlightTexts = {};
  for (const name of names) {
    const list: string[] = [];
    const highlight = registry.get(name);
    if (highlight) for (const range of highlight) list.push(range.toString().replace(/\s+/g, ' ').trim());
    texts[name] = list;
  }
  return texts;
}

/** How many ranges the named entries hold together, for `waitFor`. */
export function countHighlights(names: readonly string[]): number {
  const page = globalThis as unknown as {
    __realHighlights?: Map<string, Set<unknown>>;
    CSS: { highlights: Map<string, Set<unknown>> };
  };
  const registry = page.__realHighlights ?? page.CSS.highlights;
  let count = 0;
  for (const name of names) count += registry.get(name)?.size ?? 0;
  return count;
}

/** Whether the named entry holds a range whose text includes `fragment`, for `waitFor`. */
export function highlightIncludes([name, fragment]: readonly [string, string]): boolean {
  const page = globalThis as unknown as {
    __realHighlights?: Map<string, Set<Range>>;
    CSS: { highlights: Map<string, Set<Range>> };
  };
  const registry = page.__realHighlights ?? page.CSS.highlights;
  for (const range of registry.get(name) ?? []) if (range.toString().includes(fragment)) return true;
  return false;
}
