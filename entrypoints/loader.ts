import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { type LoaderRuntime, startLoader } from '../page/loader/loader.ts';

type ExtensionGlobal = typeof globalThis & { browser?: { runtime?: LoaderRuntime }; chrome: { runtime: LoaderRuntime } };

// Declared in wxt.config.ts as the one content script: it runs in every web page, so it is
// built without the polyfill and the engine is injected only where needed (README, "Speed").
// The extension APIs are read on first use, not at start: their set-up costs every page.
export default defineUnlistedScript(() => {
  const extension = globalThis as ExtensionGlobal;
  startLoader({
    doc: document,
    win: window,
    location: () => location.href,
    runtime: () => (extension.browser?.runtime?.id ? extension.browser.runtime : extension.chrome.runtime),
    controller: new AbortController(),
  });
});
