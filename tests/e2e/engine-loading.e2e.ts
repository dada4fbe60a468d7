/**
 * The engine (body extraction, painting, the card) is injected only where it is needed: on
 * articles, and when the reader asks for a scan or to see their notes on a page. The
 * always-on loader is all other pages get. The engine marks `sourcelight-engine` when it starts.
 */
import { expect, test } from 'vitest';
import type { PageReport } from '../../contract/messages.ts';
import { inEachBrowser } from './harness/in-each-browser.ts';
import { allSentences, settledHighlights } from './harness/settled-highlights.ts';

const QUIET_MS = 1500;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const engineStarted = () => performance.getEntriesByName('sourcelight-engine').length > 0;

inEachBrowser('the engine only where it is needed', (context) => {
  test('an article gets the engine', async () => {
    const { browser, server } = context();
    const tab = await browser.open(server.url('/seed-news.html'));
    await settledHighlights(tab);
    expect(await tab.evaluate(engineStarted)).toBe(true);
    await tab.close();
  });

  test('a page that is no article does not, until the reader asks for a scan; then it is flagged', async () => {
    const { browser, server } = context();
    const tab = await browser.open(server.url('/not-article.html'));
    await sleep(QUIET_MS);
    expect(await tab.evaluate(engineStarted)).toBe(false);
    expect((await browser.pageReport()).state).toBe('not-article');

    const scanned = (await browser.askPage({ type: 'page/scan' })) as PageReport;
    expect(scanned.state).toBe('ready');
    expect(scanned.flags.length).toBeGreaterThan(0);
    expect(await tab.evaluate(engineStarted)).toBe(true);
    expect(allSentences(await settledHighlights(tab)).length).toBe(scanned.flags.length);
    await tab.close();
  });

  test('a page that is no article but holds a note gets the engine only when the reader asks to see the note', async () => {
    const { browser, server } = context();
    const tab = await browser.open(server.url('/not-article.html?with-note'));
    const scanned = (await browser.askPage({ type: 'page/scan' })) as PageReport;
    expect(scanned.flags.length).toBeGreaterThan(0);
    const draft = await browser.askPage({ type: 'page/flag-draft', id: scanned.flags[0]!.id });
    expect(draft).toMatchObject({ quote: { exact: scanned.flags[0]!.sentence.text } });
    await browser.saveNote(draft);
    // A later visit: the note alone brings nothing to the page (issue #19).
    await tab.reload();
    await sleep(QUIET_MS);
    expect(await tab.evaluate(engineStarted)).toBe(false);

    // "Show my notes on this page": the engine comes, and the note is found.
    await browser.askPage({ type: 'page/show-notes' });
    await tab.waitFor(engineStarted);
    for (let tries = 0; tries < 50 && (await browser.pageReport()).notesFound !== 1; tries++) await sleep(100);
    expect((await browser.pageReport()).notesFound).toBe(1);
    await tab.close();
  });
});
