/**
 * The Firefox figure for the seed page: Sourcelight's work to its first highlights painted, from
 * its User Timing entries (Firefox has no trace to read here, so start-up is not included).
 */
import { launchFirefox } from '../e2e/harness/browsers.ts';

const SETTLE_MS = 1500;
const sleep = (time: number) => new Promise((resolve) => setTimeout(resolve, time));
const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;

/** Median of `loads` cold loads of `url` in Firefox with the extension at `extensionDir` (ms). */
export async function firefoxWorkToPaint(extensionDir: string, url: string, loads: number): Promise<number> {
  const firefox = await launchFirefox(extensionDir);
  try {
    const work: number[] = [];
    for (let load = 0; load < loads; load++) {
      const tab = await firefox.open(url);
      await tab.waitFor(() => performance.getEntriesByName('sourcelight-painted').length > 0);
      await sleep(SETTLE_MS);
      work.push(
        await tab.evaluate(() => {
          const painted = performance.getEntriesByName('sourcelight-painted')[0]!.startTime;
          let total = 0;
          for (const entry of performance.getEntriesByName('sourcelight-work'))
            if (entry.startTime <= painted) total += entry.duration;
          return total;
        }),
      );
      await tab.close();
    }
    return median(work);
  } finally {
    await firefox.close();
  }
}
