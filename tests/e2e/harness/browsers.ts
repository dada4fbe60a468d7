/**
 * One small interface over the two drivers: Playwright for Chromium (it loads an unpacked
 * extension with --load-extension) and Puppeteer over WebDriver BiDi for Firefox (it installs
 * a temporary add-on). Tests are written once against `ExtensionBrowser` (extension-browser.ts).
 */
import { launchChromium, openChromiumContext } from './chromium.ts';
import type { BrowserName, ExtensionBrowser, LaunchOptions } from './extension-browser.ts';
import { launchFirefox } from './firefox.ts';

export {
  BROWSER_EXECUTABLES,
  type BrowserName,
  type ExtensionBrowser,
  GECKO_ID,
  type LaunchOptions,
  type Tab,
  unavailableReason,
} from './extension-browser.ts';
export { launchChromium, launchFirefox, openChromiumContext };

export const LAUNCHERS: Record<BrowserName, (extensionDir: string, options?: LaunchOptions) => Promise<ExtensionBrowser>> = {
  chromium: launchChromium,
  firefox: launchFirefox,
};
