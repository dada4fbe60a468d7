/**
 * Issue #19 in real browsers: what a hostile page learns of the reader. It compares what it sees
 * with and without a note of the reader's, on an article and on a page that is no article; it
 * probes with `pushState`; it defines a custom element for every new element it sees. It must
 * learn nothing: the same elements, timeline and registry either way, nothing at all on a page
 * that is no article (the notes are on the badge, marked only when the reader asks), and no
 * constructor of its own run on Sourcelight's hosts.
 */
import { expect, test } from 'vitest';
import type { ExtensionBrowser, Tab } from './harness/browsers.ts';
import { captureDriverPages } from './harness/card-driver.ts';
import { openCard, openCardOn } from './harness/card-probes.ts';
import { inEachBrowser } from './harness/in-each-browser.ts';
import { lastTabId, pressButton } from './harness/popup-probes.ts';
import { HOSTILE_OBSERVER, type PageKnowledge, pageSees, pushAddress } from './harness/privacy-probes.ts';
import { settledHighlights } from './harness/settled-highlights.ts';
import { badgeSays, waitFor } from './harness/wait-for.ts';

captureDriverPages();

/** Long enough for the loader, the background's notes watch and any engine to have acted. */
const QUIET_MS = 2000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const NOTE_WORDS = 'Critics say inspection budgets have not kept up with ageing steel structures.';
const NOTHING: Omit<PageKnowledge, 'highlights'> = { added: [], attributes: [], upgraded: [], timeline: [], globals: [] };

/** The page that opened last, once its saved passages have been looked for: how many were found. */
const notesFound = (browser: ExtensionBrowser) =>
  waitFor(
    async () => (await browser.pageReport()).notesFound,
    (found) => found > 0,
    'the saved passage was found',
  );

/** An article opened by the hostile page, settled, and what it learnt. */
async function watchArticle(browser: ExtensionBrowser, url: string, noted: boolean): Promise<[Tab, PageKnowledge]> {
  const tab = await browser.open(url, { initScript: HOSTILE_OBSERVER });
  await settledHighlights(tab);
  if (noted) expect(await notesFound(browser)).toBe(1);
  await sleep(QUIET_MS);
  return [tab, await tab.evaluate(pageSees)];
}

inEachBrowser('what a hostile page learns of the reader', (context) => {
  test('an article looks the same to its page with a note of the reader’s and without', async () => {
    const { browser, server } = context();
    const noted = server.url('/seed-news.html?privacy-noted');
    const first = await browser.open(noted);
    await settledHighlights(first);
    await browser.saveNote(await browser.askPage({ type: 'page/flag-draft', id: 0 }));
    await first.close();

    const [plainTab, without] = await watchArticle(browser, server.url('/seed-news.html?privacy-plain'), false);
    await plainTab.close();
    const [notedTab, withNote] = await watchArticle(browser, noted, true);
    // Before issue #19 the overlay that marks saved passages came only with a note: an element
    // under <html> the page could test for.
    expect(withNote.added).toEqual(without.added);
    expect(withNote.attributes).toEqual(without.attributes);
    expect(withNote.timeline).toEqual(without.timeline);
    expect(withNote.highlights).toEqual(without.highlights);
    expect(withNote.globals).toEqual([]);
    expect(withNote.upgraded).toEqual([]);
    await notedTab.close();
  });

  test('a page that defines every element it sees runs no code on Sourcelight’s hosts, and the card still opens', async () => {
    const { browser, server } = context();
    const tab = await browser.open(server.url('/seed-news.html?privacy-define'), { initScript: HOSTILE_OBSERVER });
    await settledHighlights(tab);
    const { driver } = await openCardOn(tab, 'sourcelight-anonymous');
    expect(await driver.inCard(openCard)).not.toBeNull();
    const seen = await tab.evaluate(pageSees);
    // Before issue #19 the hosts' made-up names were custom elements' names: the page upgraded them.
    expect(seen.upgraded).toEqual([]);
    // The overlay's and the card's hosts are there all the same, and the page saw them appear.
    expect(seen.added.filter((added) => added.endsWith(' in <html>')).length).toBeGreaterThanOrEqual(2);
    await tab.close();
  });

  test('a page that is no article learns nothing of a note there; the badge counts it; the reader shows it', async () => {
    const { browser, server } = context();
    const noted = server.url('/not-article.html?privacy-noted');
    await browser.saveNote({ articleUrl: noted, quote: { exact: NOTE_WORDS, prefix: '', suffix: '' } });

    const plain = await browser.open(server.url('/not-article.html?privacy-plain'), { initScript: HOSTILE_OBSERVER });
    await sleep(QUIET_MS);
    const without = await plain.evaluate(pageSees);
    await plain.close();
    const tab = await browser.open(noted, { initScript: HOSTILE_OBSERVER });
    await sleep(QUIET_MS);
    const withNote = await tab.evaluate(pageSees);
    // Before issue #19 the engine came to this page only because of the note: its mark, its
    // measures, its style sheet were a plain oracle.
    expect(withNote).toEqual(without);
    expect(withNote).toMatchObject(NOTHING);
    // The reader sees it where the page cannot: on the toolbar badge.
    expect(await badgeSays(browser, '1')).toBe('1');

    // The popup (its page, looking at this tab) says so, and on the reader's word marks the note.
    const helper = await browser.openExtensionPage('options.html');
    const tabId = await helper.evaluate(lastTabId);
    await helper.close();
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    expect(await popup.waitFor(() => document.body.textContent?.includes('You keep 1 note on this page') || null)).toBe(true);
    expect(await popup.evaluate(pressButton, 'Show my notes on this page')).toBe(true);
    expect(await popup.waitFor(() => document.body.textContent?.includes('1 saved note on this page') || null)).toBe(true);
    await popup.close();
    expect(await notesFound(browser)).toBe(1);
    await tab.close();
  });

  test('the badge follows a note deleted on the Notes page, which writes the notes itself', async () => {
    const { browser, server } = context();
    const noted = server.url('/not-article.html?privacy-deleted');
    await browser.saveNote({ articleUrl: noted, quote: { exact: NOTE_WORDS, prefix: '', suffix: '' } });
    const tab = await browser.open(noted);
    expect(await badgeSays(browser, '1')).toBe('1');
    const notesPage = await browser.openExtensionPage('notes.html');
    expect(await notesPage.waitFor(() => document.body.textContent?.includes('Critics say inspection budgets') || null)).toBe(
      true,
    );
    expect(await notesPage.evaluate(pressButton, 'Delete')).toBe(true);
    expect(await notesPage.waitFor(() => document.body.textContent?.includes('Note deleted.') || null)).toBe(true);
    await notesPage.close();
    // The background heard the Notes page's write and counted the tab's notes again.
    expect(await badgeSays(browser, '')).toBe('');
    await tab.close();
  });

  test('a page that moves its address with pushState finds no trace of Sourcelight, not even at an address with a note', async () => {
    const { browser, server } = context();
    await browser.saveNote({
      articleUrl: server.url('/not-article.html?privacy-pushed'),
      quote: { exact: NOTE_WORDS, prefix: '', suffix: '' },
    });
    const tab = await browser.open(server.url('/not-article.html?privacy-spa'), { initScript: HOSTILE_OBSERVER });
    await sleep(QUIET_MS);
    await tab.evaluate(pushAddress, '/not-article.html?privacy-elsewhere');
    await sleep(500);
    await tab.evaluate(pushAddress, '/not-article.html?privacy-pushed');
    await sleep(QUIET_MS);
    const seen = await tab.evaluate(pageSees);
    expect(seen).toMatchObject(NOTHING);
    expect(seen.highlights).toEqual([]);
    // The badge followed the address to the note; the page did not learn of it.
    expect(await badgeSays(browser, '1')).toBe('1');
    await tab.close();
  });
});
