/**
 * Issue #18: "Scan this page anyway" scans, or says why not; it never does nothing silently.
 * The popup page is opened for the page's tab (`popup.html?tab=<id>`), in both browsers.
 */
import { expect, test } from 'vitest';
import { inEachBrowser } from './harness/in-each-browser.ts';
import { countHighlights, FLAG_HIGHLIGHTS } from './harness/page-probes.ts';
import { lastTabId, listedFlagCues, pageStatusText, pressButtonIn } from './harness/popup-probes.ts';

inEachBrowser('"Scan this page anyway"', (context) => {
  async function popupFor(path: string) {
    const { browser, server } = context();
    const tab = await browser.open(server.url(path));
    const helper = await browser.openExtensionPage('options.html');
    const tabId = await helper.evaluate(lastTabId);
    await helper.close();
    return { tab, popup: await browser.openExtensionPage(`popup.html?tab=${tabId}`) };
  }

  test('scans a page that is no article: its flags are painted and listed', async () => {
    const { tab, popup } = await popupFor('/not-article.html');
    expect(await popup.waitFor(pageStatusText)).toMatch(/doesn.t look like an article/);
    expect(await popup.evaluate(pressButtonIn, ['.status-message', 'Scan this page anyway'] as const)).toBe(true);
    await popup.waitFor(() => document.querySelectorAll('.flag .cue').length > 0);
    expect(await popup.evaluate(listedFlagCues)).toEqual(expect.arrayContaining(['reportedly']));
    expect(await tab.evaluate(countHighlights, FLAG_HIGHLIGHTS)).toBeGreaterThan(0);
    await popup.close();
    await tab.close();
  });

  test('on a page with no text, says it scanned and found none', async () => {
    const { tab, popup } = await popupFor('/body-empty.html');
    expect(await popup.waitFor(pageStatusText)).toMatch(/doesn.t look like an article/);
    expect(await popup.evaluate(pressButtonIn, ['.status-message', 'Scan this page anyway'] as const)).toBe(true);
    const said = await popup.waitFor(() => {
      const text = document.querySelector('.status-message[role="status"]')?.textContent ?? '';
      return text.includes('found no text') ? text : null;
    });
    expect(said).toMatch(/^Sourcelight scanned this page and found no text to read\./);
    expect(await popup.evaluate(pressButtonIn, ['.status-message', 'Try again'] as const)).toBe(true);
    await popup.close();
    await tab.close();
  });
});
