/**
 * Tags as the reader types them, in the hover card and the popup alike: separated by commas
 * (or lines), trimmed, inner spaces folded, lower-cased as the store keeps them, no repeats.
 */
const SEPARATOR = /[,\n]/;

export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(SEPARATOR)) {
    const tag = part.trim().replace(/\s+/g, ' ').toLowerCase();
    if (tag) seen.add(tag);
  }
  return [...seen];
}

export function formatTags(tags: readonly string[]): string {
  return tags.join(', ');
}
