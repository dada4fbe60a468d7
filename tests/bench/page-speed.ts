/**
 * The content script's cost to a page, in real Chromium: main-thread time from start to
 * highlights painted and in all, the longest task, and — measured in the same run on the same
 * page — one `new Readability(document.cloneNode(true)).parse()`. Run: npm run bench:page
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { BROWSER_EXECUTABLES, launchChromium, unavailableReason } from '../e2e/browsers.ts';
import { EXTENSION_DIRS, missingBuilds } from '../e2e/extension-build.ts';
import { generateLongArticle } from '../e2e/pages/generate-long-article.ts';
import { startFixtureServer } from '../e2e/server.ts';
import { settledHighlights } from '../e2e/settled-highlights.ts';

const READABILITY_SOURCE = readFileSync(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8');
const READABILITY_RUNS = 5;
const PAGE_LOADS = 5;

// Installed before the page's own scripts: collects every long task (over 50 ms) of the page.
const LONG_TASK_RECORDER = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longTasks.push(entry.duration); })
    .observe({ type: 'longtask', buffered: true });
`;

interface PageFigures {
  toPaintMs: number;
  totalWorkMs: number;
  longestSliceMs: number;
  longTasks: number[];
  readabilityMs: number;
}

// Plain JavaScript in a string: the page runs it as written (tsx would add helpers the page lacks).
const measureInPage = new Function(
  'args',
  `const [source, runs] = args;
  const work = performance.getEntriesByName('sourcelight-work');
  const paintedEntry = performance.getEntriesByName('sourcelight-painted')[0];
  const painted = paintedEntry ? paintedEntry.startTime : Infinity;
  let toPaint = 0, total = 0, longest = 0;
  for (const entry of work) {
    total += entry.duration;
    if (entry.startTime <= painted) toPaint += entry.duration;
    if (entry.duration > longest) longest = entry.duration;
  }
  // Readability, loaded into the page's own world and timed there.
  const Readability = new Function(source + '; return Readability;')();
  const times = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    new Readability(document.cloneNode(true)).parse();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { toPaintMs: toPaint, totalWorkMs: total, longestSliceMs: longest, longTasks: window.__longTasks, readabilityMs: times[Math.floor(times.length / 2)] };`,
);

if (unavailableReason('chromium') || missingBuilds().length > 0) {
  console.error('Needs /usr/bin/chromium and a build (npm run build).');
  process.exit(1);
}

const server = await startFixtureServer({ '/long-article.html': () => generateLongArticle() });
const PAGES = ['/seed-news.html', '/long-article.html'];

// Baseline: the same pages in the same Chromium without the extension. Loading and laying out
// a page makes long tasks of its own; only what comes on top of them is Sourcelight's.
const LOAD_SETTLE_MS = 1500;
const plainLongTasks = new Map<string, number[]>();
const plain = await chromium.launch({
  executablePath: BROWSER_EXECUTABLES.chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
for (const path of PAGES) {
  const tasks: number[] = [];
  for (let run = 0; run < PAGE_LOADS; run++) {
    const page = await plain.newPage();
    await page.addInitScript({ content: LONG_TASK_RECORDER });
    await page.goto(server.url(path));
    await page.waitForTimeout(LOAD_SETTLE_MS);
    tasks.push(...(await page.evaluate(new Function('return window.__longTasks') as () => number[])));
    await page.close();
  }
  plainLongTasks.set(path, tasks);
}
await plain.close();

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
const longestOf = (values: number[]) => (values.length ? `${Math.max(...values).toFixed(0)} ms` : 'none over 50 ms');

const browser = await launchChromium(EXTENSION_DIRS.chromium);
try {
  for (const path of PAGES) {
    // Each load is a cold start for the content script, as it is for a reader: medians of several.
    const runs: PageFigures[] = [];
    for (let run = 0; run < PAGE_LOADS; run++) {
      const tab = await browser.open(server.url(path), { initScript: LONG_TASK_RECORDER });
      await settledHighlights(tab);
      runs.push(
        await tab.evaluate(
          measureInPage as (args: readonly [string, number]) => PageFigures,
          [READABILITY_SOURCE, READABILITY_RUNS] as const,
        ),
      );
      await tab.close();
    }
    const toPaint = median(runs.map((r) => r.toPaintMs));
    const readability = median(runs.map((r) => r.readabilityMs));
    const longTasks = runs.flatMap((r) => r.longTasks);
    const baseline = plainLongTasks.get(path) ?? [];
    console.log(`${path} (medians of ${PAGE_LOADS} page loads)`);
    console.log(
      `  Sourcelight main-thread time to highlights painted: ${toPaint.toFixed(1)} ms (all work: ${median(runs.map((r) => r.totalWorkMs)).toFixed(1)} ms, longest slice ${median(runs.map((r) => r.longestSliceMs)).toFixed(1)} ms; worst slice of all loads ${Math.max(...runs.map((r) => r.longestSliceMs)).toFixed(1)} ms)`,
    );
    console.log(`  Readability parse of the same page (median of ${READABILITY_RUNS} per load): ${readability.toFixed(1)} ms`);
    console.log(`  ratio, Sourcelight to first paint / Readability: ${(toPaint / readability).toFixed(2)}`);
    console.log(
      `  long tasks on the page, all loads (PerformanceObserver 'longtask'): ${longTasks.length} in ${PAGE_LOADS} loads (longest: ${longestOf(longTasks)})`,
    );
    console.log(
      `  baseline, the same page without Sourcelight: ${baseline.length} in ${PAGE_LOADS} loads (longest: ${longestOf(baseline)})`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
