/**
 * Issue #18: one outlet name everywhere. A page served from 127.0.0.1 that calls itself "The
 * Harbour Ledger" (og:site_name) is named so in the popup, in the Notes tab and the Notes page,
 * in the Markdown and JSON exports and in the Reading view; the site key stays its host.
 */
import { expect, test } from 'vitest';
import { inEachBrowser } from './harness/in-each-browser.ts';
import { caughtDownload, catchDownloads, lastTabId, pressButton, pressButtonIn, profileLine } from './harness/popup-probes.ts';
import { settledHighlights } from './harness/settled-highlights.ts';

const OUTLET = 'The Harbour Ledger';

inEachBrowser('the outlet name', (context) => {
  test('is the page’s own name in the popup, the Notes tab, the Notes page, the exports and the Reading view', async () => {
    const { browser, server } = context();
    const tab = await browser.open(server.url('/outlet-name.html'));
    await settledHighlights(tab);
    const helper = await browser.openExtensionPage('options.html');
    const tabId = await helper.evaluate(lastTabId);
    await helper.close();

    // The popup: the article line, then a save from its flag list.
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitFor(profileLine);
    expect(await popup.evaluate(() => document.querySelector('.article-meta')?.textContent)).toBe(`${OUTLET} · Jo Marsh`);
    expect(await popup.evaluate(pressButtonIn, ['.flag', 'Save'] as const)).toBe(true);
    expect(await popup.evaluate(pressButtonIn, ['.flag', 'Save note'] as const)).toBe(true);
    expect(await popup.waitFor(() => document.querySelector('.flag .status')?.textContent?.includes('Saved'))).toBe(true);
    // The Notes tab: the outlet beside the note's article, not the host.
    await popup.evaluate(() => (document.querySelectorAll<HTMLElement>('[role="tab"]')[1] as HTMLElement).click());
    expect(await popup.waitFor(() => document.querySelector('.note .note-outlet')?.textContent)).toBe(OUTLET);
    await popup.close();

    // The Notes page: the same name, in the list, in the site filter and in both exports.
    const notes = await browser.openExtensionPage('notes.html');
    expect(await notes.waitFor(() => document.querySelector('.note .note-outlet')?.textContent)).toBe(OUTLET);
    const siteOption = await notes.waitFor(
      () => document.querySelectorAll('.pickers select')[1]?.querySelectorAll('option')[1]?.textContent ?? null,
    );
    expect(siteOption).toBe(OUTLET);
    // Titles and the category/site/date line at 13–14 px (issue #18: 12.6 and 11.9 px).
    const sizes = await notes.evaluate(() =>
      ['.note-article', '.note-meta'].map((selector) =>
        Number.parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize),
      ),
    );
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(13);
    await notes.evaluate(catchDownloads);
    expect(await notes.evaluate(pressButton, 'Export Markdown')).toBe(true);
    const markdown = await notes.waitFor(caughtDownload);
    expect(markdown).toContain(`: ${OUTLET}`);
    expect(markdown).not.toMatch(/: 127\.0\.0\.1$/m);
    await notes.evaluate(() => {
      (window as unknown as { __exports: string[] }).__exports.length = 0;
    });
    expect(await notes.evaluate(pressButton, 'Export JSON')).toBe(true);
    const json = JSON.parse((await notes.waitFor(caughtDownload))!) as { articles: Array<{ site: string; outlet?: string }> };
    expect(json.articles.map((article) => [article.site, article.outlet])).toEqual([['127.0.0.1', OUTLET]]);

    // The Reading view: the outlet by name.
    expect(await notes.evaluate(pressButton, 'Reading')).toBe(true);
    expect(await notes.waitFor(() => document.querySelector('.outlets .outlet-site')?.firstChild?.textContent)).toBe(OUTLET);
    // The notes list is not left showing under the Reading view.
    expect(await notes.evaluate(() => getComputedStyle(document.getElementById('view-panel-notes')!).display)).toBe('none');
    await notes.close();
    await tab.close();
  });
});
