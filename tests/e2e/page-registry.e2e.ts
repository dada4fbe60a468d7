/**
 * The page's scripts share the highlight registry with Sourcelight. A page that clears it, or
 * empties one entry, gets the flags painted again; and nothing the reader saved is in it.
 */
import { expect, test } from 'vitest';
import { inEachBrowser } from './harness/in-each-browser.ts';
import { countHighlights, FLAG_HIGHLIGHTS } from './harness/page-probes.ts';
import { allSentences, settledHighlights } from './harness/settled-highlights.ts';

/** Runs in the page: the flag count once it is back to `expected`, else null (self-contained for the driver). */
function paintedAgain([names, expected]: readonly [readonly string[], number]): number | null {
  let count = 0;
  for (const name of names) count += (CSS.highlights.get(name) as Highlight | undefined)?.size ?? 0;
  return count === expected ? count : null;
}

inEachBrowser('a page that takes the highlights away', (context) => {
  test('clearing the registry or an entry is undone within a few seconds', async () => {
    const { browser, server } = context();
    const tab = await browser.open(server.url('/seed-news.html?registry'));
    const settled = await settledHighlights(tab);
    const painted = allSentences(settled).length;
    await tab.evaluate(() => CSS.highlights.clear());
    expect(await tab.evaluate(countHighlights, FLAG_HIGHLIGHTS)).toBe(0);
    expect(await tab.waitFor(paintedAgain, [FLAG_HIGHLIGHTS, painted] as const, 10_000)).toBe(painted);

    await tab.evaluate(() => (CSS.highlights.get('sourcelight-anonymous') as Highlight).clear());
    expect(await tab.waitFor(paintedAgain, [FLAG_HIGHLIGHTS, painted] as const, 10_000)).toBe(painted);
    // Only the public flag entries are in the registry, nothing of the reader's own; each is made
    // when first needed (the focus flash's when a flag is first reached).
    const names = await tab.evaluate(() => [...CSS.highlights.keys()].sort());
    const withFlags = FLAG_HIGHLIGHTS.filter((name) => settled[name]?.length);
    expect(names).toEqual([...withFlags, 'sourcelight-cue'].sort());
    await tab.close();
  });
});
