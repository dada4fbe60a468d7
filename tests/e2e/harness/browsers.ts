/**
 * One small interface over the two drivers: Playwright for Chromium (it loads an unpacked
 * extension with --load-extension) and Puppeteer over WebDriver BiDi for Firefox (it installs
 * a temporary add-on). Tests are written once against `ExtensionBrowser`.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser as PlaywrightBrowser, type BrowserContext, type Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';

import { CHANNEL_FILE, type PageReport } from '../../../contract/messages.ts';
import { writeLanguagePack } from './language-pack.ts';
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
const FIREFOX_EXTENSION_UUID = '5f2b9c8e-0d4a-4c61-9a8e-3b7c1e2d4f60';

const WAIT_TIMEOUT_MS = 15_000;

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
async function readLastTabBadge(): Promise<string> {
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
async function saveThroughBackground(draft: unknown): Promise<void> {
  // biome-ignore lint/suspicious/noExplicitAny: runs inside the browser, where the extension API is untyped here.
  const g = globalThis as any;
  const answer = await (g.browser ?? g.chrome).runtime.sendMessage({ type: 'notes/save', draft });
  if (!answer?.ok) throw new Error(answer?.error ?? 'no answer');
}

/** Runs in an extension context: the last-opened tab's answer to a message (see readLastTabBadge). */
async function askLastTab({ message, channelFile }: { message: unknown; channelFile: string }): Promise<unknown> {
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

// Chromium reaches out at start (updates, safe browsing, field trials); these flags and the
// host resolver rule keep every request on 127.0.0.1.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** Chromium with the extension in a fresh profile, as Playwright's own context (benchmarks use it directly). */
export async function openChromiumContext(
  extensionDir: string,
  options: LaunchOptions = {},
): Promise<{ context: BrowserContext; extensionOrigin: string; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: BROWSER_EXECUTABLES.chromium,
    headless: true,
    ...(options.language ? { locale: options.language } : {}),
    // A DevTools port (chosen by Chromium, written to the profile) lets a second client reach
    // the toolbar popup, which Playwright's own connection does not list as a page.
    args: [
      ...CHROMIUM_ARGS,
      '--remote-debugging-port=0',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(options.language ? [`--lang=${options.language}`] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // URL.origin is "null" for chrome-extension: in Node, so build it from the host.
  const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
  // The persistent context opens with one blank tab; closing it keeps tab ids predictable.
  for (const page of context.pages()) await page.close();
  return { context, extensionOrigin, profile };
}

export async function launchChromium(extensionDir: string, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const { context, extensionOrigin, profile } = await openChromiumContext(extensionDir, options);
  let devtools: PlaywrightBrowser | null = null;

  const wrap = (page: PlaywrightPage): Tab => ({
    evaluate: (fn, arg) => page.evaluate(fn as never, arg),
    waitFor: async (fn, arg, timeoutMs = WAIT_TIMEOUT_MS) =>
      (await page.waitForFunction(fn as never, arg, { timeout: timeoutMs, polling: 50 })).jsonValue() as never,
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    click: (selector) => page.click(selector),
    press: (key) => page.keyboard.press(key),
    hover: (x, y) => page.mouse.move(x, y),
    close: () => page.close(),
    async memory() {
      const cdp = await context.newCDPSession(page);
      try {
        await cdp.send('HeapProfiler.collectGarbage');
        const { jsEventListeners } = await cdp.send('Memory.getDOMCounters');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        return { listeners: jsEventListeners, heapBytes: usedSize };
      } finally {
        await cdp.detach();
      }
    },
  });
  const askPage: ExtensionBrowser['askPage'] = async (message) => {
    const live = context.serviceWorkers().at(-1) ?? (await context.waitForEvent('serviceworker'));
    return live.evaluate(askLastTab, { message, channelFile: CHANNEL_FILE });
  };
  const saveNote: ExtensionBrowser['saveNote'] = async (draft) => {
    const page = await context.newPage();
    try {
      await page.goto(`${extensionOrigin}/options.html`);
      await page.evaluate(saveThroughBackground, draft);
    } finally {
      await page.close();
    }
  };
  return {
    name: 'chromium',
    async open(url, options) {
      const page = await context.newPage();
      if (options?.initScript) await page.addInitScript({ content: options.initScript });
      await page.goto(url);
      return wrap(page);
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`${extensionOrigin}/${path}`);
      return wrap(page);
    },
    async badgeText() {
      // The service worker may have been stopped and started again since launch: ask the live one.
      const live = context.serviceWorkers().at(-1) ?? (await context.waitForEvent('serviceworker'));
      return live.evaluate(readLastTabBadge);
    },
    pageReport: async () => (await askPage({ type: 'page/report' })) as PageReport,
    askPage,
    saveNote,
    async openToolbarPopup() {
      const live = context.serviceWorkers().at(-1) ?? (await context.waitForEvent('serviceworker'));
      const opened = await live.evaluate(() =>
        // biome-ignore lint/suspicious/noExplicitAny: runs in the service worker, where chrome.* is untyped here.
        (globalThis as any).chrome.action.openPopup().then(
          () => 'ok',
          (error: unknown) => String(error),
        ),
      );
      if (opened !== 'ok') throw new Error(`action.openPopup() failed: ${opened}`);
      const port = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0];
      // A fresh connection each time: it lists the popup that exists now.
      await devtools?.close();
      devtools = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      const deadline = Date.now() + WAIT_TIMEOUT_MS;
      while (Date.now() < deadline) {
        const popup = devtools
          .contexts()
          .flatMap((each) => each.pages())
          .find((page) => page.url() === `${extensionOrigin}/popup.html`);
        if (popup) return wrap(popup);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('the toolbar popup did not open');
    },
    async close() {
      await devtools?.close();
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// Firefox: every request that is not for 127.0.0.1 goes to a proxy that is not there.
const FIREFOX_PREFS: Record<string, unknown> = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': '127.0.0.1',
  'network.proxy.allow_hijacking_localhost': false,
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
  'ui.prefersReducedMotion': 1,
};

const EXTENSION_PAGE_NAVIGATION_MS = 5_000;

/**
 * Firefox does not always report the end of a navigation to a moz-extension:// page over
 * BiDi (seen with the proxy prefs above), so wait for the page's own DOM instead.
 */
async function gotoExtensionPage(page: PuppeteerPage, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: EXTENSION_PAGE_NAVIGATION_MS }).catch(() => {});
  await page.waitForFunction(
    (expected: string) => location.href === expected && document.readyState !== 'loading',
    { timeout: WAIT_TIMEOUT_MS },
    url,
  );
}

export async function launchFirefox(extensionDir: string, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const browser: PuppeteerBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: BROWSER_EXECUTABLES.firefox,
    headless: true,
    // Firefox 153 lets WebDriver open moz-extension:// pages only with system access allowed.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: options.language ? { ...FIREFOX_PREFS, 'intl.locale.requested': options.language } : FIREFOX_PREFS,
  });
  if (options.language) {
    // Before Sourcelight, so that its locale is chosen with the language already there.
    const pack = writeLanguagePack(options.language);
    await browser.installExtension(pack.dir).finally(pack.remove);
  }
  await browser.installExtension(extensionDir);
  const extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

  const wrap = (page: PuppeteerPage): Tab => ({
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeoutMs = WAIT_TIMEOUT_MS) =>
      (
        await (page.waitForFunction as unknown as (...args: unknown[]) => Promise<{ jsonValue(): Promise<never> }>)(
          fn,
          { timeout: timeoutMs, polling: 50 },
          arg,
        )
      ).jsonValue(),
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    click: (selector) => page.click(selector),
    press: (key) => page.keyboard.press(key as never),
    hover: (x, y) => page.mouse.move(x, y),
    close: () => page.close(),
    memory: async () => null,
  });
  const askPage: ExtensionBrowser['askPage'] = async (message) => {
    const page = await browser.newPage();
    try {
      await gotoExtensionPage(page, `${extensionOrigin}/options.html`);
      return await page.evaluate(askLastTab, { message, channelFile: CHANNEL_FILE });
    } finally {
      await page.close();
    }
  };
  const saveNote: ExtensionBrowser['saveNote'] = async (draft) => {
    const page = await browser.newPage();
    try {
      await gotoExtensionPage(page, `${extensionOrigin}/options.html`);
      await page.evaluate(saveThroughBackground, draft);
    } finally {
      await page.close();
    }
  };
  return {
    name: 'firefox',
    async open(url, options) {
      const page = await browser.newPage();
      if (options?.initScript) await page.evaluateOnNewDocument(options.initScript);
      await page.goto(url);
      return wrap(page);
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await gotoExtensionPage(page, `${extensionOrigin}/${path}`);
      return wrap(page);
    },
    async badgeText() {
      const page = await browser.newPage();
      try {
        await gotoExtensionPage(page, `${extensionOrigin}/options.html`);
        return await page.evaluate(readLastTabBadge);
      } finally {
        await page.close();
      }
    },
    pageReport: async () => (await askPage({ type: 'page/report' })) as PageReport,
    askPage,
    saveNote,
    openToolbarPopup: async () => null,
    close: () => browser.close(),
  };
}

export const LAUNCHERS: Record<BrowserName, (extensionDir: string, options?: LaunchOptions) => Promise<ExtensionBrowser>> = {
  chromium: launchChromium,
  firefox: launchFirefox,
};
