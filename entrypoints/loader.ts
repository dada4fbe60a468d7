import { browser } from '@wxt-dev/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startLoader, type LoaderRuntime } from '../page/loader.ts';

// Declared in wxt.config.ts as the one content script: it runs in every web page, so it is
// built without the polyfill and the engine is injected only where needed (README, "Speed").
export default defineUnlistedScript(() => {
  startLoader({
    doc: document,
    win: window,
    location: () => location.href,
    runtime: browser.runtime as unknown as LoaderRuntime,
    controller: new AbortController(),
  });
});
