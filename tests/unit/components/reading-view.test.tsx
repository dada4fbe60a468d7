// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { PageTab } from '../../../components/popup/PageTab.tsx';
import { chartPoints } from '../../../components/reading/OutletChart.tsx';
import { startLiveQuery } from '../../../components/hooks/live-source.ts';
import { OUTLETS_PAGE, ReadingView } from '../../../components/reading/ReadingView.tsx';
import type { ReadingEntry } from '../../../contract/reading-record.ts';
import { NOW, testServices, type TestServices } from '../popup/page-fixtures.ts';

afterEach(cleanup);

const DAY = 86_400_000;
const NO_CATEGORIES = { anonymous: 0, vague: 0, secondhand: 0, hedged: 0 };

function entry(site: string, n: number, sentences: number, flagged: number, daysAgo: number): ReadingEntry {
  return {
    url: `https://${site}/story-${n}`,
    site,
    readAt: NOW - daysAgo * DAY,
    sentences,
    flagged,
    byCategory: { ...NO_CATEGORIES, anonymous: flagged },
  };
}

async function withReading(services: TestServices, entries: ReadingEntry[]) {
  for (const each of entries) await services.background.recordReading(each);
}

test('outlets by share of unnamed sourcing, each with its chart and a text alternative', async () => {
  const services = await testServices();
  await withReading(services, [
    entry('news.example.com', 1, 10, 5, 40),
    entry('news.example.com', 2, 10, 1, 5),
    entry('daily.example', 1, 20, 2, 3),
  ]);
  render(<ReadingView services={services} />);
  const table = await screen.findByRole('table');
  const rows = within(table).getAllByRole('row').slice(1);
  // Outlets by name (the domain where the page gave none), each marked as a small sample.
  expect(rows.map((row) => row.querySelector('th')?.firstChild?.textContent)).toEqual(['example.com', 'daily.example']);
  expect(rows[0]!.querySelector('.sample-mark')?.textContent).toBe('few articles');
  expect(rows[0]!.textContent).toContain('30%');
  expect(rows[1]!.textContent).toContain('10%');
  expect(await screen.findByText(/Across the 3 articles you read, 20% of sentences/)).toBeTruthy();
  expect(screen.getByText('Across all your reading: 20%')).toBeTruthy();
  const chart = await within(rows[0]!).findByRole('img', { name: /share by month read/ });
  expect(chart.getAttribute('aria-label')).toMatch(/^example\.com, share by month read: \d{4}-\d{2} 50%, \d{4}-\d{2} 10%$/);
  expect(chart.querySelectorAll('circle')).toHaveLength(2);
  // Labelled axes: the share's top and 0%, the first and last months.
  const ticks = [...chart.querySelectorAll('text')].map((text) => text.textContent);
  expect(ticks).toEqual(['50%', '0%', expect.stringMatching(/^\d{4}-\d{2}$/), expect.stringMatching(/^\d{4}-\d{2}$/)]);
  // The share split by category, in words too.
  expect(within(rows[0]!).getByRole('img', { name: 'example.com by category: Anonymous 30%' })).toBeTruthy();
});

test('the chart can count articles by the month they were published', async () => {
  const services = await testServices();
  await withReading(services, [
    { ...entry('news.example.com', 1, 10, 5, 2), publishedAt: '2025-03-02T00:00:00.000Z' },
    { ...entry('news.example.com', 2, 10, 1, 1), publishedAt: '2025-05-09T00:00:00.000Z' },
  ]);
  render(<ReadingView services={services} />);
  const table = await screen.findByRole('table');
  expect(screen.getByRole('columnheader', { name: 'Share of sentences by month read' })).toBeTruthy();
  fireEvent.click(screen.getByRole('radio', { name: 'month published' }));
  expect(screen.getByRole('columnheader', { name: 'Share of sentences by month published' })).toBeTruthy();
  const chart = await within(table).findByRole('img', { name: /share by month published/ });
  expect(chart.getAttribute('aria-label')).toBe('example.com, share by month published: 2025-03 50%, 2025-05 10%');
});

test('a chart puts a higher share higher, months left to right', () => {
  const month = (share: number, m: string) => ({
    month: m,
    share,
    articles: 1,
    sentences: 10,
    flagged: share * 10,
    byCategory: NO_CATEGORIES,
  });
  const [first, second] = chartPoints([month(0.5, '2026-01'), month(0.1, '2026-02')]);
  expect(first![0]).toBeLessThan(second![0]);
  expect(first![1]).toBeLessThan(second![1]);
});

test('exports the record as CSV; says so when nothing is recorded yet', async () => {
  const services = await testServices();
  const { unmount } = render(<ReadingView services={services} />);
  expect(await screen.findByText(/No reading recorded yet/)).toBeTruthy();
  unmount();
  await withReading(services, [entry('news.example.com', 1, 10, 5, 1)]);
  const clicked: string[] = [];
  const doc = document;
  const original = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicked.push(this.download);
  };
  try {
    render(<ReadingView services={services} doc={doc} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]).toMatch(/^sourcelight-reading-\d{4}-\d{2}-\d{2}\.csv$/);
  } finally {
    HTMLAnchorElement.prototype.click = original;
  }
});

test("This page shows the outlet beside the article, from the reader's own reading", async () => {
  const services = await testServices();
  await withReading(services, [
    entry('news.example.com', 1, 10, 5, 4),
    entry('news.example.com', 2, 10, 1, 3),
    entry('daily.example', 1, 20, 0, 3),
  ]);
  render(<PageTab services={services} />);
  expect(
    await screen.findByText(
      'Across the 2 articles you read from this outlet, 30% of sentences rested on unnamed sources; 15% across all your reading.',
    ),
  ).toBeTruthy();
});

test('outlets in hand when the page opens are on screen at its first render, then kept current', async () => {
  const services = await testServices();
  await withReading(services, [entry('daily.example', 1, 20, 2, 3)]);
  const inHand = [
    {
      site: 'early.example',
      name: 'early.example',
      articles: 4,
      sentences: 40,
      flagged: 20,
      share: 0.5,
      rankShare: 0.4,
      smallSample: true,
      byCategory: { ...NO_CATEGORIES },
    },
  ];
  const early = startLiveQuery(() => services.reading.outletsByShare(OUTLETS_PAGE + 1), undefined, inHand);
  render(<ReadingView services={services} early={early} />);
  // No waiting: the first render already has the rows.
  expect(screen.getByRole('table').textContent).toContain('early.example');
  // The live query's own answer replaces them.
  await waitFor(() => expect(screen.getByRole('table').textContent).toContain('daily.example'));
  expect(screen.getByRole('table').textContent).not.toContain('early.example');
});
