/**
 * What Sourcelight costs a page, in real Chromium, medians of cold loads, each page also loaded
 * without the extension in the same run as the baseline:
 * - main-thread time from its first script to its first highlights painted, start-up included
 *   (a performance trace: compile and evaluation of its scripts, plus its `sourcelight-work`
 *   measures), its longest stretch, and the time from injection to the first highlights;
 * - long tasks (PerformanceObserver) against the same page without the extension;
 * - on pages that are no article: all of its time, and whether the engine was loaded at all;
 * - the JS heap it adds on the 5,000-paragraph page;
 * - a Firefox figure for the seed page (User Timing only: Firefox has no trace to read here).
 * Run: npm run bench:page (after npm run build); `npm run bench:page -- web-app` runs only the
 * pages whose path holds that word.
 */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { BROWSER_EXECUTABLES, launchFirefox, openChromiumContext, unavailableReason } from '../e2e/browsers.ts';
import { EXTENSION_DIRS, missingBuilds } from '../e2e/extension-build.ts';
import { generateLongArticle } from '../e2e/pages/generate-long-article.ts';
import { generateSearchResults, generateTypicalArticle, generateWebApp } from '../e2e/pages/generate-pages.ts';
import { startFixtureServer } from '../e2e/server.ts';
import { type LoadTrace, tracePageLoad } from './page-trace.ts';

const LOADS = 5;
/** About 10 MB of HTML. */
const HUGE_PARAGRAPHS = 100_000;
const SETTLE_MS = 1500;
const LONG_TASKS = `window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });`;

interface PageCase {
  path: string;
  label: string;
  article: boolean;
}
const CASES: PageCase[] = [
  { path: '/seed-news.html', label: 'seed news page', article: true },
  { path: '/typical-article.html', label: 'typical article (1,500 words, 40 paragraphs)', article: true },
  { path: '/long-article.html', label: '5,000-paragraph article', article: true },
  { path: '/huge-article.html', label: '10 MB article (past the cap: its first part is read)', article: true },
  { path: '/search-results.html', label: 'search results page (no article)', article: false },
  { path: '/web-app.html', label: 'web app with 20,000 nodes (no article)', article: false },
];
const only = process.argv[2];
const cases = only ? CASES.filter((c) => c.path.includes(only)) : CASES;

if (unavailableReason('chromium') || missingBuilds().length > 0) {
  console.error('Needs /usr/bin/chromium and a build (npm run build).');
  process.exit(1);
}

const server = await startFixtureServer({
  '/long-article.html': () => generateLongArticle(),
  '/huge-article.html': () => generateLongArticle(HUGE_PARAGRAPHS),
  '/typical-article.html': () => generateTypicalArticle(),
  '/search-results.html': () => generateSearchResults(),
  '/web-app.html': () => generateWebApp(),
});

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const sleep = (time: number) => new Promise((resolve) => setTimeout(resolve, time));
const readLongTasks = new Function('return window.__longTasks || []') as () => number[];
const paintedYet = new Function("return performance.getEntriesByName('sourcelight-painted').length > 0") as () => boolean;

/** Waits for the first highlights (articles) and a quiet moment after them, or just the quiet moment. */
async function settle(page: Page, article: boolean): Promise<void> {
  if (article) await page.waitForFunction(paintedYet, undefined, { timeout: 20_000, polling: 50 });
  await sleep(SETTLE_MS);
}

/** The page's own main-thread busy time in a load without Sourcelight (top-level tasks of its main thread). */
async function plainLoad(context: BrowserContext, url: string): Promise<{ busyMs: number; longTasks: number[]; heap: number }> {
  const page = await context.newPage();
  await page.addInitScript({ content: LONG_TASKS });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { timeout: 120_000 });
  await sleep(SETTLE_MS);
  const metrics = (await cdp.send('Performance.getMetrics')).metrics;
  const busy = ['ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration', 'TaskDuration'].map(
    (name) => metrics.find((m) => m.name === name)?.value ?? 0,
  );
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const longTasks = await page.evaluate(readLongTasks);
  await page.close();
  return { busyMs: busy[3]! * 1000, longTasks, heap };
}

async function extensionLoad(context: BrowserContext, url: string, article: boolean) {
  const page = await context.newPage();
  await page.addInitScript({ content: LONG_TASKS });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const trace = await tracePageLoad(context, page);
  await page.goto(url, { timeout: 120_000 });
  await settle(page, article);
  const figures: LoadTrace = await trace.finish();
  const busyMs = ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const longTasks = await page.evaluate(readLongTasks);
  await page.close();
  return { ...figures, longTasks, heap, busyMs };
}

const longest = (values: number[]) => (values.length ? `longest ${Math.max(...values).toFixed(0)} ms` : 'none');

const plain = await chromium.launch({ executablePath: BROWSER_EXECUTABLES.chromium, headless: true, args: ['--no-sandbox'] });
const plainContext = await plain.newContext();
const { context } = await openChromiumContext(EXTENSION_DIRS.chromium);
try {
  for (const { path, label, article } of cases) {
    const url = server.url(path);
    const base = [];
    const runs = [];
    const loads = path === '/huge-article.html' ? 3 : LOADS;
    for (let load = 0; load < loads; load++) {
      base.push(await plainLoad(plainContext, url));
      runs.push(await extensionLoad(context, url, article));
    }
    const baseBusy = median(base.map((b) => b.busyMs));
    const withBusy = median(runs.map((r) => r.busyMs));
    console.log(`\n${label} — medians of ${loads} cold loads`);
    if (article) {
      const toPaint = median(runs.map((r) => r.toPaintMs));
      console.log(
        `  Sourcelight main-thread time to highlights painted, start-up included: ${ms(toPaint)} of CPU (${ms(median(runs.map((r) => r.toPaintWallMs)))} of wall time)`,
      );
      console.log(
        `  all of its main-thread time: ${ms(median(runs.map((r) => r.totalMs)))} of CPU; longest stretch (wall) ${ms(median(runs.map((r) => r.longestMs)))} (worst of all loads ${ms(Math.max(...runs.map((r) => r.longestMs)))})`,
      );
      const toFirst = median(runs.map((r) => r.firstPaintAfterMs ?? Number.NaN));
      const theirs = median(runs.map((r) => r.pageWorkBeforePaintMs ?? Number.NaN));
      console.log(
        `  injection to first highlights: ${ms(toFirst)}, of which the page's own tasks (its layout and scripts) held the main thread ${ms(theirs)}: ${ms(toFirst - theirs)} without them`,
      );
      console.log(
        `  baseline, the page's own main-thread time without Sourcelight: ${ms(baseBusy)} (ratio ${(toPaint / baseBusy).toFixed(2)})`,
      );
    } else {
      const total = median(runs.map((r) => r.totalMs));
      console.log(
        `  Sourcelight main-thread time in all: ${ms(total)} of CPU; engine loaded in ${runs.filter((r) => r.engineLoaded).length} of ${loads} loads`,
      );
      console.log(
        `  baseline, the page's own main-thread time without Sourcelight: ${ms(baseBusy)} (ratio ${(total / baseBusy).toFixed(3)})`,
      );
    }
    console.log(`  the page's main thread busy in all: ${ms(withBusy)} with Sourcelight, ${ms(baseBusy)} without`);
    const ours = runs.flatMap((r) => r.longTasks);
    const theirs = base.flatMap((b) => b.longTasks);
    console.log(
      `  long tasks: ${ours.length} in ${loads} loads (${longest(ours)}); without Sourcelight ${theirs.length} (${longest(theirs)})`,
    );
    if (path === '/long-article.html') {
      const added = median(runs.map((r) => r.heap)) - median(base.map((b) => b.heap));
      console.log(
        `  JS heap after GC: ${(median(runs.map((r) => r.heap)) / 1e6).toFixed(1)} MB with Sourcelight, ${(median(base.map((b) => b.heap)) / 1e6).toFixed(1)} MB without: +${(added / 1e6).toFixed(1)} MB`,
      );
    }
  }
} finally {
  await context.close();
  await plain.close();
}

if (!unavailableReason('firefox') && cases.some((c) => c.path === '/seed-news.html')) {
  const firefox = await launchFirefox(EXTENSION_DIRS.firefox);
  try {
    const work: number[] = [];
    for (let load = 0; load < LOADS; load++) {
      const tab = await firefox.open(server.url('/seed-news.html'));
      await tab.waitFor(paintedYet);
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
    console.log(
      `\nFirefox, seed news page — Sourcelight work to highlights painted (User Timing, start-up not included): ${ms(median(work))}`,
    );
  } finally {
    await firefox.close();
  }
}
await server.close();
