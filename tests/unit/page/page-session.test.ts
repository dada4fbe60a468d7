// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HIGHLIGHT_NAMES } from '../../../page/highlight-painter.ts';
import { PageSession, RESCAN_MIN_INTERVAL_MS, type PageSessionDeps } from '../../../page/page-session.ts';
import { parseSettings } from '../../../shared/settings.ts';
import { fakeAnalyze, fakeHighlightApi } from './fakes.ts';

const page = (name: string) => readFileSync(join(import.meta.dirname, '../../e2e/pages', name), 'utf8');
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function load(html: string) {
  // innerHTML never runs the page's scripts: the tests play their part by hand.
  const doc = new DOMParser().parseFromString(html, 'text/html');
  document.head.innerHTML = doc.head.innerHTML;
  document.body.innerHTML = doc.body.innerHTML;
}

function session(
  options: { url?: string; settings?: ReturnType<typeof parseSettings>; now?: () => number } & Partial<
    Pick<PageSessionDeps, 'timeWork' | 'onFirstPaint'>
  > = {},
) {
  const api = fakeHighlightApi();
  const counts: number[] = [];
  const controller = new AbortController();
  const frames: Array<() => void> = [];
  let url = options.url ?? 'https://ok.example/news/harris';
  const s = new PageSession({
    doc: document,
    win: window,
    location: () => url,
    analyze: fakeAnalyze,
    highlights: api,
    MutationObserver,
    yieldToMain: () => new Promise((resolve) => setTimeout(resolve, 0)),
    nextFrame: (fn) => frames.push(fn),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (handle) => clearTimeout(handle as number),
    signal: controller.signal,
    onCountChange: (count) => counts.push(count),
    onError: (error) => {
      throw error;
    },
    ...(options.settings ? { settings: options.settings } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.timeWork ? { timeWork: options.timeWork } : {}),
    ...(options.onFirstPaint ? { onFirstPaint: options.onFirstPaint } : {}),
  });
  const flush = async () => {
    await settle();
    for (const fn of frames.splice(0)) fn();
  };
  return { s, api, counts, controller, flush, setUrl: (next: string) => (url = next) };
}

describe('PageSession', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('scans the seed news page: body only, badge count sent', async () => {
    load(page('seed-news.html'));
    let timed = 0;
    const timeWork = <T>(work: () => T): T => {
      timed++;
      return work();
    };
    const onFirstPaint = vi.fn();
    const { s, api, counts } = session({ timeWork, onFirstPaint });
    s.start();
    await s.scan();
    const report = s.report();
    // Every piece of main-thread work passes through the timing seam; first paint is told once.
    expect(timed).toBeGreaterThanOrEqual(3);
    expect(onFirstPaint).toHaveBeenCalledTimes(1);
    expect(report.state).toBe('ready');
    expect(report.context).toMatchObject({ site: 'OK!', publishedAt: '2025-01-24T14:05:00Z' });
    const sentences = report.flags.map((f) => f.sentence.text);
    expect(sentences.some((t) => t.includes('reportedly spoke with Hillary Clinton'))).toBe(true);
    expect(sentences.some((t) => t.includes('campaign was a mess'))).toBe(false);
    expect(api.registry.texts(HIGHLIGHT_NAMES.hedged).length).toBeGreaterThan(0);
    expect(counts.at(-1)).toBe(report.stats.flagged);
  });

  it('stays idle on a page that is not an article, until asked to scan', async () => {
    load(page('not-article.html'));
    const { s, counts } = session();
    s.start();
    expect(s.report().state).toBe('not-article');
    expect(s.report().flags).toEqual([]);
    expect(counts).toEqual([]);
  });

  it('stays off on a disabled site, and clears when switched off later', async () => {
    load(page('seed-news.html'));
    const off = session({ settings: parseSettings({ disabledSites: ['ok.example'] }) });
    off.s.start();
    expect(off.s.report().state).toBe('disabled');

    const on = session();
    on.s.start();
    await on.s.scan();
    expect(on.s.report().stats.flagged).toBeGreaterThan(0);
    on.s.applySettings(parseSettings({ disabledSites: ['ok.example'] }));
    expect(on.s.report()).toMatchObject({ state: 'disabled', flags: [] });
    expect(on.counts.at(-1)).toBe(0);
  });

  it('category toggles change what is counted', async () => {
    load(page('seed-news.html'));
    const { s, counts } = session();
    s.start();
    await s.scan();
    s.applySettings(parseSettings({ enabledCategories: ['hedged'] }));
    expect(s.report().flags.every((f) => f.category === 'hedged')).toBe(true);
    expect(counts.at(-1)).toBe(s.report().stats.flagged);
  });

  it('picks up a body that arrives after load, and new paragraphs after that', async () => {
    load(page('late-body.html'));
    let clock = 0;
    const { s, flush } = session({ now: () => clock });
    s.start();
    expect(s.report().flags).toEqual([]);
    const article = document.querySelector('article')!;
    article.insertAdjacentHTML(
      'beforeend',
      '<p>The harbour bridge will close for repairs next month, the transport department said on Tuesday afternoon.</p>' +
        '<p>Insiders say the repair bill could double before the work is finished, and the council has not yet agreed how to pay.</p>',
    );
    clock += RESCAN_MIN_INTERVAL_MS;
    await flush();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(s.report().flags.map((f) => f.cue.text)).toEqual(['Insiders']);

    const more = document.createElement('p');
    more.textContent = 'It reportedly carries 40,000 vehicles a day.';
    article.append(more);
    await flush();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(s.report().flags.map((f) => f.cue.text)).toEqual(['Insiders', 'reportedly']);

    more.remove();
    await flush();
    expect(s.report().flags.map((f) => f.cue.text)).toEqual(['Insiders']);
  });

  it('starts over on SPA navigation', async () => {
    load(page('seed-news.html'));
    const { s, setUrl } = session();
    s.start();
    await s.scan();
    document.querySelector('article')!.innerHTML =
      '<h1>Other story</h1><p>Others think the plan is fine, and the mayor agrees with them entirely.</p>';
    setUrl('https://ok.example/news/other');
    s.locationChanged();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(s.report().context.url).toBe('https://ok.example/news/other');
    expect(s.report().flags.map((f) => f.cue.text)).toEqual(['Others think']);
  });
});
