import { expect, test } from 'vitest';
import { inEachBrowser } from './in-each-browser.ts';
import { countHighlights } from './page-probes.ts';
import { seedArticleHtml } from './seed-page.ts';
import { allSentences, settledHighlights } from './settled-highlights.ts';

/** The seed table of shared/spec/claims.md: each flagged sentence's start and its registry entry. */
export const SEED_FLAGS: Array<[string, string]> = [
  ['Former Vice President Kamala Harris reportedly spoke with Hillary Clinton', 'sourcelight-hedged'],
  ['Not much is known about the details', 'sourcelight-anonymous'],
  ['Some political insiders speculated she will stage a gubernatorial run', 'sourcelight-anonymous'],
  ['Others think she still has her eye on another run', 'sourcelight-vague'],
  ['Per multiple sources, Biden told confidants', 'sourcelight-anonymous'],
  ['"Aides say the president has been careful', 'sourcelight-anonymous'],
  ['However, other prominent people in the left-leaning party blame', 'sourcelight-vague'],
  ['Sources spoke with New York Magazine', 'sourcelight-anonymous'],
];

export function expectSeedFlags(painted: Record<string, string[]>): void {
  expect(allSentences(painted)).toHaveLength(SEED_FLAGS.length);
  for (const [start, registryName] of SEED_FLAGS) {
    expect(painted[registryName]!.filter((sentence) => sentence.startsWith(start)), start).toHaveLength(1);
  }
}

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
