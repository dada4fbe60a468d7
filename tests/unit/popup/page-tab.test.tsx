// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { PageTab } from '../../../components/popup/PageTab.tsx';
import { DEFAULT_SETTINGS } from '../../../shared/settings.ts';
import { ARTICLE_URL, fakeServices, makeNote, makeReport, type FakeServices } from './fake-services.ts';

afterEach(cleanup);

const renderTab = (services: FakeServices) => render(<PageTab services={services} notesVersion={0} onNotesChanged={() => {}} />);

test('says it is looking while the report is on its way', () => {
  const services = fakeServices();
  services.pageReport.mockReturnValue(new Promise(() => {}));
  renderTab(services);
  expect(screen.getByText('Looking at this page…')).toBeTruthy();
});

test('a tab without Sourcelight gets a plain message', async () => {
  renderTab(fakeServices({ report: null }));
  expect(await screen.findByText("Sourcelight can't read this page.")).toBeTruthy();
  expect(screen.queryByRole('button')).toBeNull();
});

test('a page that is not an article explains, and scans when asked', async () => {
  const services = fakeServices({ report: makeReport({ state: 'not-article', flags: [], sources: [] }) });
  services.scanPage.mockResolvedValue(makeReport());
  renderTab(services);
  expect(await screen.findByText("This page doesn't look like an article.")).toBeTruthy();
  expect(screen.getByText(/stays idle on pages that aren't articles/)).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: 'Scan this page anyway' }));
  expect(services.scanPage).toHaveBeenCalledOnce();
  expect(await screen.findByRole('heading', { name: 'Talks stall over the border deal' })).toBeTruthy();
});

test('a ready page shows its context, profile, sources and flags in reading order', async () => {
  const report = makeReport();
  renderTab(fakeServices({ report: { ...report, flags: [...report.flags].reverse() } }));

  expect(await screen.findByRole('heading', { name: 'Talks stall over the border deal' })).toBeTruthy();
  expect(screen.getByText('Example News · Ada Reporter')).toBeTruthy();
  expect(screen.getByText('(3 days ago)')).toBeTruthy();

  const profile = screen.getByText(/rest on unnamed sourcing/);
  expect(profile.textContent).toBe('2 of 12 sentences rest on unnamed sourcing');
  expect(screen.getByRole('img', { name: 'Flags by category: Anonymous: 1, Hedged: 1' })).toBeTruthy();

  const sources = screen.getByRole('region', { name: 'Sources' });
  expect(within(sources).getByText('Jane Minister').textContent).toContain('person');
  expect(within(sources).getByText('Reuters').textContent).toContain('outlet');
  expect(within(sources).getByText(/“insiders”/).textContent).toContain('Anonymous');

  const flags = within(screen.getByRole('region', { name: 'Flagged sentences' })).getAllByRole('listitem');
  expect(flags.map((flag) => flag.querySelector('.flag-sentence')?.textContent)).toEqual([
    'Insiders say the deal is all but dead.',
    'The minister reportedly walked out of the talks.',
  ]);
  expect(within(flags[0]!).getByText('insiders').tagName).toBe('STRONG');
  expect(within(flags[0]!).getByText('Anonymous')).toBeTruthy();
  // The sentence is cut by CSS only: all of it is in the DOM and in its title.
  const sentence = within(flags[1]!).getByText('The minister reportedly walked out of the talks.');
  expect(sentence.getAttribute('title')).toBe('The minister reportedly walked out of the talks.');
});

test('"Show" asks the page to reveal that flag', async () => {
  const services = fakeServices();
  renderTab(services);
  const [, second] = await screen.findAllByRole('button', { name: 'Show' });
  fireEvent.click(second!);
  expect(services.revealFlag).toHaveBeenCalledWith(1);
});

test('saving a flag with a comment stores the right note and says "Saved"', async () => {
  const services = fakeServices();
  const onNotesChanged = vi.fn();
  render(<PageTab services={services} notesVersion={0} onNotesChanged={onNotesChanged} />);
  const [first] = await screen.findAllByRole('button', { name: 'Save' });
  fireEvent.click(first!);
  fireEvent.input(screen.getByLabelText('Comment'), { target: { value: 'Who are the insiders?' } });
  fireEvent.input(screen.getByLabelText('Tags'), { target: { value: 'border, sourcing ,, border' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save note' }));

  await screen.findByText('Saved');
  expect(services.notes.save).toHaveBeenCalledWith({
    articleUrl: ARTICLE_URL,
    quote: { exact: 'Insiders say the deal is all but dead.', prefix: '', suffix: '' },
    position: { start: 0, end: 40 },
    category: 'anonymous',
    comment: 'Who are the insiders?',
    tags: ['border', 'sourcing'],
    article: {
      url: ARTICLE_URL,
      title: 'Talks stall over the border deal',
      site: 'Example News',
      byline: 'Ada Reporter',
      publishedAt: '2026-11-21T12:00:00Z',
      flagCounts: { anonymous: 1, vague: 0, secondhand: 0, hedged: 1 },
    },
  });
  expect(services.notesChanged).toHaveBeenCalledOnce();
  expect(onNotesChanged).toHaveBeenCalledOnce();
  expect(screen.queryByLabelText('Comment')).toBeNull();
});

test('a saved flag keeps the words the page has around it, so it can be found again', async () => {
  const services = fakeServices();
  const quote = { exact: 'Insiders say the deal is all but dead.', prefix: 'On Friday. ', suffix: ' The minister' };
  services.flagQuote.mockResolvedValueOnce(quote);
  renderTab(services);
  const [first] = await screen.findAllByRole('button', { name: 'Save' });
  fireEvent.click(first!);
  fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
  await screen.findByText('Saved');
  expect(services.flagQuote).toHaveBeenCalledWith(0);
  expect(services.notes.save).toHaveBeenCalledWith(expect.objectContaining({ quote }));
});

test('a failed save says why, in place, and keeps the form', async () => {
  const services = fakeServices();
  services.notes.save.mockRejectedValueOnce(new Error('The disk is full.'));
  renderTab(services);
  const [first] = await screen.findAllByRole('button', { name: 'Save' });
  fireEvent.click(first!);
  fireEvent.input(screen.getByLabelText('Comment'), { target: { value: 'Keep me' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save note' }));

  expect((await screen.findByRole('alert')).textContent).toBe('Not saved: The disk is full.');
  expect((screen.getByLabelText('Comment') as HTMLTextAreaElement).value).toBe('Keep me');
  expect(screen.queryByText('Saved')).toBeNull();
  expect(services.notesChanged).not.toHaveBeenCalled();
});

test('Escape closes the save form without saving', async () => {
  const services = fakeServices();
  renderTab(services);
  const [first] = await screen.findAllByRole('button', { name: 'Save' });
  fireEvent.click(first!);
  fireEvent.keyDown(screen.getByLabelText('Comment'), { key: 'Escape' });
  expect(screen.queryByLabelText('Comment')).toBeNull();
  expect(services.notes.save).not.toHaveBeenCalled();
});

test('the site switch turns Sourcelight off for this host, then back on', async () => {
  const services = fakeServices();
  renderTab(services);
  const toggle = (await screen.findByRole('checkbox', { name: 'Sourcelight on news.example.com' })) as HTMLInputElement;
  expect(toggle.checked).toBe(true);

  fireEvent.click(toggle);
  expect(services.settings.save).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, disabledSites: ['news.example.com'] });
  await waitFor(() => expect(toggle.checked).toBe(false));

  fireEvent.click(toggle);
  expect(services.settings.save).toHaveBeenLastCalledWith(DEFAULT_SETTINGS);
});

test('a switched-off site says so and switches back on, lifting a parent domain too', async () => {
  const settings = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] };
  const services = fakeServices({ report: makeReport({ state: 'disabled', flags: [], sources: [] }), settings });
  renderTab(services);
  expect(await screen.findByText('Sourcelight is switched off on news.example.com.')).toBeTruthy();
  fireEvent.click(await screen.findByRole('button', { name: 'Switch it back on' }));
  expect(services.settings.save).toHaveBeenCalledWith(DEFAULT_SETTINGS);
});

test('while the page is still reading, the tab says so and asks again', async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  try {
    const services = fakeServices();
    services.pageReport.mockResolvedValueOnce(makeReport({ state: 'scanning', flags: [] }));
    renderTab(services);
    expect(await screen.findByText('Reading the article…')).toBeTruthy();
    await vi.advanceTimersByTimeAsync(500);
    expect(await screen.findByRole('heading', { name: 'Talks stall over the border deal' })).toBeTruthy();
    expect(screen.queryByText('Reading the article…')).toBeNull();
  } finally {
    vi.useRealTimers();
  }
});

test('counts the notes saved on this page and lists passages the page lost', async () => {
  const notes = [
    makeNote({ id: 'a', articleUrl: ARTICLE_URL, quote: { exact: 'A sentence that was edited away.', prefix: '', suffix: '' } }),
    makeNote({ id: 'b', articleUrl: ARTICLE_URL }),
    makeNote({ id: 'c', articleUrl: 'https://elsewhere.example/' }),
  ];
  renderTab(fakeServices({ report: makeReport({ orphanNoteIds: ['a'] }), notes }));
  expect(await screen.findByText('2 saved notes on this page.')).toBeTruthy();
  expect(screen.getByRole('heading', { name: 'Passages not found on the page any more' })).toBeTruthy();
  expect(screen.getByText('A sentence that was edited away.')).toBeTruthy();
  expect(screen.queryByText('Passage b')).toBeNull();
});
