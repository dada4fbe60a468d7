import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { analyze } from '../../detector/analyze.ts';
import { sendToBackground } from '../../shared/messaging.ts';
import { createContentHandler } from '../../page/content-handler.ts';
import type { HighlightApi } from '../../page/highlight-painter.ts';
import { installHighlightStyles } from '../../page/highlight-styles.ts';
import { mountCard } from '../../page/card-host.ts';
import { PageSession } from '../../page/page-session.ts';
import { saveFlagAsNote } from '../../page/save-flag.ts';
import { browserScheduling, captureBrowserApis } from '../../page/page-environment.ts';
import { markPainted, timedWork } from '../../page/work-timing.ts';
import { parseSettings, SETTINGS_KEY } from '../../shared/settings.ts';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  async main(ctx) {
    // Captured once, before anything else runs: later page tampering cannot swap them.
    const apis = captureBrowserApis(globalThis);
    let logged = false;
    const onError = (error: unknown) => {
      if (logged) return;
      logged = true;
      console.warn('Sourcelight stopped part of its work on this page:', error);
    };
    try {
      await run(ctx, apis, onError);
    } catch (error) {
      onError(error);
    }
  },
});

async function run(ctx: ContentScriptContext, apis: ReturnType<typeof captureBrowserApis>, onError: (e: unknown) => void) {
  const stored = await browser.storage.local.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>);
  const highlights: HighlightApi | null = apis.highlights;
  const highlightStyles = highlights
    ? installHighlightStyles({
        doc: document,
        CSSStyleSheet: apis.CSSStyleSheet,
        MutationObserver: apis.MutationObserver,
        signal: ctx.signal,
      })
    : undefined;
  const scheduling = browserScheduling(ctx, apis);
  const settings = parseSettings(stored[SETTINGS_KEY]);
  const card = mountCard({
    doc: document,
    signal: ctx.signal,
    CSSStyleSheet: apis.CSSStyleSheet,
    MutationObserver: apis.MutationObserver,
    settings: () => settings,
    entries: () => session.entries(),
    onSave: (flag, value) => saveFlagAsNote(session, flag, value, (draft) => sendToBackground('notes/save', { draft })),
    // Remembered by the background; taking the flag off the page is the session's part (to wire).
    onDismiss: (flag, dismissed) => sendToBackground('dismissals/set', { url: location.href, key: flag.key, dismissed }),
    onHidePage: async (hidden) => highlightStyles?.setHidden(hidden),
    onOpenNotes: () => sendToBackground('notes/open', { articleUrl: location.href }),
    schedule: scheduling.nextFrame,
    setTimeout: scheduling.setTimeout,
    clearTimeout: scheduling.clearTimeout,
    ...(highlightStyles ? { highlightStyles } : {}),
    onError,
  });

  const session = new PageSession({
    doc: document,
    win: window,
    location: () => location.href,
    analyze,
    highlights,
    MutationObserver: apis.MutationObserver,
    ...scheduling,
    signal: ctx.signal,
    settings,
    onCountChange: (count) => void sendToBackground('badge/set', { count }).catch(() => {}),
    onError,
    timeWork: (work) => timedWork(performance, work),
    onFirstPaint: () => markPainted(performance),
    loadNotes: (url) => sendToBackground('notes/for-page', { url }),
    // A keyboard command moves focus into the card, so its actions are a Tab away.
    onFlagRevealed: (entry, how) => card.show(entry.flag, entry.sentence, { focus: how === 'step' }),
  });

  const handle = createContentHandler(session, {
    selection: () => document.getSelection(),
    notice: (text, tone) => card.notice(text, tone),
  });
  const onMessage = (message: unknown) => handle(message);
  browser.runtime.onMessage.addListener(onMessage);
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) session.applySettings(parseSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    browser.storage.onChanged.removeListener(onStorage);
  });

  // SPA navigation: WXT's polled location event, plus popstate for an immediate back/forward.
  ctx.addEventListener(window, 'wxt:locationchange', () => session.locationChanged());
  ctx.addEventListener(window, 'popstate', () => session.locationChanged());

  session.start();
}
