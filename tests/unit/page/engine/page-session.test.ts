// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HIGHLIGHT_NAMES } from '../../../../page/paint/highlight-painter.ts';
import { RESCAN_MIN_INTERVAL_MS } from '../../../../page/engine/rescan-throttle.ts';
import { parseSettings } from '../../../../contract/settings.ts';
import { load, page, settle, startSession } from '../session-harness.ts';

describe('PageSession', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('scans the seed news page: body only, badge count sent, work timed', async () => {
    load(page('seed-news.html'));
    let timed = 0;
    const timeWork = <T>(work: () => T): T => {
      timed++;
      return work();
    };
    const onFirstPaint = vi.fn();
    const { s, api, counts } = startSession({ timeWork, onFirstPaint });
    await s.start();
    await s.settled();
    const report = s.report();
    expect(timed).toBeGreaterThanOrEqual(2);
    expect(onFirstPaint).toHaveBeenCalledTimes(1);
    expect(report.state).toBe('ready');
    expect(report.context).toMatchObject({ site: 'OK!', publishedAt: '2025-01-24T14:05:00Z' });
    const sentences = report.flags.map((f) => f.sentence.text);
    expect(sentences.some((t) => t.includes('reportedly spoke with Hillary Clinton'))).toBe(true);
    expect(sentences.some((t) => t.includes('campaign was a mess'))).toBe(false);
    expect(api.registry.texts(HIGHLIGHT_NAMES.hedged).length).toBeGreaterThan(0);
    expect(counts.at(-1)).toBe(report.stats.flagged);
  });

  it('reads the body as one text: flag offsets point into it, as the scanner’s do', async () => {
    load(page('seed-news.html'));
    const { s } = startSession();
    await s.start();
    await s.settled();
    const text = s.text()!.text;
    for (const flag of s.report().flags) {
      expect(text.slice(flag.sentence.start, flag.sentence.end)).toBe(flag.sentence.text);
      expect(text.slice(flag.cue.start, flag.cue.end)).toBe(flag.cue.text);
    }
  });

  it('stays idle on a page that is not an article, until asked to scan', async () => {
    load(page('not-article.html'));
    const { s, counts } = startSession();
    await s.start();
    expect(s.report().state).toBe('not-article');
    expect(s.report().flags).toEqual([]);
    expect(counts).toEqual([]);
    const report = await s.scan();
    expect(report.state).toBe('ready');
    expect(report.flags.length).toBeGreaterThan(0);
  });

  it('stays off on a disabled site, and clears when switched off later', async () => {
    load(page('seed-news.html'));
    const off = startSession({ settings: parseSettings({ disabledSites: ['ok.example'] }) });
    await off.s.start();
    expect(off.s.report().state).toBe('disabled');

    const on = startSession();
    await on.s.start();
    await on.s.settled();
    expect(on.s.report().stats.flagged).toBeGreaterThan(0);
    on.s.applySettings(parseSettings({ disabledSites: ['ok.example'] }));
    expect(on.s.report()).toMatchObject({ state: 'disabled', flags: [] });
    expect(on.counts.at(-1)).toBe(0);
  });

  it('category toggles change what is counted without analysing again', async () => {
    load(page('seed-news.html'));
    const { s, counts, analyses } = startSession();
    await s.start();
    await s.settled();
    const before = analyses();
    s.applySettings(parseSettings({ enabledCategories: ['hedged'] }));
    expect(s.report().flags.every((f) => f.category === 'hedged')).toBe(true);
    expect(counts.at(-1)).toBe(s.report().stats.flagged);
    expect(analyses()).toBe(before);
  });

  it('picks up a body that arrives after load, and new paragraphs after that', async () => {
    load(page('late-body.html'));
    let clock = 0;
    const { s, flush } = startSession({ now: () => clock });
    await s.start();
    expect(s.report().flags).toEqual([]);
    const article = document.querySelector('article')!;
    article.insertAdjacentHTML(
      'beforeend',
      '<p>The harbour bridge will close for repairs next month, the transport department said on Tuesday afternoon.</p>' +
        '<p>Insiders say the repair bill could double before the work is finished, and the council has not yet agreed how to pay.</p>',
    );
    clock += RESCAN_MIN_INTERVAL_MS;
    await flush();
    await s.settled();
    expect(s.report().flags.map((f) => f.cue.text)).toEqual(['Insiders']);

    const more = document.createElement('p');
    more.textContent = 'It reportedly carries 40,000 vehicles a day.';
    article.append(more);
    await flush();
    await s.settled();
    expect(s.report().flags.map((f) => f.cue.text)).toEqual(['Insiders', 'reportedly']);

    more.remove();
    await flush();
    await s.settled();
    expect(s.report().flags.map((f) => f.cue.text)).toEqual(['Insiders']);
  });

  it('starts over on SPA navigation', async () => {
    load(page('seed-news.html'));
    const { s, setUrl } = startSession();
    await s.start();
    await s.settled();
    document.querySelector('article')!.innerHTML =
      '<h1>Other story</h1><p>Others think the plan is fine, and the mayor agrees with them entirely.</p>';
    setUrl('https://ok.example/news/other');
    s.locationChanged();
    await settle(10);
    await s.settled();
    expect(s.report().context.url).toBe('https://ok.example/news/other');
  });
});

describe('a scan the reader asks for while the page is still starting', () => {
  it('answers with the finished scan, not an empty one', async () => {
    load(page('not-article.html'));
    const { s } = startSession({ forced: true });
    const starting = s.start();
    const report = await s.scan();
    await starting;
    expect(report.state).toBe('ready');
    expect(report.flags.length).toBeGreaterThan(0);
  });
});

describe('a very long article', () => {
  it('is painted from the top before the rest is gathered, and flagged to the end', async () => {
    const paragraphs = Array.from({ length: 1600 }, (_, i) =>
      i % 10 === 3
        ? `<p>Paragraph ${i}: insiders say the plan changed again.</p>`
        : `<p>Paragraph ${i} says nothing much at all.</p>`,
    );
    load(
      `<html><head><meta property="og:type" content="article"></head><body><article>${paragraphs.join('')}</article></body></html>`,
    );
    const counts: number[] = [];
    const { s } = startSession({ onFirstPaint: () => counts.push(s.report().stats.flagged) });
    await s.start();
    await s.settled();
    expect(counts).toHaveLength(1);
    // The first paint came with the first screenful (about 4,000 characters, ten flags or so),
    // not with the first full chunk of the body.
    expect(counts[0]!).toBeGreaterThan(0);
    expect(counts[0]!).toBeLessThanOrEqual(15);
    expect(s.report().stats.flagged).toBe(160);
  }, 30_000);
});
