/**
 * Chromium through Playwright: it loads the unpacked extension with --load-extension in a fresh
 * persistent profile; a DevTools connection reaches the toolbar popup.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser as PlaywrightBrowser, type BrowserContext, type Page as PlaywrightPage } from 'playwright-core';
import { CHANNEL_FILE, type PageReport } from '../../../contract/messages.ts';
import {
  askLastTab,
  BROWSER_EXECUTABLES,
  type ExtensionBrowser,
  type LaunchOptions,
  readLastTabBadge,
  saveThroughBackground,
  type Tab,
  WAIT_TIMEOUT_MS,
} from './extension-browser.ts';

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
