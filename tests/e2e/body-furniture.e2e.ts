/**
 * Issue #18: furniture words judge a block, never the article's ancestors. An article inside a
 * `class="share-container"` element (with WordPress taxonomy classes on it), and one inside a
 * page-wide <form>, get their flags painted; the share bar inside the article does not.
 */
import { expect, test } from 'vitest';
import { inEachBrowser } from './harness/in-each-browser.ts';
import { allSentences, settledHighlights } from './harness/settled-highlights.ts';

const EXPECTED = [
  'Insiders say the closure was agreed weeks ago',
  'reportedly failed two inspections',
  'Critics say the board waited too long',
  'According to people familiar with the plans',
];

inEachBrowser('the article body whatever wraps it', (context) => {
  test.each([
    ['inside a "share-container" ancestor', '/body-share-container.html'],
    ['inside a page-wide <form>', '/body-form.html'],
  ])('an article %s gets its flags painted', async (_where, path) => {
    const { browser, server } = context();
    const tab = await browser.open(server.url(path));
    const sentences = allSentences(await settledHighlights(tab));
    for (const fragment of EXPECTED) expect(sentences.some((sentence) => sentence.includes(fragment))).toBe(true);
    // Furniture inside the article is still left out.
    expect(sentences.some((sentence) => sentence.includes('Share this story'))).toBe(false);
    await tab.close();
  });
});
