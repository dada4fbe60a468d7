import { afterAll, beforeAll, describe } from 'vitest';
import { LAUNCHERS, unavailableReason, type BrowserName, type ExtensionBrowser } from './browsers.ts';
import { EXTENSION_DIRS } from './extension-build.ts';
import { startFixtureServer, type FixtureServer, type GeneratedPages } from './server.ts';

export interface E2EContext {
  browser: ExtensionBrowser;
  server: FixtureServer;
}

const BROWSER_NAMES: BrowserName[] = ['chromium', 'firefox'];

/**
 * Declares the same suite once per browser, each with the built extension loaded and the
 * fixture pages served on 127.0.0.1. A browser that is not installed is skipped (global-setup
 * has already said why, and fails the run under CI).
 */
export function inEachBrowser(
  title: string,
  suite: (context: () => E2EContext) => void,
  generatedPages: GeneratedPages = {},
): void {
  for (const name of BROWSER_NAMES) {
    describe.skipIf(unavailableReason(name) !== null)(`${title} [${name}]`, () => {
      let context: E2EContext | undefined;
      beforeAll(async () => {
        const server = await startFixtureServer(generatedPages);
        const browser = await LAUNCHERS[name](EXTENSION_DIRS[name]);
        context = { browser, server };
      });
      afterAll(async () => {
        await context?.browser.close();
        await context?.server.close();
      });
      suite(() => {
        if (!context) throw new Error('browser did not start');
        return context;
      });
    });
  }
}
