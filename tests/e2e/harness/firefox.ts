/**
 * Firefox through Puppeteer over WebDriver BiDi: it installs the extension as a temporary
 * add-on, with prefs that keep every request on 127.0.0.1 and pin the add-on's host.
 */
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import { CHANNEL_FILE, type PageReport } from '../../../contract/messages.ts';
import {
  askLastTab,
  BROWSER_EXECUTABLES,
  type ExtensionBrowser,
  FIREFOX_EXTENSION_UUID,
  GECKO_ID,
  type LaunchOptions,
  readLastTabBadge,
  saveThroughBackground,
  type Tab,
  WAIT_TIMEOUT_MS,
} from './extension-browser.ts';
import { writeLanguagePack } from './language-pack.ts';

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
