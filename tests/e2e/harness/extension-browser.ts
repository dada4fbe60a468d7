/**
 * What the end-to-end tests drive, the same in both browsers: `ExtensionBrowser` and its tabs,
 * where the browsers are, and the functions the drivers run inside the extension (badge, notes,
 * messages to the page). chromium.ts and firefox.ts implement it; browsers.ts picks one.
 */
import { existsSync } from 'node:fs';
import type { PageReport } from '../../../contract/messages.ts';

export type BrowserName = 'chromium' | 'firefox';

export interface LaunchOptions {
  /**
   * The browser's UI language ("de"). Chromium: --lang picks the extension's messages (headless
   * Chromium ignores LANGUAGE and LANG), and Playwright's locale what getUILanguage(),
   * navigator.language and Intl report, which headless Chromium otherwise leaves at en-US.
   * Firefox: intl.locale.requested with a stand-in language pack (language-pack.ts).
   */
  language?: string;
}

export const BROWSER_EXECUTABLES: Record<BrowserName, string> = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
};

/** Firefox gives every add-on a random moz-extension:// host; a pref pins ours for the tests. */
export const GECKO_ID = 'sourcelight@sourcelight.dev';
export const FIREFOX_EXTENSION_UUID = '5f2b9c8e-0d4a-4c61-9a8e-3b7c1e2d4f60';

export const WAIT_TIMEOUT_MS = 15_000;

export interface Tab {
  /** Runs `fn` in the page's own world; it must be self-contained. */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Waits until `fn` returns a truthy value, and returns it. */
  waitFor<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A, timeoutMs?: number): Promise<T>;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  click(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  /** Moves the real mouse pointer to viewport point (x, y). */
  hover(x: number, y: number): Promise<void>;
  /** JS event listeners in the page (all worlds) and the JS heap after a garbage collection; null where the driver cannot tell. */
  memory(): Promise<{ listeners: number; heapBytes: number } | null>;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  name: BrowserName;
  /** Opens `url` in a new tab; `initScript` runs before any of the page's scripts. */
  open(url: string, options?: { initScript?: string }): Promise<Tab>;
  /** Opens one of the extension's pages (e.g. "popup.html") in a tab of its own. */
  openExtensionPage(path: string): Promise<Tab>;
  /** The toolbar badge text of the web page tab opened last. */
  badgeText(): Promise<string>;
  /** What Sourcelight reports for the web page tab opened last (as the popup asks it). */
  pageReport(): Promise<PageReport>;
  /** Sends a ContentProtocol message to the web page tab opened last, as the popup would; its answer's value. */
  askPage(message: { type: string } & Record<string, unknown>): Promise<unknown>;
  /** Saves a note draft through the background, as the popup does. */
  saveNote(draft: unknown): Promise<void>;
  /**
   * Opens the real toolbar popup over the web page tab opened last (`action.openPopup()`), or
   * null where the driver cannot reach a popup (Firefox over WebDriver BiDi).
   */
  openToolbarPopup(): Promise<Tab | null>;
  close(): Promise<void>;
}

/**
 * Runs in an extension context: the badge of the last-opened tab other than the caller's own.
 * Without the "tabs" permission URLs are hidden, so the tab is told by its position: drivers
 * open every new tab at the end of the window.
 */
export async function readLastTabBadge(): Promise<string> {
  // biome-ignore lint/suspicious/noExplicitAny: runs inside the browser, where the extension API is untyped here.
  const g = globalThis as any;
  const api = g.browser ?? g.chrome;
  const current = api.tabs.getCurrent ? await api.tabs.getCurrent() : undefined;
  const tabs = (await api.tabs.query({})).filter((tab: { id: number }) => tab.id !== current?.id);
  let last = tabs[0];
  for (const tab of tabs) if (tab.index > last.index) last = tab;
  return api.action.getBadgeText({ tabId: last.id });
}

/** Runs in an extension page: a draft saved through the background. */
export async function saveThroughBackground(draft: unknown): Promise<void> {
  // biome-ignore lint/suspicious/noExplicitAny: runs inside the browser, where the extension API is untyped here.
  const g = globalThis as any;
  const answer = await (g.browser ?? g.chrome).runtime.sendMessage({ type: 'notes/save', draft });
  if (!answer?.ok) throw new Error(answer?.error ?? 'no answer');
}

/** Runs in an extension context: the last-opened tab's answer to a message (see readLastTabBadge). */
export async function askLastTab({ message, channelFile }: { message: unknown; channelFile: string }): Promise<unknown> {
  // biome-ignore lint/suspicious/noExplicitAny: runs inside the browser, where the extension API is untyped here.
  const g = globalThis as any;
  const api = g.browser ?? g.chrome;
  const current = api.tabs.getCurrent ? await api.tabs.getCurrent() : undefined;
  const tabs = (await api.tabs.query({})).filter((tab: { id: number }) => tab.id !== current?.id);
  let last = tabs[0];
  for (const tab of tabs) if (tab.index > last.index) last = tab;
  const send = () => api.tabs.sendMessage(last.id, message);
  // As the popup does (contract/messaging.ts): a page that is no article listens once its channel is opened.
  const answer = await send().catch(async (error: unknown) => {
    if (!/receiving end does not exist/i.test(String(error))) throw error;
    await api.scripting.executeScript({ target: { tabId: last.id, frameIds: [0] }, files: [channelFile] });
    return send();
  });
  if (!answer?.ok) throw new Error(answer?.error ?? 'no answer');
  return answer.value;
}

/** Why a browser cannot run here, or null when it can. */
export function unavailableReason(name: BrowserName): string | null {
  const executable = BROWSER_EXECUTABLES[name];
  return existsSync(executable) ? null : `${executable} is not installed`;
}
