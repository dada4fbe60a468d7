import { expect, test } from 'vitest';
import { inEachBrowser } from './in-each-browser.ts';
import { countHighlights } from './page-probes.ts';
import { expectSeedFlags, SEED_FLAGS, seedArticleHtml } from './seed-page.ts';
import { settledHighlights } from './settled-highlights.ts';

inEachBrowser(
  'seed article as a plain page',
  (context) => {
    test('the eight seed sentences are highlighted, each in its category, with their cues', async () => {
      const { browser, server } = context();
      const tab = await browser.open(server.url('/seed-article.html'));
      expectSeedFlags(await settledHighlights(tab));
      expect(await tab.evaluate(countHighlights, ['sourcelight-cue'])).toBe(SEED_FLAGS.length);
      await tab.close();
    });
  },
  { '/seed-article.html': seedArticleHtml },
);
