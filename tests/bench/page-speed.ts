/**
 * What Sourcelight costs a page, like for like, in real Chromium: every page is loaded cold in
 * three browsers of the same build launched alike, one with Sourcelight, one with an empty
 * extension and one with the least reader (page-contexts.ts), loads interleaved in turning orders,
 * each traced with the same categories for the same length of time. Printed per page, medians of
 * the loads:
 * - the page's whole main-thread time with and without, and the ratio against its target;
 * - the same ratio for the least reader: the floor any in-page highlighter stands on here;
 * - by kind of work (script, style recalculation, layout, paint, parsing), with and without, and
 *   the part of each Sourcelight caused, from the trace's initiators (page-busy.ts);
 * - long tasks in each, and on articles its own figures (main-thread time to highlights painted,
 *   start-up included; its longest stretch; injection to first highlights; heap it adds);
 * - a Firefox figure for the seed page (User Timing only: Firefox has no trace to read here).
 * Run: npm run bench:page (after a build; SOURCELIGHT_OUT_DIR picks it); `npm run bench:page --
 * web-app` runs only the pages whose path holds that word; BENCH_LOADS sets the loads (5).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { unavailableReason } from '../e2e/harness/browsers.ts';
import { EXTENSION_DIRS, missingBuilds } from '../e2e/harness/extension-build.ts';
import { generateLongArticle } from '../e2e/pages/generate-long-article.ts';
import { generateSearchResults, generateTypicalArticle, generateWebApp } from '../e2e/pages/generate-pages.ts';
import { startFixtureServer } from '../e2e/harness/server.ts';
import { mainThreadBusy } from './page-busy.ts';
import { openBenchContexts } from './page-contexts.ts';
import { firefoxWorkToPaint } from './page-firefox.ts';
import { type PageCase, type PairedLoads, printCase, type TracedLoad } from './page-report.ts';
import { sourcelightFigures, traceLoad } from './page-trace.ts';

const LOADS = Number(process.env.BENCH_LOADS ?? 5);
/** About 10 MB of HTML. */
const HUGE_PARAGRAPHS = 100_000;
/** The traced window lasts until Sourcelight has been quiet this long in the calibration load. */
const QUIET_MS = 1000;
const MIN_WINDOW_MS = 3000;

const CASES: PageCase[] = [
  { path: '/seed-news.html', label: 'seed news page', article: true, target: 1.25 },
  { path: '/typical-article.html', label: 'typical article (1,500 words, 40 paragraphs)', article: true, target: 1.25 },
  { path: '/long-article.html', label: '5,000-paragraph article', article: true, target: 1.5 },
  { path: '/huge-article.html', label: '10 MB article (past the cap: its first part is read)', article: true, target: 1.3 },
  { path: '/search-results.html', label: 'search results page (no article)', article: false, target: 1.03 },
  { path: '/web-app.html', label: 'web app with 20,000 nodes (no article)', article: false, target: 1.03 },
];
/** The six orders of the three sides, one per load in turn. */
const SIDE_ORDERS = [
  ['with', 'without', 'least'],
  ['least', 'without', 'with'],
  ['without', 'least', 'with'],
  ['with', 'least', 'without'],
  ['least', 'with', 'without'],
  ['without', 'with', 'least'],
] as const;
const only = process.argv[2];
const cases = only ? CASES.filter((c) => c.path.includes(only)) : CASES;

if (unavailableReason('chromium') || missingBuilds().length > 0) {
  console.error('Needs /usr/bin/chromium and a build (npm run build, or SOURCELIGHT_OUT_DIR=… npx wxt build).');
  process.exit(1);
}

const server = await startFixtureServer({
  '/long-article.html': () => generateLongArticle(),
  '/huge-article.html': () => generateLongArticle(HUGE_PARAGRAPHS),
  '/typical-article.html': () => generateTypicalArticle(),
  '/search-results.html': () => generateSearchResults(),
  '/web-app.html': () => generateWebApp(),
});
const sleep = (time: number) => new Promise((resolve) => setTimeout(resolve, time));

/** Read after the trace: when Sourcelight painted and last worked (ms since the page's time origin). */
const readTimeline = new Function(`
  const painted = performance.getEntriesByName('sourcelight-painted')[0];
  const work = performance.getEntriesByName('sourcelight-work');
  const last = work.length ? Math.max(...work.map((e) => e.startTime + e.duration)) : 0;
  return { painted: painted ? painted.startTime : null, lastWork: last, now: performance.now() };
`) as () => { painted: number | null; lastWork: number; now: number };

/** A calibration load with Sourcelight: how long until its work is done and quiet (ms after the start of navigation). */
async function settleTime(context: BrowserContext, url: string, article: boolean): Promise<number> {
  const page = await context.newPage();
  await page.goto(url, { timeout: 120_000 });
  for (;;) {
    const { painted, lastWork, now } = await page.evaluate(readTimeline);
    if ((!article || painted !== null) && now - lastWork > QUIET_MS) {
      await page.close();
      // Room for a slower load than this one: the machine may be busier by then.
      return Math.max(MIN_WINDOW_MS, 1.5 * lastWork + QUIET_MS);
    }
    if (now > 120_000) throw new Error(`${url} did not settle`);
    await sleep(200);
  }
}

/** One cold load, traced for `windowMs` from the start of navigation; nothing polls the page meanwhile. */
async function tracedLoad(
  context: BrowserContext,
  url: string,
  windowMs: number,
  heap: boolean,
  ours: boolean,
): Promise<TracedLoad> {
  const page: Page = await context.newPage();
  const trace = await traceLoad(context, page);
  const started = Date.now();
  await page.goto(url, { timeout: 120_000 });
  const left = windowMs - (Date.now() - started);
  if (left > 0) await sleep(left);
  const events = await trace.finish();
  const timeline = await page.evaluate(readTimeline);
  let heapBytes = 0;
  if (heap) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    heapBytes = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    await cdp.detach();
  }
  await page.close();
  return { busy: mainThreadBusy(events, url), timeline, heapBytes, figures: ours ? sourcelightFigures(events) : null };
}

const contexts = await openBenchContexts(EXTENSION_DIRS.chromium);
try {
  for (const pageCase of cases) {
    const url = server.url(pageCase.path);
    const heap = pageCase.path === '/long-article.html';
    // A first load on each side, not counted: caches warm, and the length of the traced window.
    const windowMs = await settleTime(contexts.sourcelight, url, pageCase.article);
    await tracedLoad(contexts.empty, url, windowMs, false, false);
    await tracedLoad(contexts.leastReader, url, windowMs, false, false);
    const loads: PairedLoads = { windowMs, with: [], without: [], leastReader: [], unsettled: 0 };
    for (let load = 0; load < LOADS; load++) {
      // Each load takes the next order of the three sides: a drift in the machine's load falls on all alike.
      for (const side of SIDE_ORDERS[load % SIDE_ORDERS.length]!) {
        if (side === 'without') {
          loads.without.push(await tracedLoad(contexts.empty, url, windowMs, heap, false));
          continue;
        }
        if (side === 'least') {
          loads.leastReader.push(await tracedLoad(contexts.leastReader, url, windowMs, heap, false));
          continue;
        }
        const run = await tracedLoad(contexts.sourcelight, url, windowMs, heap, true);
        loads.with.push(run);
        if (pageCase.article && (run.timeline.painted === null || run.timeline.lastWork > windowMs)) loads.unsettled++;
      }
    }
    printCase(pageCase, loads);
  }
} finally {
  await contexts.close();
}

if (!unavailableReason('firefox') && cases.some((c) => c.path === '/seed-news.html')) {
  const work = await firefoxWorkToPaint(EXTENSION_DIRS.firefox, server.url('/seed-news.html'), LOADS);
  console.log(
    `\nFirefox, seed news page — Sourcelight work to highlights painted (User Timing, start-up not included): ${work.toFixed(1)} ms`,
  );
}
await server.close();
