import { expect, test } from 'vitest';
import { type ExtensionBrowser, LAUNCHERS } from './harness/browsers.ts';
import { captureDriverPages } from './harness/card-driver.ts';
import { saveAsReader } from './harness/card-probes.ts';
import { EXTENSION_DIRS } from './harness/extension-build.ts';
import { inEachBrowser } from './harness/in-each-browser.ts';
import {
  caughtDownload,
  catchDownloads,
  chooseImportFile,
  emptyNotesMessage,
  listedNotes,
  pressButton,
  transferMessage,
} from './harness/popup-probes.ts';
import { settledHighlights } from './harness/settled-highlights.ts';

captureDriverPages();

// Saved from the card, a note has no comment: it is written in the side panel (side-panel.e2e.ts).
const COMMENT = '';
const NOTES_PAGE = 'notes.html';

/** The notes of an export, without the moment it was made. */
const notesOf = (json: string) => {
  const parsed = JSON.parse(json) as { format: string; notes: unknown[]; articles: unknown[] };
  return { format: parsed.format, notes: parsed.notes, articles: parsed.articles };
};

/** The page says one saved passage was found again, and none is missing. */
async function expectNoteFound(browser: ExtensionBrowser): Promise<void> {
  for (let tries = 0; tries < 50; tries++) {
    const report = await browser.pageReport();
    if (report.notesFound === 1 && report.orphanNoteIds.length === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('The saved passage was not found again on the page.');
}

inEachBrowser('notes', (context) => {
  test('save a flag from the card, reload, find it again, list it, export it, import it into a fresh profile', async () => {
    const { browser, server } = context();
    const articleUrl = server.url('/seed-news.html');

    // Save from the hover card.
    const tab = await browser.open(articleUrl);
    const sentence = (await settledHighlights(tab))['sourcelight-anonymous']![0]!;
    expect(await saveAsReader(tab, 'sourcelight-anonymous')).toMatch(/^Saved\./);

    // A later visit: the passage is found and marked, out of the page's reach (no registry entry).
    await tab.reload();
    await settledHighlights(tab);
    await expectNoteFound(browser);
    expect(await tab.evaluate(() => [...CSS.highlights.keys()].filter((name) => name.includes('note')))).toEqual([]);
    await tab.close();

    // The Notes page lists it with its comment.
    const notesPage = await browser.openExtensionPage(NOTES_PAGE);
    const listed = await notesPage.waitFor(listedNotes);
    expect(listed).toEqual([{ passage: sentence, comment: COMMENT }]);

    // Export JSON.
    await notesPage.evaluate(catchDownloads);
    expect(await notesPage.evaluate(pressButton, 'Export JSON')).toBe(true);
    const exported = (await notesPage.waitFor(caughtDownload))!;
    await notesPage.close();
    const original = notesOf(exported);
    expect(original.notes).toHaveLength(1);

    // A fresh profile: no notes, then the import brings the same ones.
    const fresh = await LAUNCHERS[browser.name](EXTENSION_DIRS[browser.name]);
    try {
      const freshNotes = await fresh.openExtensionPage(NOTES_PAGE);
      expect(await freshNotes.waitFor(emptyNotesMessage)).toContain('No notes yet');
      expect(await freshNotes.evaluate(chooseImportFile, exported)).toBe(true);
      expect(await freshNotes.waitFor(transferMessage)).toBe('Imported 1 note (0 already there)');
      expect(await freshNotes.waitFor(listedNotes)).toEqual([{ passage: sentence, comment: COMMENT }]);

      await freshNotes.evaluate(catchDownloads);
      await freshNotes.evaluate(pressButton, 'Export JSON');
      expect(notesOf((await freshNotes.waitFor(caughtDownload))!)).toEqual(original);

      // A malformed file is refused and the notes stay as they were.
      await freshNotes.evaluate(chooseImportFile, '{"format":"sourcelight-notes","version":1,"notes":[{"id":1}]}');
      expect(await freshNotes.waitFor(transferMessage)).toMatch(/^Nothing imported: /);
      expect(await freshNotes.evaluate(listedNotes)).toEqual([{ passage: sentence, comment: COMMENT }]);
      await freshNotes.close();

      // And the imported note is found on the article in the new profile too.
      const again = await fresh.open(articleUrl);
      await settledHighlights(again);
      await expectNoteFound(fresh);
    } finally {
      await fresh.close();
    }
  });
});
