import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CATEGORIES, type Category } from '../../../detector/types.ts';
import type { ReadingEntry } from '../../../contract/reading-record.ts';
import { START_TIME, testStore as freshStore } from './notes-fixtures.ts';

const JAN = Date.UTC(2026, 0, 10);
const FEB = Date.UTC(2026, 1, 3);

function entry(url: string, sentences: number, flagged: number, extra: Partial<ReadingEntry> = {}): ReadingEntry {
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  byCategory.anonymous = flagged;
  return { url, site: '', readAt: JAN, sentences, flagged, byCategory, ...extra };
}

const TIMES = 'https://www.times.example/politics/a';
/** The CSV's headers are the Reading view's words (issue #18). */
const HEADER = 'Address,Outlet,Site,Read on,Published,Sentences,Unnamed sourcing,Anonymous,Vague crowd,Unnamed report,Hedged';

/** A store whose clock stands after every reading below: a reading in the future is refused. */
function testStore() {
  const store = freshStore();
  store.tick(Date.UTC(2026, 11, 1) - START_TIME);
  return store;
}

describe('the reading record', () => {
  test('sums an outlet and all reading, and ranks outlets by their share of unnamed sourcing', async () => {
    const { notes } = testStore();
    await notes.recordReading(entry(TIMES, 20, 10));
    await notes.recordReading(entry('https://times.example/world/b', 20, 2));
    await notes.recordReading(entry('https://wire.example.net/c', 40, 4));
    await notes.recordReading(entry('https://daily.example.org/d', 10, 0));

    expect(await notes.readingSummary('www.Times.example')).toMatchObject({
      articles: 2,
      sentences: 40,
      flagged: 12,
      share: 0.3,
    });
    expect(await notes.readingSummary()).toMatchObject({ articles: 4, sentences: 90, flagged: 16 });
    expect((await notes.readingSummary()).share).toBeCloseTo(16 / 90);
    expect((await notes.readingSummary()).byCategory.anonymous).toBe(16);
    const ranked = await notes.outletsByShare();
    // Ranked by the share drawn towards the overall 16/90: one article moves an outlet little.
    expect(ranked.map((o) => [o.site, o.articles, o.share, o.smallSample])).toEqual([
      ['times.example', 2, 0.3, true],
      ['daily.example.org', 1, 0, true],
      ['wire.example.net', 1, 0.1, true],
    ]);
    expect((await notes.outletsByShare(1)).map((o) => o.site)).toEqual(['times.example']);
    expect(await notes.readingSummary('never.example')).toMatchObject({ articles: 0, share: 0 });
  });

  test('a later visit replaces the article’s entry, in its outlet’s totals and its month', async () => {
    const { notes } = testStore();
    await notes.recordReading(entry(TIMES, 20, 10, { readAt: JAN }));
    await notes.recordReading(entry(`${TIMES}?utm_source=x`, 30, 3, { readAt: FEB }));
    expect(await notes.readingSummary('times.example')).toMatchObject({ articles: 1, sentences: 30, flagged: 3 });
    expect((await notes.outletTimeline('times.example')).map((p) => [p.month, p.articles, p.flagged])).toEqual([
      ['2026-02', 1, 3],
    ]);
  });

  test('the timeline has one point a month, oldest first', async () => {
    const { notes } = testStore();
    await notes.recordReading(entry('https://times.example/feb', 10, 5, { readAt: FEB }));
    await notes.recordReading(entry('https://times.example/jan-1', 10, 1, { readAt: JAN }));
    await notes.recordReading(entry('https://times.example/jan-2', 10, 3, { readAt: JAN + 86_400_000 }));
    await notes.recordReading(entry('https://wire.example.net/jan', 10, 9, { readAt: JAN }));
    const points = await notes.outletTimeline('times.example');
    expect(points.map((p) => [p.month, p.articles, p.sentences, p.flagged, p.share])).toEqual([
      ['2026-01', 2, 20, 4, 0.2],
      ['2026-02', 1, 10, 5, 0.5],
    ]);
  });

  test('keeps only the profile: the outlet comes from the address, and nothing else is stored', async () => {
    const { notes, db } = testStore();
    const visit = {
      ...entry(TIMES, 12, 4),
      site: 'somewhere-else.example',
      publishedAt: '2026-01-09T08:00:00+01:00',
      title: 'Secret headline',
      text: 'The whole article.',
    };
    await notes.recordReading(visit as ReadingEntry);
    const stored = await db.reading.get('https://www.times.example/politics/a');
    expect(stored).toEqual({
      url: 'https://www.times.example/politics/a',
      site: 'times.example',
      // Its name beside the key: the page gave none, so the domain.
      outlet: 'times.example',
      readAt: JAN,
      publishedAt: '2026-01-09T07:00:00.000Z',
      sentences: 12,
      flagged: 4,
      byCategory: { anonymous: 4, vague: 0, secondhand: 0, hedged: 0 },
    });
  });

  test.each([
    ['a page not on the web', { ...entry('file:///home/a.html', 1, 0) }, /not on a web page/],
    ['fractional counts', { ...entry(TIMES, 1.5, 0) }, /whole numbers/],
    ['negative counts', { ...entry(TIMES, 10, -1) }, /whole numbers/],
    ['no time it was read', { ...entry(TIMES, 10, 1), readAt: Number.NaN }, /time it was read/],
    // Issue #19: what a content script says is held to what a page can be.
    ['more sentences than a page holds', { ...entry(TIMES, Number.MAX_SAFE_INTEGER, 0) }, /more sentences or flags than a page/],
    ['more flags than a page holds', { ...entry(TIMES, 10, 2 ** 40) }, /more sentences or flags than a page/],
    ['a reading in 2100', { ...entry(TIMES, 10, 1), readAt: Date.UTC(2100, 0, 1) }, /has not come yet/],
  ])('refuses %s', async (_what, bad, message) => {
    const { notes } = testStore();
    await expect(notes.recordReading(bad)).rejects.toThrow(message);
    expect((await notes.readingSummary()).articles).toBe(0);
  });

  test('keeps a page’s date only when it is not in the future, and no category above the flags', async () => {
    const { notes, db } = testStore();
    const inflated = entry(TIMES, 12, 4, { publishedAt: '2100-01-01' });
    inflated.byCategory.vague = 1_000_000;
    await notes.recordReading(inflated);
    const stored = await db.reading.get(TIMES);
    expect(stored?.publishedAt).toBeUndefined();
    expect(stored?.byCategory).toEqual({ anonymous: 4, vague: 4, secondhand: 0, hedged: 0 });
    expect((await notes.readingSummary()).byCategory.vague).toBe(4);
  });

  test('clearing forgets every entry and every total', async () => {
    const { notes } = testStore();
    await notes.recordReading(entry(TIMES, 20, 10));
    await notes.clearReading();
    expect(await notes.outletsByShare()).toEqual([]);
    expect(await notes.outletTimeline('times.example')).toEqual([]);
    expect((await notes.readingSummary()).articles).toBe(0);
    expect(await notes.readingCsv()).toBe(`${HEADER}\r\n`);
  });

  test('totals kept on write always equal the sums of the entries, whatever the order of visits', async () => {
    const sites = ['a.example', 'b.example', 'c.example'];
    const visit = fc.record({
      site: fc.constantFrom(...sites),
      page: fc.integer({ min: 0, max: 4 }),
      month: fc.integer({ min: 0, max: 3 }),
      sentences: fc.integer({ min: 0, max: 50 }),
      flagged: fc.integer({ min: 0, max: 50 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(visit, { maxLength: 25 }), async (visits) => {
        const { notes } = testStore();
        const latest = new Map<string, { site: string; month: number; sentences: number; flagged: number }>();
        for (const v of visits) {
          const url = `https://${v.site}/story-${v.page}`;
          await notes.recordReading(entry(url, v.sentences, v.flagged, { readAt: Date.UTC(2026, v.month, 2) }));
          latest.set(url, { ...v, flagged: Math.min(v.flagged, v.sentences) });
        }
        for (const site of sites) {
          const mine = [...latest.values()].filter((v) => v.site === site);
          const summary = await notes.readingSummary(site);
          expect([summary.articles, summary.sentences, summary.flagged]).toEqual([
            mine.length,
            mine.reduce((sum, v) => sum + v.sentences, 0),
            mine.reduce((sum, v) => sum + v.flagged, 0),
          ]);
          const timeline = await notes.outletTimeline(site);
          expect(timeline.reduce((sum, p) => sum + p.articles, 0)).toBe(mine.length);
          expect(timeline.map((p) => p.month)).toEqual([...new Set(mine.map((v) => `2026-0${v.month + 1}`))].sort());
        }
        expect((await notes.readingSummary()).articles).toBe(latest.size);
      }),
      { numRuns: 40 },
    );
  });
});

describe('ranking outlets (issue #18)', () => {
  test('one article at 100% does not top twenty at 40%, and small samples are marked', async () => {
    const { notes } = testStore();
    for (let n = 0; n < 20; n++) await notes.recordReading(entry(`https://steady.example/s-${n}`, 20, 8));
    await notes.recordReading(entry('https://once.example/a', 20, 20));
    const ranked = await notes.outletsByShare();
    expect(ranked.map((o) => [o.site, o.articles, o.share, o.smallSample])).toEqual([
      ['steady.example', 20, 0.4, false],
      ['once.example', 1, 1, true],
    ]);
  });

  test('among outlets with enough articles, the shrunk share decides', async () => {
    const { notes } = testStore();
    for (let n = 0; n < 6; n++) await notes.recordReading(entry(`https://high.example/s-${n}`, 20, 12));
    for (let n = 0; n < 30; n++) await notes.recordReading(entry(`https://mid.example/s-${n}`, 20, 8));
    const ranked = await notes.outletsByShare();
    expect(ranked.map((o) => o.site)).toEqual(['high.example', 'mid.example']);
    expect(ranked[0]!.rankShare).toBeGreaterThan(ranked[1]!.rankShare);
    expect(ranked[0]!.rankShare).toBeLessThan(ranked[0]!.share);
  });

  test("an outlet is shown by the page's own name, kept beside the key from the address", async () => {
    const { notes } = testStore();
    await notes.recordReading(
      entry('http://127.0.0.1:8080/story', 10, 2, { outlet: 'The Example Post', site: 'spoofed.example' }),
    );
    const [outlet] = await notes.outletsByShare();
    expect([outlet!.site, outlet!.name]).toEqual(['127.0.0.1', 'The Example Post']);
    await notes.recordReading(entry('https://www.news.example.co.uk/b', 10, 2));
    expect((await notes.outletsByShare()).map((o) => o.name)).toContain('example.co.uk');
  });

  test('a timeline by month published, from the entries, leaves undated articles out', async () => {
    const { notes } = testStore();
    await notes.recordReading(entry('https://times.example/1', 10, 5, { readAt: FEB, publishedAt: '2025-12-30' }));
    await notes.recordReading(entry('https://times.example/2', 10, 1, { readAt: FEB, publishedAt: '2026-01-05' }));
    await notes.recordReading(entry('https://times.example/3', 10, 1, { readAt: FEB }));
    const points = await notes.outletTimeline('times.example', 'published');
    expect(points.map((p) => [p.month, p.articles, p.share])).toEqual([
      ['2025-12', 1, 0.5],
      ['2026-01', 1, 0.1],
    ]);
    expect((await notes.outletTimeline('times.example')).map((p) => p.month)).toEqual(['2026-02']);
  });
});

describe('the reading record as CSV', () => {
  test('one row an article, oldest visit first, quoted as RFC 4180 says', async () => {
    const { notes } = testStore();
    await notes.recordReading(entry('https://wire.example.net/b?q=a,b', 40, 4, { readAt: FEB }));
    await notes.recordReading(entry(TIMES, 20, 10, { readAt: JAN, publishedAt: '2026-01-09', outlet: 'The Times' }));
    expect(await notes.readingCsv()).toBe(
      `${HEADER}\r\n` +
        'https://www.times.example/politics/a,The Times,times.example,2026-01-10T00:00:00.000Z,2026-01-09T00:00:00.000Z,20,10,10,0,0,0\r\n' +
        '"https://wire.example.net/b?q=a,b",example.net,wire.example.net,2026-02-03T00:00:00.000Z,,40,4,4,0,0,0\r\n',
    );
  });
});
