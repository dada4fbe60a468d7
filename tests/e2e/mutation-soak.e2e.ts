/**
 * A page that changes all the time, and a reader's mouse moving over it all the while, for a
 * minute: Sourcelight's listeners and timing entries stay flat, and the flags keep up. Prints the
 * listener count and heap (Chromium) at the start and the end.
 */
import { expect, test } from 'vitest';
import { inEachBrowser } from './harness/in-each-browser.ts';
import { settledHighlights } from './harness/settled-highlights.ts';

const SOAK_MS = 60_000;
/** The engine keeps at most this many `sourcelight-work` entries (page/engine/work-timing.ts). */
const MAX_WORK_MEASURES = 2000;
/** Listeners a minute of the page's own churn may add without Sourcelight leaking. */
const LISTENER_SLACK = 40;

const workEntries = () => performance.getEntriesByName('sourcelight-work').length;

inEachBrowser('a minute on a page that never stops changing', (context) => {
  test(
    'listeners and timing entries stay flat, and the flags follow the page',
    async () => {
      const { browser, server } = context();
      const tab = await browser.open(server.url('/mutating.html'));
      await settledHighlights(tab);
      // A first stretch lets every lazily made listener (card, observers) come into being.
      const moveFor = async (ms: number) => {
        const end = Date.now() + ms;
        for (let step = 0; Date.now() < end; step++) {
          await tab.hover(100 + ((step * 37) % 500), 120 + ((step * 53) % 300));
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      };
      await moveFor(10_000);
      const start = await tab.memory();
      await moveFor(SOAK_MS - 10_000);
      const end = await tab.memory();
      const entries = await tab.evaluate(workEntries);
      const report = await browser.pageReport();
      console.log(
        `[${browser.name}] after ${SOAK_MS / 1000} s: ${entries} work entries` +
          (start && end
            ? `; JS listeners ${start.listeners} → ${end.listeners}; heap ${(start.heapBytes / 1e6).toFixed(1)} → ${(end.heapBytes / 1e6).toFixed(1)} MB`
            : ' (listener and heap counts: Chromium only)'),
      );
      expect(entries).toBeLessThanOrEqual(MAX_WORK_MEASURES);
      if (start && end) expect(end.listeners - start.listeners).toBeLessThanOrEqual(LISTENER_SLACK);
      // The live updates that cite sources are flagged as they come.
      expect(report.flags.some((flag) => /^Update \d+: sources say/.test(flag.sentence.text))).toBe(true);
      await tab.close();
    },
    SOAK_MS + 60_000,
  );
});
