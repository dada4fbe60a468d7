/**
 * The interface in the browser's language (issue #21): with the browser set to German, French or
 * Spanish, a flag's card on the article, the popup over it, the Notes page and the settings speak
 * it. Chromium is set with --lang and Playwright's locale (headless Chromium ignores LANGUAGE and
 * LANG); Firefox with intl.locale.requested and a stand-in language pack (language-pack.ts), as a
 * reader's Firefox with that language pack installed. See LaunchOptions in browsers.ts.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type BrowserName, type ExtensionBrowser, LAUNCHERS, unavailableReason } from './harness/browsers.ts';
import { captureDriverPages } from './harness/card-driver.ts';
import { openCardOn } from './harness/card-probes.ts';
import { EXTENSION_DIRS } from './harness/extension-build.ts';
import { bodyFontSize, lastTabId, listedFlagCues, profileLine } from './harness/popup-probes.ts';
import { type FixtureServer, startFixtureServer } from './harness/server.ts';
import { settledHighlights } from './harness/settled-highlights.ts';

captureDriverPages();

/** What a reader of each language reads: a category's meaning in the card, the profile line over the seed article (8 flags), the tabs, the titles. */
const EXPECTED = {
  de: {
    anonymousMeaning: 'Stützt sich auf Personen, die nicht genannt werden',
    profile: /^Ungenannte Quellen in 8 von \d+ Sätzen$/,
    popupTabs: ['Diese Seite', 'Notizen'],
    flagsHeading: 'Markierte Sätze',
    notesTabs: ['Notizen', 'Lektüre'],
    notesTitle: 'Sourcelight-Notizen',
    settingsTitle: 'Sourcelight-Einstellungen',
  },
  fr: {
    anonymousMeaning: 'Repose sur des personnes qui ne sont pas nommées',
    profile: /^Sources non nommées dans 8 des \d+ phrases$/,
    popupTabs: ['Cette page', 'Notes'],
    flagsHeading: 'Phrases signalées',
    notesTabs: ['Notes', 'Lectures'],
    notesTitle: 'Notes Sourcelight',
    settingsTitle: 'Paramètres de Sourcelight',
  },
  es: {
    anonymousMeaning: 'Se apoya en personas que no se nombran',
    profile: /^Fuentes no identificadas en 8 de \d+ frases$/,
    popupTabs: ['Esta página', 'Notas'],
    flagsHeading: 'Frases marcadas',
    notesTabs: ['Notas', 'Lecturas'],
    notesTitle: 'Notas de Sourcelight',
    settingsTitle: 'Configuración de Sourcelight',
  },
} as const;

const tabNames = () => [...document.querySelectorAll('[role="tab"]')].map((tab) => tab.textContent?.trim());
const headings = () => [...document.querySelectorAll('h1, h2, h3')].map((heading) => heading.textContent?.trim());

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  for (const language of Object.keys(EXPECTED) as (keyof typeof EXPECTED)[]) {
    const expected = EXPECTED[language];
    describe.skipIf(unavailableReason(name) !== null)(`the interface in ${language} [${name}]`, () => {
      let browser: ExtensionBrowser | undefined;
      let server: FixtureServer | undefined;
      beforeAll(async () => {
        server = await startFixtureServer();
        browser = await LAUNCHERS[name](EXTENSION_DIRS[name], { language });
      });
      afterAll(async () => {
        await browser?.close();
        await server?.close();
      });

      test('the card and the popup over an article, the Notes page and the settings', async () => {
        const tab = await browser!.open(server!.url('/seed-news.html'));
        await settledHighlights(tab);
        const { card } = await openCardOn(tab, 'sourcelight-anonymous');
        expect(card.text).toContain(expected.anonymousMeaning);
        await tab.hover(2, 2);
        const helper = await browser!.openExtensionPage('options.html');
        const tabId = await helper.evaluate(lastTabId);
        expect(await helper.waitFor(() => document.title)).toBe(expected.settingsTitle);
        // The page says which language it is in: screen readers and hyphenation follow it.
        expect(await helper.evaluate(() => document.documentElement.lang)).toBe(language);
        await helper.close();

        const popup = await browser!.openExtensionPage(`popup.html?tab=${tabId}`);
        expect(await popup.waitFor(profileLine)).toMatch(expected.profile);
        expect(await popup.evaluate(tabNames)).toEqual(expected.popupTabs);
        expect(await popup.evaluate(headings)).toContain(expected.flagsHeading);
        // The cues are the article's own words, in its own language, whatever the interface's.
        expect(await popup.evaluate(listedFlagCues)).toContain('reportedly');
        // Longer words must not push the popup's text below the 13 px of issue #11.
        expect(await popup.evaluate(bodyFontSize)).toBeGreaterThanOrEqual(13);
        await popup.close();
        await tab.close();

        const notes = await browser!.openExtensionPage('notes.html');
        await notes.waitFor(() => document.querySelector('.empty'));
        expect(await notes.evaluate(tabNames)).toEqual(expected.notesTabs);
        expect(await notes.evaluate(() => document.title)).toBe(expected.notesTitle);
        await notes.close();
      });
    });
  }
}
