/**
 * The real toolbar popup over a real page. Chromium only: `action.openPopup()` opens it and a
 * DevTools client reaches it; Firefox's popup is out of WebDriver BiDi's reach, so there the
 * popup page is opened in a tab for the article's tab (popup-page-tab.e2e.ts, both browsers).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, unavailableReason, type ExtensionBrowser } from './harness/browsers.ts';
import { EXTENSION_DIRS } from './harness/extension-build.ts';
import { countHighlights, FLAG_HIGHLIGHTS } from './harness/page-probes.ts';
import { listedFlagCues, pageStatusText, pressButtonIn, profileLine, toggleSiteSwitch } from './harness/popup-probes.ts';
import { startFixtureServer, type FixtureServer } from './harness/server.ts';
import { settledHighlights } from './harness/settled-highlights.ts';

describe.skipIf(unavailableReason('chromium') !== null)('the toolbar popup [chromium]', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchChromium(EXTENSION_DIRS.chromium);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test("shows the article's profile and flags; Show flashes one on the page; the site switch turns it off and on", async () => {
    const tab = await browser.open(server.url('/seed-news.html'));
    await settledHighlights(tab);
    const popup = (await browser.openToolbarPopup())!;
    expect(await popup.waitFor(profileLine)).toMatch(/^8 of \d+ sentences rest on unnamed sourcing/);
    expect(await popup.evaluate(listedFlagCues)).toHaveLength(8);
    // Issue #18: the highlights and site switches are at the top, above the report and its flags.
    expect(
      await popup.evaluate(() => {
        const switches = document.querySelector('.page-switches')!.getBoundingClientRect();
        return switches.bottom <= document.querySelector('.article-title')!.getBoundingClientRect().top;
      }),
    ).toBe(true);

    expect(await popup.evaluate(pressButtonIn, ['.flag', 'Show'] as const)).toBe(true);
    expect(await tab.waitFor(() => (CSS.highlights.get('sourcelight-focus')?.size ?? 0) > 0)).toBe(true);

    expect(await popup.evaluate(toggleSiteSwitch)).toBe(false);
    await tab.waitFor((names) => {
      let count = 0;
      for (const name of names) count += CSS.highlights.get(name)?.size ?? 0;
      return count === 0;
    }, FLAG_HIGHLIGHTS);
    expect(await browser.badgeText()).toBe('');
    expect(await popup.waitFor(pageStatusText)).toMatch(/switched off/i);

    expect(await popup.evaluate(toggleSiteSwitch)).toBe(true);
    await settledHighlights(tab);
    expect(await tab.evaluate(countHighlights, FLAG_HIGHLIGHTS)).toBe(8);
    await tab.close();
  });

  test('Save on a flag goes through the background: the note is listed in the Notes tab', async () => {
    const tab = await browser.open(server.url('/seed-news.html'));
    await settledHighlights(tab);
    const popup = (await browser.openToolbarPopup())!;
    await popup.waitFor(profileLine);
    expect(await popup.evaluate(pressButtonIn, ['.flag', 'Save'] as const)).toBe(true);
    expect(await popup.evaluate(pressButtonIn, ['.flag', 'Save note'] as const)).toBe(true);
    expect(await popup.waitFor(() => document.querySelector('.flag .status')?.textContent?.includes('Saved'))).toBe(true);
    // Issue #18: a saved flag offers no second save.
    expect(
      await popup.evaluate(() =>
        [...document.querySelectorAll('.flag')[0]!.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Save'),
      ),
    ).toBe(false);
    await popup.evaluate(() => (document.querySelectorAll<HTMLElement>('[role="tab"]')[1] as HTMLElement).click());
    const first = await popup.waitFor(() => document.querySelector('.note .passage')?.textContent);
    expect(first).toBeTruthy();
    // Issue #18: at popup width the category filter shows its whole label ("All categories",
    // not "All categorie"): it is as wide as the same select left to size itself.
    const widths = await popup.waitFor(() => {
      const select = document.querySelectorAll<HTMLSelectElement>('.pickers select')[2];
      if (!select) return null;
      const free = select.cloneNode(true) as HTMLSelectElement;
      free.style.cssText = 'position:absolute;visibility:hidden;width:auto;';
      document.body.append(free);
      const natural = free.getBoundingClientRect().width;
      free.remove();
      return { shown: select.getBoundingClientRect().width, natural, popup: document.body.clientWidth };
    });
    expect(widths!.shown).toBeGreaterThanOrEqual(widths!.natural - 0.5);
    expect(widths!.popup).toBeLessThanOrEqual(400);
    await tab.close();
  });

  test('on a page that is no article, "Scan this page anyway" scans it', async () => {
    const tab = await browser.open(server.url('/not-article.html'));
    const popup = (await browser.openToolbarPopup())!;
    expect(await popup.waitFor(pageStatusText)).toMatch(/doesn.t look like an article/);
    expect(await tab.evaluate(countHighlights, FLAG_HIGHLIGHTS)).toBe(0);
    expect(await popup.evaluate(pressButtonIn, ['.status-message', 'Scan this page anyway'] as const)).toBe(true);
    await popup.waitFor(() => document.querySelectorAll('.flag .cue').length > 0);
    expect(await popup.evaluate(listedFlagCues)).toEqual(expect.arrayContaining(['reportedly']));
    expect(await tab.evaluate(countHighlights, FLAG_HIGHLIGHTS)).toBeGreaterThan(0);
    await tab.close();
  });
});
