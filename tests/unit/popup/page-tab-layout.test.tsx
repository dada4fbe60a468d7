// @vitest-environment happy-dom
/** The This page tab as issue #18 asked: switches first, no Save on a saved flag, a scan that always says something. */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { PageTab } from '../../../components/popup/PageTab.tsx';
import { makeReport, testServices } from './page-fixtures.ts';

afterEach(cleanup);

test('the highlights and site switches come before the report and its flags', async () => {
  const { container } = render(<PageTab services={await testServices()} />);
  await screen.findByRole('heading', { name: 'Talks stall over the border deal' });
  const switches = screen.getByRole('switch', { name: 'Highlights on this page' });
  const firstFlag = within(screen.getByRole('region', { name: 'Flagged sentences' })).getAllByRole('listitem')[0]!;
  const heading = screen.getByRole('heading', { name: 'Talks stall over the border deal' });
  expect(switches.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  expect(switches.compareDocumentPosition(firstFlag) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  expect(container.querySelector('.page-tab')!.firstElementChild!.classList.contains('page-switches')).toBe(true);
});

test('a flag already in the notes is not offered for saving again', async () => {
  const report = makeReport();
  const flags = [{ ...report.flags[0]!, saved: true }, report.flags[1]!];
  render(<PageTab services={await testServices({ report: { ...report, flags } })} />);
  const items = within(await screen.findByRole('region', { name: 'Flagged sentences' })).getAllByRole('listitem');
  expect(within(items[0]!).queryByRole('button', { name: 'Save' })).toBeNull();
  expect(within(items[0]!).getByText('Already in your notes')).toBeTruthy();
  expect(within(items[1]!).getByRole('button', { name: 'Save' })).toBeTruthy();
});

test('once saved from the popup, the flag offers no second save', async () => {
  render(<PageTab services={await testServices()} />);
  const [first] = await screen.findAllByRole('button', { name: 'Save' });
  fireEvent.click(first!);
  fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
  await screen.findByText('Saved');
  expect(screen.getAllByRole('button', { name: 'Save' })).toHaveLength(1);
});

test('"Scan this page anyway" that finds no text says so, instead of showing the same page again', async () => {
  const services = await testServices({ report: makeReport({ state: 'not-article', flags: [], sources: [] }) });
  services.page.scan.mockResolvedValue(makeReport({ state: 'idle', flags: [], sources: [] }));
  render(<PageTab services={services} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Scan this page anyway' }));
  expect(await screen.findByText('Sourcelight scanned this page and found no text to read.')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
});

test('"Scan this page anyway" where Sourcelight could not start says why', async () => {
  const services = await testServices({ report: makeReport({ state: 'idle', flags: [], sources: [] }) });
  services.page.scan.mockResolvedValue(makeReport({ state: 'not-article', flags: [], sources: [] }));
  render(<PageTab services={services} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Scan this page anyway' }));
  expect(await screen.findByText('Sourcelight could not start on this page.')).toBeTruthy();
});

test('a scan that fails says why', async () => {
  const services = await testServices({ report: makeReport({ state: 'not-article', flags: [], sources: [] }) });
  services.page.scan.mockRejectedValue(new Error('The tab was closed.'));
  render(<PageTab services={services} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Scan this page anyway' }));
  expect(await screen.findByText(/The tab was closed\./)).toBeTruthy();
});
