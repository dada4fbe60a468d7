import { expect, test } from 'vitest';
import { inEachBrowser } from './harness/in-each-browser.ts';
import { countHighlights } from './harness/page-probes.ts';
import { expectSeedFlags, SEED_FLAGS, seedArticleHtml } from './harness/seed-page.ts';
import { settledHighlights } from './harness/settled-highlights.ts';

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
