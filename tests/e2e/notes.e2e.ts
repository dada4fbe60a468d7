import { expect, test } from 'vitest';
import { LAUNCHERS } from './browsers.ts';
import { cardStatus, highlightTexts, pointOnHighlight, saveFromCard, visibleCardText } from './card-probes.ts';
import { EXTENSION_DIRS } from './extension-build.ts';
import { inEachBrowser } from './in-each-browser.ts';
import {
  caughtDownload,
  catchDownloads,
  chooseImportFile,
  emptyNotesMessage,
  listedNotes,
  pressButton,
  transferMessage,
} from './popup-probes.ts';
import { settledHighlights } from './settled-highlights.ts';

const COMMENT = 'Which insiders? Check with the campaign.';
const NOTES_PAGE = 'popup.html#notes';

/** The notes of an export, without the moment it was made. */
const notesOf = (json: string) => {
  const parsed = JSON.parse(json) as { format: string; notes: unknown[]; articles: unknown[] };
  return { format: parsed.format, notes: parsed.notes, articles: parsed.articles };
};

inEachBrowser('notes', (context) => {
  test('save a flag with a comment, reload, find it again, list it, export it, import it into a fresh profile', async () => {
    const { browser, server } = context();
    const articleUrl = server.url('/seed-news.html');

    // Save from the hover card.
    const tab = await browser.open(articleUrl);
    const sentence = (await settledHighlights(tab))['sourcelight-anonymous']![0]!;
    const point = await tab.evaluate(pointOnHighlight, 'sourcelight-anonymous');
    await tab.hover(point!.x, point!.y);
    await tab.waitFor(visibleCardText);
    await tab.evaluate(saveFromCard, [COMMENT, 'sourcing'] as const);
    await tab.waitFor(() =>
      document.querySelector('sourcelight-ui')?.shadowRoot?.querySelector('.status')?.textContent?.startsWith('Saved'),
    );
    expect(await tab.evaluate(cardStatus)).toBe('Saved to your notes.');

    // A later visit: the passage is found and painted as a note.
    await tab.reload();
    await settledHighlights(tab);
    await tab.waitFor(() => (CSS.highlights.get('sourcelight-note')?.size ?? 0) > 0);
    expect(await tab.evaluate(highlightTexts, 'sourcelight-note')).toEqual([sentence]);
    await tab.close();

    // The Notes tab lists it with its comment.
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
      await again.waitFor(() => (CSS.highlights.get('sourcelight-note')?.size ?? 0) > 0);
      expect(await again.evaluate(highlightTexts, 'sourcelight-note')).toEqual([sentence]);
    } finally {
      await fresh.close();
    }
  });
});
