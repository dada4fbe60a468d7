// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { PageTab } from '../../../components/popup/PageTab.tsx';
import { DEFAULT_SETTINGS } from '../../../contract/settings.ts';
import { readSettings } from '../../../contract/settings-store.ts';
import { ARTICLE_URL, makeNote, makeReport, testServices, type TestServices } from './page-fixtures.ts';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const renderTab = (services: TestServices) => render(<PageTab services={services} />);

test('says it is looking while the report is on its way', async () => {
  const services = await testServices();
  services.page.report.mockReturnValue(new Promise(() => {}));
  renderTab(services);
  expect(screen.getByText('Looking at this page…')).toBeTruthy();
});

test('a tab without Sourcelight gets a plain message', async () => {
  renderTab(await testServices({ report: null }));
  expect(await screen.findByText("Sourcelight can't read this page.")).toBeTruthy();
  expect(screen.queryByRole('button')).toBeNull();
});

test('a page that is not an article explains, and scans when asked', async () => {
  const services = await testServices({ report: makeReport({ state: 'not-article', flags: [], sources: [] }) });
  services.page.scan.mockResolvedValue(makeReport());
  renderTab(services);
  expect(await screen.findByText("This page doesn't look like an article.")).toBeTruthy();
  expect(screen.getByText(/stays idle on pages that aren't articles/)).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: 'Scan this page anyway' }));
  expect(services.page.scan).toHaveBeenCalledOnce();
  expect(await screen.findByRole('heading', { name: 'Talks stall over the border deal' })).toBeTruthy();
});

test('a ready page shows its context, profile, sources and flags in reading order', async () => {
  const report = makeReport();
  renderTab(await testServices({ report: { ...report, flags: [...report.flags].reverse() } }));

  expect(await screen.findByRole('heading', { name: 'Talks stall over the border deal' })).toBeTruthy();
  expect(screen.getByText('Example News · Ada Reporter')).toBeTruthy();
  expect(screen.getByText('(3 days ago)')).toBeTruthy();
  expect(screen.getByText(/rest on unnamed sourcing/).textContent).toBe('2 of 12 sentences rest on unnamed sourcing');

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
  // The sentence is cut by CSS only: all of it is in the DOM and in its title.
  const sentence = within(flags[1]!).getByText('The minister reportedly walked out of the talks.');
  expect(sentence.getAttribute('title')).toBe('The minister reportedly walked out of the talks.');
});

test('the profile bar is the share of all sentences: the unflagged rest is a segment of its own', async () => {
  const { container } = renderTab(await testServices());
  const bar = await screen.findByRole('img', { name: /^All sentences by sourcing/ });
  expect(bar.getAttribute('aria-label')).toBe('All sentences by sourcing: Anonymous 1, Hedged 1, not flagged 10');
  const grows = [...container.querySelectorAll<HTMLElement>('.profile-bar .segment')].map((segment) => segment.style.flexGrow);
  expect(grows).toEqual(['1', '1', '10']);
  expect(screen.getByText('Not flagged').textContent).toContain('10');
});

test('"Show" asks the page to reveal that flag', async () => {
  const services = await testServices();
  renderTab(services);
  const [, second] = await screen.findAllByRole('button', { name: 'Show' });
  fireEvent.click(second!);
  expect(services.page.revealFlag).toHaveBeenCalledWith(1);
});

test("Save sends the page's own draft with the comment to the background; the popup writes nothing itself", async () => {
  const services = await testServices();
  const pageDraft = {
    articleUrl: ARTICLE_URL,
    quote: { exact: 'Insiders say the deal is all but dead.', prefix: 'On Friday. ', suffix: ' The minister' },
    position: { start: 0, end: 40 },
    category: 'anonymous' as const,
    article: { url: ARTICLE_URL, title: 'Talks stall over the border deal' },
  };
  services.page.flagDraft.mockResolvedValueOnce(pageDraft);
  const save = vi.spyOn(services.notes, 'save');
  renderTab(services);
  const [first] = await screen.findAllByRole('button', { name: 'Save' });
  fireEvent.click(first!);
  fireEvent.input(screen.getByLabelText('Comment'), { target: { value: 'Who are the insiders?' } });
  fireEvent.input(screen.getByLabelText('Tags'), { target: { value: 'border, sourcing ,, border' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save note' }));

  await screen.findByText('Saved');
  expect(services.page.flagDraft).toHaveBeenCalledWith(0);
  expect(services.saveDraft).toHaveBeenCalledWith({
    ...pageDraft,
    comment: 'Who are the insiders?',
    tags: ['border', 'sourcing'],
  });
  expect(save).not.toHaveBeenCalled();
  expect(services.page.notesChanged).toHaveBeenCalled();
  // The note is in the store, and this page's count follows by itself.
  expect(await screen.findByText('1 saved note on this page.')).toBeTruthy();
  expect(screen.queryByLabelText('Comment')).toBeNull();
});

test('when the page cannot draft the flag, the popup drafts it from the report', async () => {
  const services = await testServices();
  renderTab(services);
  const [, second] = await screen.findAllByRole('button', { name: 'Save' });
  fireEvent.click(second!);
  fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
  await screen.findByText('Saved');
  expect(services.saveDraft).toHaveBeenCalledWith(
    expect.objectContaining({
      articleUrl: ARTICLE_URL,
      quote: { exact: 'The minister reportedly walked out of the talks.', prefix: '', suffix: '' },
      position: { start: 41, end: 90 },
      category: 'hedged',
    }),
  );
});

test('a passage already saved says so instead of "Saved"', async () => {
  const services = await testServices();
  services.saveDraft.mockImplementationOnce(async (draft) => ({ note: await services.background.save(draft), created: false }));
  renderTab(services);
  const [first] = await screen.findAllByRole('button', { name: 'Save' });
  fireEvent.click(first!);
  fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
  expect(await screen.findByText('Already in your notes')).toBeTruthy();
});

test('a failed save says why, in place, and keeps the form', async () => {
  const services = await testServices();
  services.saveDraft.mockRejectedValueOnce(new Error('The disk is full.'));
  renderTab(services);
  const [first] = await screen.findAllByRole('button', { name: 'Save' });
  fireEvent.click(first!);
  fireEvent.input(screen.getByLabelText('Comment'), { target: { value: 'Keep me' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save note' }));

  expect((await screen.findByRole('alert')).textContent).toBe('Not saved: The disk is full.');
  expect((screen.getByLabelText('Comment') as HTMLTextAreaElement).value).toBe('Keep me');
  expect(screen.queryByText('Saved')).toBeNull();
});

test('Escape closes the save form without saving', async () => {
  const services = await testServices();
  renderTab(services);
  const [first] = await screen.findAllByRole('button', { name: 'Save' });
  fireEvent.click(first!);
  fireEvent.keyDown(screen.getByLabelText('Comment'), { key: 'Escape' });
  expect(screen.queryByLabelText('Comment')).toBeNull();
  expect(services.saveDraft).not.toHaveBeenCalled();
});

test('"Not an issue here" dismisses a flag on the page; the dismissed list brings it back', async () => {
  const report = makeReport();
  const services = await testServices({ report });
  const dismissedReport = makeReport({ flags: [report.flags[1]!], dismissed: [report.flags[0]!] });
  renderTab(services);
  const [first] = await screen.findAllByRole('button', { name: 'Not an issue here' });
  services.page.report.mockResolvedValue(dismissedReport);
  fireEvent.click(first!);
  expect(services.page.dismissFlag).toHaveBeenCalledWith(0, true);

  const dismissed = await screen.findByText('1 dismissed flag');
  expect(dismissed.closest('details')!.open).toBe(false);
  const list = within(screen.getByRole('region', { name: 'Flagged sentences' })).getAllByRole('listitem');
  expect(list).toHaveLength(1);
  services.page.report.mockResolvedValue(report);
  fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
  expect(services.page.dismissFlag).toHaveBeenLastCalledWith(0, false);
  await waitFor(() => expect(screen.queryByText('1 dismissed flag')).toBeNull());
});

test("the highlights switch hides and shows the page's highlights", async () => {
  const services = await testServices();
  renderTab(services);
  const toggle = await screen.findByRole('switch', { name: 'Highlights on this page' });
  expect(toggle.getAttribute('aria-checked')).toBe('true');
  services.page.report.mockResolvedValue(makeReport({ hidden: true }));
  fireEvent.click(toggle);
  expect(services.page.setHidden).toHaveBeenCalledWith(true);
  await waitFor(() => expect(toggle.getAttribute('aria-checked')).toBe('false'));
});

test('the site switch is a labelled toggle; switching off follows the page until it says so', async () => {
  const services = await testServices();
  const disabled = makeReport({ state: 'disabled', flags: [], sources: [] });
  // The page hears of the change a little later: it still answers "ready" twice.
  renderTab(services);
  const toggle = await screen.findByRole('switch', { name: 'On for news.example.com' });
  expect(toggle.getAttribute('aria-checked')).toBe('true');
  const asked = services.page.report.mock.calls.length;
  services.page.report.mockResolvedValueOnce(makeReport()).mockResolvedValueOnce(makeReport()).mockResolvedValue(disabled);
  fireEvent.click(toggle);

  expect(await screen.findByText('Sourcelight is switched off on news.example.com.')).toBeTruthy();
  expect(services.page.report.mock.calls.length - asked).toBe(3);
  expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['news.example.com'] });
  expect(screen.getByRole('switch', { name: 'On for news.example.com' }).getAttribute('aria-checked')).toBe('false');
});

test('a switched-off site says so and switches back on, lifting a parent domain too', async () => {
  const services = await testServices({
    report: makeReport({ state: 'disabled', flags: [], sources: [] }),
    settings: { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] },
  });
  renderTab(services);
  expect(await screen.findByText('Sourcelight is switched off on news.example.com.')).toBeTruthy();
  services.page.report.mockResolvedValue(makeReport());
  fireEvent.click(await screen.findByRole('button', { name: 'Switch it back on' }));
  expect(await screen.findByRole('heading', { name: 'Talks stall over the border deal' })).toBeTruthy();
  expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
});

test('while the page is still reading, the tab says so and asks again', async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  const services = await testServices();
  services.page.report.mockResolvedValueOnce(makeReport({ state: 'scanning', flags: [] }));
  renderTab(services);
  expect(await screen.findByText('Reading the article…')).toBeTruthy();
  await vi.advanceTimersByTimeAsync(500);
  expect(await screen.findByRole('heading', { name: 'Talks stall over the border deal' })).toBeTruthy();
  expect(screen.queryByText('Reading the article…')).toBeNull();
});

test('counts the notes saved on this page, lists passages the page lost, and follows a save made elsewhere', async () => {
  const notes = [
    makeNote({ id: 'a', articleUrl: ARTICLE_URL, quote: { exact: 'A sentence that was edited away.', prefix: '', suffix: '' } }),
    makeNote({ id: 'b', articleUrl: ARTICLE_URL }),
    makeNote({ id: 'c', articleUrl: 'https://elsewhere.example/' }),
  ];
  const services = await testServices({ report: makeReport({ orphanNoteIds: ['a'] }), notes });
  renderTab(services);
  expect(await screen.findByText('2 saved notes on this page.')).toBeTruthy();
  expect(screen.getByRole('heading', { name: 'Passages not found on the page any more' })).toBeTruthy();
  expect(screen.getByText('A sentence that was edited away.')).toBeTruthy();
  expect(screen.queryByText('Passage b')).toBeNull();

  // A save from the card goes through the background: the open popup follows it.
  await services.background.save({ articleUrl: ARTICLE_URL, quote: { exact: 'Saved from the card.', prefix: '', suffix: '' } });
  expect(await screen.findByText('3 saved notes on this page.')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'See them in the Notes page' }));
  expect(services.openNotesPage).toHaveBeenCalledWith({ articleUrl: ARTICLE_URL });
});
