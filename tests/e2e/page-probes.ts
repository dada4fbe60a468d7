/**
 * Functions that run inside the page under test (so each is self-contained), reading what a
 * reader would see: the text of every range in Sourcelight's highlight registry entries.
 */
export const FLAG_HIGHLIGHTS = [
  'sourcelight-anonymous',
  'sourcelight-vague',
  'sourcelight-secondhand',
  'sourcelight-hedged',
] as const;

export type HighlightTexts = Record<string, string[]>;

export function readHighlights(names: readonly string[]): HighlightTexts {
  const registry = (globalThis as unknown as { CSS: { highlights: Map<string, Set<AbstractRange>> } }).CSS.highlights;
  const texts: HighlightTexts = {};
  for (const name of names) {
    const highlight = registry.get(name);
    texts[name] = highlight
      ? [...highlight].map((range) => (range as Range).toString().replace(/\s+/g, ' ').trim())
      : [];
  }
  return texts;
}

/** How many flagged sentences are painted, for `waitFor`. */
export function countFlagHighlights(names: readonly string[]): number {
  const registry = (globalThis as unknown as { CSS: { highlights: Map<string, Set<unknown>> } }).CSS.highlights;
  let count = 0;
  for (const name of names) count += registry.get(name)?.size ?? 0;
  return count;
}
