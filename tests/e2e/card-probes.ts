/**
 * Functions that run inside the page under test (each self-contained) to find a flag on screen
 * and to use the hover card in Sourcelight's open shadow root the way a reader would.
 */

/** The middle of the first line of the first range in a highlight entry, scrolled into view. */
export function pointOnHighlight(name: string): { x: number; y: number } | null {
  const registry = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights;
  const first = registry.get(name)?.values().next().value;
  if (!first) return null;
  const anchor = first.startContainer.parentElement;
  anchor?.scrollIntoView({ block: 'center' });
  const box = first.getClientRects()[0];
  return box ? { x: box.left + Math.min(20, box.width / 2), y: box.top + box.height / 2 } : null;
}

/** The hover card's text while it is shown, or null. */
export function visibleCardText(): string | null {
  const card = document.querySelector('sourcelight-ui')?.shadowRoot?.querySelector<HTMLElement>('.card');
  return card && !card.hidden ? card.textContent : null;
}

/** Opens "Save as note", writes a comment and tags, and submits. */
export function saveFromCard([comment, tags]: readonly [string, string]): boolean {
  const root = document.querySelector('sourcelight-ui')?.shadowRoot;
  const open = root?.querySelector<HTMLButtonElement>('button.primary');
  if (!root || !open) return false;
  open.click();
  root.querySelector('textarea')!.value = comment;
  root.querySelector<HTMLInputElement>('input[type="text"]')!.value = tags;
  root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  return true;
}

/** The card's status line (e.g. "Saved to your notes."). */
export function cardStatus(): string {
  return document.querySelector('sourcelight-ui')?.shadowRoot?.querySelector('.status')?.textContent ?? '';
}

/** The text of each range in a highlight entry. */
export function highlightTexts(name: string): string[] {
  const registry = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights;
  const texts: string[] = [];
  for (const range of registry.get(name) ?? []) texts.push(range.toString().replace(/\s+/g, ' ').trim());
  return texts;
}
