/**
 * What a reader decides and sees on a page: teaser lists are not flagged, a dismissed flag goes
 * and stays gone (until undone), highlights hide and come back, and an article read shows up in
 * the reading record on the Notes page.
 */
import { expect, test } from 'vitest';
import type { PageReport } from '../../contract/messages.ts';
import { inEachBrowser } from './harness/in-each-browser.ts';
import { countHighlights, FLAG_HIGHLIGHTS } from './harness/page-probes.ts';
import { allSentences, settledHighlights } from './harness/settled-highlights.ts';
import { badgeSays } from './harness/wait-for.ts';

const TEASERS = [
  'port deal is close to collapse',
  'new terminal is already too small',
  'Harbour master reportedly',
  'Read more: sources say',
];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

inEachBrowser('the reader’s choices', (context) => {
  test('a list of linked headlines inside the article is not flagged, and the badge counts the body only', async () => {
    const { browser, server } = context();
    const tab = await browser.open(server.url('/teasers.html'));
    const sentences = allSentences(await settledHighlights(tab));
    expect(sentences.filter((sentence) => TEASERS.some((teaser) => sentence.includes(teaser)))).toEqual([]);
    expect(sentences).toContainEqual(expect.stringMatching(/^Insiders say the increase/));
    expect(await browser.badgeText()).toBe(String(sentences.length));
    await tab.close();
  });

  test('a dismissed flag is unpainted, uncounted, still dismissed after a reload, and comes back on undo', async () => {
    const { browser, server } = context();
    const tab = await browser.open(server.url('/seed-news.html?dismiss'));
    const before = allSentences(await settledHighlights(tab)).length;
    const report = (await browser.pageReport()) as PageReport;
    const target = report.flags[1]!;
    await browser.askPage({ type: 'page/dismiss-flag', id: target.id, dismissed: true });
    expect(await tab.evaluate(countHighlights, FLAG_HIGHLIGHTS)).toBe(before - 1);
    // The badge follows the count a moment later (it is updated at most every so often).
    expect(await badgeSays(browser, String(before - 1))).toBe(String(before - 1));

    await tab.reload();
    await settledHighlights(tab);
    const again = (await browser.pageReport()) as PageReport;
    expect(again.dismissed.map((flag) => flag.key)).toEqual([target.key]);
    expect(again.flags).toHaveLength(before - 1);

    await browser.askPage({ type: 'page/dismiss-flag', id: again.dismissed[0]!.id, dismissed: false });
    expect(await tab.evaluate(countHighlights, FLAG_HIGHLIGHTS)).toBe(before);
    await tab.close();
  });

  test('highlights hide on this page and come back', async () => {
    const { browser, server } = context();
    const tab = await browser.open(server.url('/seed-news.html?hide'));
    const before = allSentences(await settledHighlights(tab)).length;
    expect(await browser.askPage({ type: 'page/set-hidden' })).toBe(true);
    expect(await tab.evaluate(countHighlights, FLAG_HIGHLIGHTS)).toBe(0);
    expect((await browser.pageReport()).hidden).toBe(true);
    expect(await browser.askPage({ type: 'page/set-hidden' })).toBe(false);
    expect(await tab.evaluate(countHighlights, FLAG_HIGHLIGHTS)).toBe(before);
    await tab.close();
  });

  test('a kind of flag switched off in the settings leaves the open page at once, and comes back', async () => {
    const { browser, server } = context();
    const tab = await browser.open(server.url('/seed-news.html?settings'));
    const before = await settledHighlights(tab);
    const anonymous = before['sourcelight-anonymous']!.length;
    const all = allSentences(before).length;
    expect(anonymous).toBeGreaterThan(0);
    expect(all).toBeGreaterThan(anonymous);
    const settingsPage = await browser.openExtensionPage('options.html');
    const store = (enabledCategories: string[]) =>
      settingsPage.evaluate((categories) => {
        const extension = globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } };
        return extension.chrome.storage.local.set({ settings: { enabledCategories: categories } });
      }, enabledCategories);
    const painted = (names: readonly string[], count: number) =>
      tab.waitFor(
        ([probe, expected]) => {
          const registry = (globalThis as unknown as { CSS: { highlights: Map<string, Set<unknown>> } }).CSS.highlights;
          let total = 0;
          for (const name of probe) total += registry.get(name)?.size ?? 0;
          return total === expected;
        },
        [names, count] as const,
      );

    await store(['anonymous']);
    await painted(FLAG_HIGHLIGHTS, anonymous);
    expect(await tab.evaluate(countHighlights, ['sourcelight-anonymous'])).toBe(anonymous);
    await store(['anonymous', 'vague', 'secondhand', 'hedged']);
    await painted(FLAG_HIGHLIGHTS, all);
    await settingsPage.close();
    await tab.close();
  });

  test('an article read is in the reading record, with its outlet and share', async () => {
    const { browser, server } = context();
    const tab = await browser.open(server.url('/seed-news.html?read'));
    await settledHighlights(tab);
    await sleep(500);
    await tab.close();
    const notes = await browser.openExtensionPage('notes.html#view=reading');
    const row = await notes.waitFor(() => {
      const cells = document.querySelectorAll('table.outlets tbody tr');
      return cells.length ? (cells[0]!.textContent ?? '') : null;
    });
    // The outlet by the page's own name for itself (og:site_name), not its host (issue #18).
    expect(row).toContain('OK!');
    expect(row).toMatch(/\d+\s*%/);
    await notes.close();
  });
});
