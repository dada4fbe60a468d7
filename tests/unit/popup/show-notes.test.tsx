// @vitest-environment happy-dom
/**
 * Issue #19: on a page that is no article, the reader's notes are marked only when they ask. The
 * popup says how many they keep there and offers to show them; without notes it offers a scan.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { PageTab } from '../../../components/popup/PageTab.tsx';
import { ARTICLE_URL, makeNote, makeReport, testServices } from './page-fixtures.ts';

afterEach(cleanup);

const notArticle = () => makeReport({ state: 'not-article', flags: [], sources: [] });

test('a page that is no article but holds notes says so, and shows them when asked', async () => {
  const services = await testServices({
    report: notArticle(),
    notes: [makeNote({ id: 'n1', articleUrl: ARTICLE_URL }), makeNote({ id: 'n2', articleUrl: ARTICLE_URL })],
  });
  services.page.showNotes.mockResolvedValue(makeReport({ notesFound: 2 }));
  render(<PageTab services={services} />);

  expect(await screen.findByText(/You keep 2 notes on this page\. They are marked only when you ask/)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Show my notes on this page' }));
  expect(services.page.showNotes).toHaveBeenCalledOnce();
  expect(services.page.scan).not.toHaveBeenCalled();
  expect(await screen.findByRole('heading', { name: 'Talks stall over the border deal' })).toBeTruthy();
});

test('a page that is no article without notes offers a scan, not notes', async () => {
  const services = await testServices({ report: notArticle(), notes: [makeNote({ id: 'elsewhere' })] });
  render(<PageTab services={services} />);
  expect(await screen.findByRole('button', { name: 'Scan this page anyway' })).toBeTruthy();
  // The notes are counted live: give the count its time before saying there is none.
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(screen.queryByText(/You keep/)).toBeNull();
  expect(screen.getByRole('button', { name: 'Scan this page anyway' })).toBeTruthy();
});
