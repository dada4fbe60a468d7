import { expect, test } from 'vitest';
import { inEachBrowser } from './harness/in-each-browser.ts';
import { generateLongArticle, LONG_ARTICLE_PARAGRAPHS } from './pages/generate-long-article.ts';
import { highlightIncludes } from './harness/page-probes.ts';
import { allSentences, settledHighlights } from './harness/settled-highlights.ts';
import { expectSeedFlags } from './harness/seed-page.ts';

const NOT_PAINTED_WAIT_MS = 1_500;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

inEachBrowser(
  'in the page',
  (context) => {
    test('a realistic news page: only the eight body sentences are flagged, and the badge says 8', async () => {
      const { browser, server } = context();
      const tab = await browser.open(server.url('/seed-news.html'));
      const painted = await settledHighlights(tab);
      expectSeedFlags(painted);
      expect(allSentences(painted).some((sentence) => sentence.startsWith('Sources say the campaign'))).toBe(false);
      expect(await browser.badgeText()).toBe('8');
      await tab.close();
    });

    test('a page that is no article: nothing flagged, no badge', async () => {
      const { browser, server } = context();
      const tab = await browser.open(server.url('/not-article.html'));
      await sleep(NOT_PAINTED_WAIT_MS);
      expect(allSentences(await settledHighlights(tab, { allowNone: true }))).toEqual([]);
      expect(await browser.badgeText()).toBe('');
      await tab.close();
    });

    test('a body that arrives a second after load is flagged when it comes', async () => {
      const { browser, server } = context();
      const tab = await browser.open(server.url('/late-body.html'));
      await tab.waitFor(() => document.documentElement.dataset.bodyLoaded === 'true');
      const sentences = allSentences(await settledHighlights(tab));
      expect(sentences).toContainEqual(expect.stringMatching(/^Officials familiar with the budget said/));
      expect(sentences).toContainEqual(expect.stringMatching(/^The county reportedly considered/));
      expect(sentences.some((sentence) => sentence.includes('Ana Whitlock'))).toBe(false);
      await tab.close();
    });

    test('an app that swaps its article with pushState: flags follow, forward and back', async () => {
      const { browser, server } = context();
      const tab = await browser.open(server.url('/spa.html'));
      const first = allSentences(await settledHighlights(tab));
      expect(first).toContainEqual(expect.stringMatching(/^People close to the operator said/));

      await tab.click('#next');
      await tab.waitFor(() => document.documentElement.dataset.story === 'second');
      await tab.waitFor(highlightIncludes, ['sourcelight-hedged', 'is said to'] as const);
      const second = allSentences(await settledHighlights(tab));
      expect(second).toContainEqual(expect.stringMatching(/according to reports/));
      expect(second.some((sentence) => sentence.startsWith('People close to the operator'))).toBe(false);

      await tab.click('#back');
      await tab.waitFor(() => document.documentElement.dataset.story === 'first');
      await tab.waitFor(highlightIncludes, ['sourcelight-anonymous', 'People close'] as const);
      const back = allSentences(await settledHighlights(tab));
      expect(back.some((sentence) => sentence.includes('is said to'))).toBe(false);
      await tab.close();
    });

    test('a hostile page: its text stays text, its overrides do not reach us, and it keeps working', async () => {
      const { browser, server } = context();
      const tab = await browser.open(server.url('/hostile.html'));
      const sentences = allSentences(await settledHighlights(tab));
      expect(sentences).toContainEqual(expect.stringContaining('<img src=x onerror=alert(1)>'));
      expect(sentences).toContainEqual(expect.stringContaining('<script>alert(1)</script>'));
      const page = await tab.evaluate(() => ({ images: document.images.length, scripts: document.scripts.length }));
      expect(page).toEqual({ images: 0, scripts: 2 });
      await tab.click('#counter');
      await tab.click('#counter');
      expect(await tab.evaluate(() => document.getElementById('count')!.textContent)).toBe('2');
      await tab.close();
    });

    test(`a ${LONG_ARTICLE_PARAGRAPHS.toLocaleString('en')}-paragraph article is flagged to the end, painted as the reader scrolls`, async () => {
      const { browser, server } = context();
      const tab = await browser.open(server.url('/long-article.html'));
      const cuedParagraphs = Math.floor((LONG_ARTICLE_PARAGRAPHS - 4) / 7) + 1;
      // At first only what is near the window is painted…
      const first = allSentences(await settledHighlights(tab));
      expect(first.length).toBeGreaterThan(0);
      expect(first.length).toBeLessThan(cuedParagraphs / 2);
      // …and the rest as the reader comes to it: two screens a frame, to the end.
      await tab.evaluate(async () => {
        const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        for (let y = 0; y < document.documentElement.scrollHeight; y += 2 * innerHeight) {
          scrollTo(0, y);
          await frame();
        }
      });
      const sentences = allSentences(await settledHighlights(tab));
      expect(sentences).toHaveLength(cuedParagraphs);
      await tab.close();
    }, 120_000);
  },
  { '/long-article.html': () => generateLongArticle() },
);
