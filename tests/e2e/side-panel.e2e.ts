/**
 * The side panel, where a note's comment is written beside the page instead of in it (issues #18
 * and #19). Chromium: Save as note on the card opens the real side panel on the note. Firefox
 * opens its sidebar only from its own UI (a click in a web page does not count) and WebDriver
 * BiDi cannot reach the sidebar: there the card says how to open it, and the panel's page is
 * opened in a tab for the article's tab (`sidepanel.html?tab=<id>`), the page Firefox's sidebar shows.
 *
 * The page listens for keys and input in the capture phase on its window the whole time: it must
 * hear none of the comment.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { captureDriverPages, driveCard } from './harness/card-driver.ts';
import { openCardOn, pressInCard, settledStatus } from './harness/card-probes.ts';
import { EXTENSION_DIRS } from './harness/extension-build.ts';
import { inEachBrowser } from './harness/in-each-browser.ts';
import { listedNotes, lastTabId } from './harness/popup-probes.ts';
import {
  capturePanelProfiles,
  commentFieldCentre,
  findChromiumSidePanel,
  heardByPage,
  KEY_LOGGER,
  panelNoteState,
  panelNoteStatus,
  panelProfileLine,
  saveButtonCentre,
} from './harness/side-panel-driver.ts';
import { settledHighlights } from './harness/settled-highlights.ts';

captureDriverPages();
capturePanelProfiles();

const COMMENT = 'Which insiders? Ask the ministry';
const TAGS = 'border';

/** A reader's hands in the panel: a real click and real keys, wherever the panel is. */
interface PanelHands {
  waitFor<T>(probe: () => T): Promise<NonNullable<T>>;
  click(point: { x: number; y: number }): Promise<void>;
  type(text: string): Promise<void>;
  press(key: string): Promise<void>;
  close(): Promise<void>;
}

inEachBrowser('the side panel', (context) => {
  test('Save as note opens the note beside the page; the comment typed there is saved, shown in the popup, and never heard by the page', async () => {
    const { browser, server } = context();
    const tab = await browser.open(server.url('/seed-news.html'), { initScript: KEY_LOGGER });
    const sentence = (await settledHighlights(tab))['sourcelight-anonymous']![0]!;

    // The reader saves the flag from its card: no field in the page, the note goes beside it.
    const { driver } = await openCardOn(tab, 'sourcelight-anonymous');
    await pressInCard(driver, 'Save as note');
    const status = await driver.waitInCard(settledStatus);

    let hands: PanelHands;
    let thenElsewhere: (() => Promise<void>) | undefined;
    if (browser.name === 'chromium') {
      expect(status).toBe('Saved. Add a comment and tags in the side panel.');
      const panel = await findChromiumSidePanel();
      // The real panel follows the reader: another tab, then back to the article.
      thenElsewhere = async () => {
        const other = await browser.open(server.url('/not-article.html'));
        await panel.page.waitForFunction(() =>
          /look like an article/.test(document.querySelector('.panel-page')?.textContent ?? ''),
        );
        expect(await panel.page.evaluate(() => document.querySelector('.panel-note')?.textContent)).toMatch(
          /Save a flag as a note/,
        );
        await (await driveCard(tab)).bringToFront();
        await panel.page.waitForFunction(() => document.querySelector('.panel-passage'));
        expect(await panel.page.evaluate(panelNoteState)).toEqual({ passage: sentence, status: '' });
        await other.close();
      };
      hands = {
        waitFor: async (probe) =>
          (await panel.page.waitForFunction(probe, undefined, { timeout: 15_000, polling: 50 })).jsonValue() as never,
        click: ({ x, y }) => panel.page.mouse.click(x, y),
        type: (text) => panel.page.keyboard.type(text),
        press: (key) => panel.page.keyboard.press(key),
        close: () => panel.close(),
      };
    } else {
      expect(status).toMatch(/^Saved\. To add a comment and tags, open Sourcelight’s side panel/);
      const helper = await browser.openExtensionPage('options.html');
      const tabId = await helper.evaluate(lastTabId);
      await helper.close();
      const panelTab = await browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
      const panelDriver = await driveCard(panelTab);
      hands = {
        waitFor: (probe) => panelTab.waitFor(probe) as never,
        click: ({ x, y }) => panelDriver.click(x, y),
        type: (text) => panelDriver.type(text),
        press: (key) => panelDriver.press(key),
        close: () => panelTab.close(),
      };
    }

    // The panel shows the note just saved, and This page beside it.
    expect((await hands.waitFor(panelNoteState)).passage).toBe(sentence);
    expect(await hands.waitFor(panelProfileLine)).toMatch(/^8 of \d+ sentences rest on unnamed sourcing/);

    await hands.click(await hands.waitFor(commentFieldCentre));
    await hands.type(COMMENT);
    await hands.press('Tab');
    await hands.type(TAGS);
    await hands.click(await hands.waitFor(saveButtonCentre));
    expect(await hands.waitFor(panelNoteStatus)).toBe('Saved to your notes.');

    // Issue #19: the page's capture listeners heard nothing of what the reader wrote.
    const heard = await tab.evaluate(heardByPage);
    expect(heard).toEqual([]);
    // …though they do hear keys pressed in the page itself: the listener works.
    await tab.press('x');
    expect(await tab.waitFor(() => (window as unknown as { __heard: string[] }).__heard.includes('keydown:x'))).toBe(true);

    // The note, with its comment, is in the popup's Notes tab.
    const popup = await browser.openExtensionPage('popup.html#notes');
    expect(await popup.waitFor(listedNotes)).toEqual([{ passage: sentence, comment: COMMENT }]);
    await popup.close();

    await thenElsewhere?.();
    await hands.close();
    await tab.close();
  });
});

test('each build declares its panel and a keyboard command that opens it', () => {
  const manifest = (dir: string) => JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));
  const chrome = manifest(EXTENSION_DIRS.chromium);
  expect(chrome.side_panel).toEqual({ default_path: 'sidepanel.html' });
  expect(chrome.permissions).toContain('sidePanel');
  expect(chrome.commands['open-panel'].suggested_key.default).toBe('Alt+Shift+O');
  // sidePanel.open(), which opens the panel on a note and from the command, came in Chrome 116.
  expect(Number(chrome.minimum_chrome_version)).toBeGreaterThanOrEqual(116);
  const firefox = manifest(EXTENSION_DIRS.firefox);
  expect(firefox.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html', open_at_install: false });
  expect(firefox.commands._execute_sidebar_action.suggested_key.default).toBe('Alt+Shift+O');
});
