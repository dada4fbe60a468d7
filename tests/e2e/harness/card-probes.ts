/**
 * Probes for the card. Page-world functions (each self-contained) find flags on screen; root
 * probes run on the card's closed shadow root through card-driver.ts, which only the test's
 * driver can reach; `openCardOn` and `saveFromCard` use the card as a reader does, with the
 * driver's real mouse and keyboard.
 */
import type { ExtensionBrowser, Tab } from './browsers.ts';
import { type CardDriver, driveCard } from './card-driver.ts';

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The middle of the first line of the `index`th range in a highlight entry, scrolled into view. */
export function pointOnHighlight(arg: string | readonly [string, number]): Point | null {
  const [name, index] = typeof arg === 'string' ? [arg, 0] : arg;
  const page = globalThis as unknown as {
    __realHighlights?: Map<string, Set<Range>>;
    CSS: { highlights: Map<string, Set<Range>> };
  };
  const registry = page.__realHighlights ?? page.CSS.highlights;
  let range: Range | undefined;
  let at = 0;
  for (const each of registry.get(name) ?? []) if (at++ === index) range = each;
  if (!range) return null;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  const box = range.getClientRects()[0];
  return box ? { x: box.left + Math.min(20, box.width / 2), y: box.top + box.height / 2 } : null;
}

/** Every line box of every flagged sentence (all four categories), in viewport pixels. */
export function flagRects(): Rect[] {
  const page = globalThis as unknown as {
    __realHighlights?: Map<string, Set<Range>>;
    CSS: { highlights: Map<string, Set<Range>> };
  };
  const registry = page.__realHighlights ?? page.CSS.highlights;
  const rects: Rect[] = [];
  for (const name of ['sourcelight-anonymous', 'sourcelight-vague', 'sourcelight-secondhand', 'sourcelight-hedged']) {
    for (const range of registry.get(name) ?? []) {
      for (const box of range.getClientRects())
        rects.push({ left: box.left, top: box.top, right: box.right, bottom: box.bottom });
    }
  }
  return rects;
}

/** The text of each range in a highlight entry. */
export function highlightTexts(name: string): string[] {
  const registry = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights;
  const texts: string[] = [];
  for (const range of registry.get(name) ?? []) texts.push(range.toString().replace(/\s+/g, ' ').trim());
  return texts;
}

export interface CardState {
  open: boolean;
  category: string;
  text: string;
  scheme: string;
  pinned: boolean;
  rect: Rect | null;
  buttons: string[];
  /** The text or label of what has focus inside the card. */
  focused: string | null;
  status: string;
  badge: string;
  notice: string;
  background: string;
}

/** Root probe: the open card's state, or null while no card is open (for waiting). */
export function openCard(root: ShadowRoot): CardState | null {
  const card = root.querySelector<HTMLElement>('.card');
  if (!card) return null;
  const box = card.getBoundingClientRect();
  const active = root.activeElement as HTMLElement | null;
  return {
    open: true,
    category: card.dataset.category ?? '',
    text: card.textContent ?? '',
    scheme: root.querySelector('.sl-root')?.getAttribute('data-scheme') ?? '',
    pinned: card.hasAttribute('data-pinned'),
    rect: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
    buttons: [...card.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') ?? b.textContent ?? ''),
    focused: active ? (active.getAttribute('aria-label') ?? active.textContent ?? active.tagName) : null,
    status: card.querySelector('.status')?.textContent ?? '',
    badge: card.querySelector('.badge')?.textContent ?? '',
    notice: root.querySelector('.notice')?.textContent ?? '',
    background: getComputedStyle(card).backgroundColor,
  };
}

/** Root probe: true once no card is open. */
export function cardClosed(root: ShadowRoot): boolean {
  return !root.querySelector('.card');
}

/** Root probe: the viewport centre of a button (by its text or label) or field (by selector). */
export function centreOf(root: ShadowRoot, target: string): Point | null {
  const button = [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === target);
  const element = button ?? root.querySelector(target);
  if (!element) return null;
  const box = element.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/**
 * Root probe: the status line once a save has settled: saved, and where its comment is written
 * (the side panel's answer), or not saved. Self-contained: it runs in the page.
 */
export function settledStatus(root: ShadowRoot): string | null {
  const interim = ['Saving…', 'Saved to your notes.', 'Already in your notes.'];
  const text = root.querySelector('.status')?.textContent ?? '';
  return text && !interim.includes(text) ? text : null;
}

/** Root probe: the notice line's text, once there is one. */
export function noticeText(root: ShadowRoot): string | null {
  return root.querySelector('.notice')?.textContent || null;
}

/** Rests the real pointer on the `index`th flag of a category until its card opens; the driver and the card. */
export async function openCardOn(
  tab: Tab,
  name: string,
  index = 0,
): Promise<{ driver: CardDriver; card: CardState; point: Point }> {
  const driver = await driveCard(tab);
  const point = await tab.evaluate(pointOnHighlight, [name, index] as const);
  if (!point) throw new Error(`no ${name} flag on the page`);
  await tab.hover(point.x - 3, point.y);
  await tab.hover(point.x, point.y);
  const card = await driver.waitInCard(openCard);
  return { driver, card, point };
}

/** Clicks a button of the card (by text or label) with the real mouse. */
export async function pressInCard(driver: CardDriver, name: string): Promise<void> {
  const centre = await driver.waitInCard(centreOf, name);
  await driver.click(centre.x, centre.y);
}

/**
 * As a reader: rests on the first flag of `name` and clicks "Save as note" (nothing is typed in
 * the page: the comment is written in the side panel); the card's settled status line.
 */
export async function saveAsReader(tab: Tab, name: string): Promise<string> {
  const { driver } = await openCardOn(tab, name);
  await pressInCard(driver, 'Save as note');
  return driver.waitInCard(settledStatus);
}

/** Extension page: how many notes the Notes list shows, once it has loaded. */
export function listedNoteCount(): { count: number } | null {
  const rows = document.querySelectorAll('.note').length;
  if (rows) return { count: rows };
  return document.querySelector('.empty') ? { count: 0 } : null;
}

/** The reader's notes, as the Notes page lists them. */
export async function noteCount(browser: ExtensionBrowser): Promise<number> {
  const notes = await browser.openExtensionPage('popup.html#notes');
  try {
    return (await notes.waitFor(listedNoteCount))!.count;
  } finally {
    await notes.close();
  }
}

/**
 * Extension page: sends a message to the web page tab opened last, as the background does for a
 * keyboard command (drivers open every tab at the end; without "tabs" no URL tells them apart).
 */
export async function messageLastTab(message: Record<string, unknown>): Promise<unknown> {
  // biome-ignore lint/suspicious/noExplicitAny: runs in an extension page, where the extension API is untyped here.
  const g = globalThis as any;
  const api = g.browser ?? g.chrome;
  const current = await api.tabs.getCurrent();
  const tabs = (await api.tabs.query({})).filter((tab: { id: number }) => tab.id !== current?.id);
  let last = tabs[0];
  for (const tab of tabs) if (tab.index > last.index) last = tab;
  return api.tabs.sendMessage(last.id, message);
}

/** Extension page: stores the reader's settings with `cardOpensOn` set. */
export async function storeCardOpensOn(value: 'hover' | 'click'): Promise<boolean> {
  // biome-ignore lint/suspicious/noExplicitAny: runs in an extension page, where the extension API is untyped here.
  const g = globalThis as any;
  const api = g.browser ?? g.chrome;
  const stored = await api.storage.local.get('settings');
  await api.storage.local.set({ settings: { ...(stored.settings ?? {}), cardOpensOn: value } });
  return true;
}

/** What Alt+Shift+J does: the background asks the page to step to the next flag. */
export async function stepToNextFlag(browser: ExtensionBrowser): Promise<void> {
  const page = await browser.openExtensionPage('options.html');
  try {
    await page.evaluate(messageLastTab, { type: 'page/step-flag', direction: 1 });
  } finally {
    await page.close();
  }
}

export async function setCardOpensOn(browser: ExtensionBrowser, value: 'hover' | 'click'): Promise<void> {
  const page = await browser.openExtensionPage('options.html');
  try {
    await page.evaluate(storeCardOpensOn, value);
  } finally {
    await page.close();
  }
}

/**
 * Before the card's root was closed, these page-world probes read and drove it. No page script
 * can now, so they fail loudly: use `openCardOn`, `saveAsReader` and `driveCard(tab).inCard`.
 */
export function visibleCardText(): string | null {
  throw new Error('The card’s shadow root is closed: use openCardOn (card-probes.ts).');
}
export function cardStatus(): string {
  throw new Error('The card’s shadow root is closed: use saveAsReader (card-probes.ts).');
}
export function saveFromCard(_fields: readonly [string, string]): boolean {
  throw new Error('The card’s shadow root is closed: use saveAsReader (card-probes.ts).');
}

/** Whether two boxes share any area. */
export const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
