import { expect, test } from 'vitest';
import { inEachBrowser } from './in-each-browser.ts';
import { countFlagHighlights, FLAG_HIGHLIGHTS, readHighlights } from './page-probes.ts';
import { seedArticleHtml } from './seed-page.ts';

/** The seed table of shared/spec/claims.md: each flagged sentence's start and its category. */
const SEED_FLAGS: Array<[string, string]> = [
  ['Former Vice President Kamala Harris reportedly spoke with Hillary Clinton', 'sourcelight-hedged'],
  ['Not much is known about the details', 'sourcelight-anonymous'],
  ['Some political insiders speculated she will stage a gubernatorial run', 'sourcelight-anonymous'],
  ['Others think she still has her eye on another run', 'sourcelight-vague'],
  ['Per multiple sources, Biden told confidants', 'sourcelight-anonymous'],
  ['"Aides say the president has been careful', 'sourcelight-anonymous'],
  ['However, other prominent people in the left-leaning party blame', 'sourcelight-vague'],
  ['Sources spoke with New York Magazine', 'sourcelight-anonymous'],
];

inEachBrowser(
  'seed article highlights',
  (context) => {
    test('the eight seed sentences are highlighted, each in its category', async () => {
      const { browser, server } = context();
      const tab = await browser.open(server.url('/seed-article.html'));
      await tab.waitFor(
        ([names, expected]) => {
          const registry = (globalThis as any).CSS.highlights;
          let count = 0;
          for (const name of names) count += registry.get(name)?.size ?? 0;
          return count >= expected;
        },
        [FLAG_HIGHLIGHTS, SEED_FLAGS.length] as const,
      );
      const painted = await tab.evaluate(readHighlights, FLAG_HIGHLIGHTS);
      const all = Object.values(painted).flat();
      expect(all).toHaveLength(SEED_FLAGS.length);
      for (const [start, registryName] of SEED_FLAGS) {
        expect(painted[registryName]!.filter((sentence) => sentence.startsWith(start)), start).toHaveLength(1);
      }
      expect(await tab.evaluate(countFlagHighlights, FLAG_HIGHLIGHTS)).toBe(SEED_FLAGS.length);
      await tab.close();
    });
  },
  { '/seed-article.html': seedArticleHtml },
);
