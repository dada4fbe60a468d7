// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { NotesTab } from '../../../components/popup/NotesTab.tsx';
import { UNDO_TIMEOUT_MS } from '../../../components/popup/notes/UndoSnackbar.tsx';
import { PAGE_SIZE } from '../../../components/popup/notes/use-note-search.ts';
import { HOUR, makeNote, NOTES, NOW, testServices, type TestServices } from './page-fixtures.ts';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const renderTab = (services: TestServices) => render(<NotesTab services={services} />);

/** The passages of the listed notes, top to bottom. */
const listedPassages = () =>
  [...document.querySelectorAll('[data-note-row]')].map((row) => row.querySelector('.passage')?.textContent);

test('lists every note, newest first, with a count', async () => {
  renderTab(await testServices({ notes: NOTES }));
  await screen.findByText('Insiders say the deal is dead.');
  expect(listedPassages()).toEqual([
    'Insiders say the deal is dead.',
    'The mayor resigned on Friday.',
    'Critics say the plan will fail.',
  ]);
  expect(screen.getByText('3 notes')).toBeTruthy();
  expect(screen.getByText('Which insiders?')).toBeTruthy();
  expect(screen.getByText('From a selection', { selector: '.chip' })).toBeTruthy();
});

test('says it is loading, then what to do when there are no notes; export is off with nothing to export', async () => {
  renderTab(await testServices());
  expect(screen.getByText('Loading your notes…')).toBeTruthy();
  expect(await screen.findByText(/No notes yet — hover a flag on an article and choose/)).toBeTruthy();
  expect(screen.queryByRole('searchbox')).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: /Export and import/ }));
  expect(screen.getByRole('menuitem', { name: 'Export JSON' }).getAttribute('aria-disabled')).toBe('true');
  expect(screen.getByRole('menuitem', { name: 'Import JSON' }).getAttribute('aria-disabled')).toBeNull();
});

test('a note saved by the background shows in the open list by itself', async () => {
  const services = await testServices({ notes: NOTES });
  renderTab(services);
  await screen.findByText('3 notes');
  services.tick(HOUR);
  await services.background.save({
    articleUrl: 'https://news.example.com/x',
    quote: { exact: 'Saved from a card.', prefix: '', suffix: '' },
  });
  expect(await screen.findByText('4 notes')).toBeTruthy();
  expect(listedPassages()[0]).toBe('Saved from a card.');
});

test('searching narrows the list as the reader types', async () => {
  const mark = vi.spyOn(performance, 'mark');
  renderTab(await testServices({ notes: NOTES }));
  fireEvent.input(await screen.findByRole('searchbox'), { target: { value: 'insid' } });
  await waitFor(() => expect(listedPassages()).toEqual(['Insiders say the deal is dead.']));
  expect(screen.getByText('1 note found')).toBeTruthy();
  expect(mark).toHaveBeenCalledWith('sourcelight-notes-rendered');
  await waitFor(() => expect(mark).toHaveBeenCalledWith('sourcelight-search-rendered'));
  expect(mark.mock.calls.filter(([name]) => name === 'sourcelight-notes-rendered')).toHaveLength(1);
});

test('a search with no match says so and clears back to all notes', async () => {
  renderTab(await testServices({ notes: NOTES }));
  fireEvent.input(await screen.findByRole('searchbox'), { target: { value: 'zebra' } });
  expect(await screen.findByText('No notes match your search.')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
  await waitFor(() => expect(listedPassages()).toHaveLength(3));
});

test('filters by category, including notes saved from a selection, and by tag and site', async () => {
  renderTab(await testServices({ notes: NOTES }));
  const category = (await screen.findByRole('combobox', { name: 'Category' })) as HTMLSelectElement;
  fireEvent.change(category, { target: { value: 'vague' } });
  await waitFor(() => expect(listedPassages()).toEqual(['Critics say the plan will fail.']));
  fireEvent.change(category, { target: { value: 'none' } });
  await waitFor(() => expect(listedPassages()).toEqual(['The mayor resigned on Friday.']));
  fireEvent.change(category, { target: { value: '' } });

  const tag = screen.getByRole('combobox', { name: 'Tag' }) as HTMLSelectElement;
  await waitFor(() => expect(within(tag).getByRole('option', { name: 'border' })).toBeTruthy());
  fireEvent.change(tag, { target: { value: 'border' } });
  await waitFor(() => expect(listedPassages()).toEqual(['Insiders say the deal is dead.']));
  fireEvent.change(tag, { target: { value: '' } });
  fireEvent.change(screen.getByRole('combobox', { name: 'Site' }), { target: { value: 'daily.example' } });
  await waitFor(() => expect(listedPassages()).toEqual(['Critics say the plan will fail.']));
});

test('edits a comment and tags in place, and tells the page', async () => {
  const services = await testServices({ notes: NOTES });
  renderTab(services);
  const row = (await screen.findByText('Insiders say the deal is dead.')).closest('li')!;
  fireEvent.click(within(row).getByRole('button', { name: 'Edit' }));
  const comment = within(row).getByLabelText('Comment') as HTMLTextAreaElement;
  expect(comment.value).toBe('Which insiders?');
  fireEvent.input(comment, { target: { value: 'Two officials, per the follow-up.' } });
  fireEvent.input(within(row).getByLabelText('Tags'), { target: { value: 'border, follow-up' } });
  fireEvent.keyDown(comment, { key: 'Enter', ctrlKey: true });

  expect(await screen.findByText('Two officials, per the follow-up.')).toBeTruthy();
  expect(screen.getByText('follow-up', { selector: '.tag' })).toBeTruthy();
  expect((await services.notes.get('new'))?.tags).toEqual(['border', 'follow-up']);
  expect(services.page.notesChanged).toHaveBeenCalled();
});

test('Enter on a row starts editing and Escape cancels it unchanged', async () => {
  const services = await testServices({ notes: NOTES });
  renderTab(services);
  const row = (await screen.findByText('Insiders say the deal is dead.')).closest('li')!;
  fireEvent.keyDown(row, { key: 'Enter' });
  const comment = within(row).getByLabelText('Comment');
  fireEvent.input(comment, { target: { value: 'Never mind' } });
  fireEvent.keyDown(comment, { key: 'Escape' });
  expect(within(row).queryByLabelText('Comment')).toBeNull();
  expect(within(row).getByText('Which insiders?')).toBeTruthy();
  expect((await services.notes.get('new'))?.comment).toBe('Which insiders?');
});

test('a deleted note disappears, and Undo puts it back', async () => {
  const services = await testServices({ notes: NOTES });
  renderTab(services);
  const row = (await screen.findByText('Insiders say the deal is dead.')).closest('li')!;
  fireEvent.click(within(row).getByRole('button', { name: 'Delete' }));

  await waitFor(() => expect(screen.queryByText('Insiders say the deal is dead.')).toBeNull());
  expect(screen.getByText('Note deleted.')).toBeTruthy();
  expect(screen.getByText('2 notes')).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
  expect(await screen.findByText('Insiders say the deal is dead.')).toBeTruthy();
  expect(await services.notes.get('new')).toEqual(NOTES[1]);
  expect(listedPassages()[0]).toBe('Insiders say the deal is dead.');
  expect(screen.queryByText('Note deleted.')).toBeNull();
});

test('the Undo offer goes away after a while', async () => {
  renderTab(await testServices({ notes: NOTES }));
  const row = (await screen.findByText('Insiders say the deal is dead.')).closest('li')!;
  // Only the snackbar's clock: the fake IndexedDB keeps its own timers.
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
  fireEvent.click(within(row).getByRole('button', { name: 'Delete' }));
  await screen.findByText('Note deleted.');
  await vi.advanceTimersByTimeAsync(UNDO_TIMEOUT_MS + 100);
  expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
});

test('"Open article" opens the note\'s article', async () => {
  const services = await testServices({ notes: NOTES });
  renderTab(services);
  const row = (await screen.findByText('Critics say the plan will fail.')).closest('li')!;
  fireEvent.click(within(row).getByRole('button', { name: 'Open article' }));
  expect(services.openUrl).toHaveBeenCalledWith(NOTES[0]!.articleUrl);
});

test('shows one page of notes and loads the next on request', async () => {
  const many = Array.from({ length: 60 }, (_, index) => makeNote({ id: `n${index}`, createdAt: NOW - index * 1000 }));
  renderTab(await testServices({ notes: many }));
  await screen.findByText('Passage n0');
  expect(listedPassages()).toHaveLength(PAGE_SIZE);
  expect(screen.getByText(`Showing ${PAGE_SIZE} of 60 notes`)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: `Show more (${60 - PAGE_SIZE} left)` }));
  await waitFor(() => expect(listedPassages()).toHaveLength(2 * PAGE_SIZE));
  expect(listedPassages()[PAGE_SIZE]).toBe(`Passage n${PAGE_SIZE}`);
});

test("rows show their article's title once it is known", async () => {
  const services = await testServices();
  await services.background.save({
    articleUrl: 'https://news.example.com/story',
    quote: { exact: 'Aides say talks will resume.', prefix: '', suffix: '' },
    article: { url: 'https://news.example.com/story', title: 'Talks to resume next week' },
  });
  renderTab(services);
  expect(await screen.findByText('Talks to resume next week', { selector: '.note-article' })).toBeTruthy();
});

test('in the toolbar popup, Import opens the Notes page instead of a file picker', async () => {
  const services = await testServices({ inToolbarPopup: true });
  renderTab(services);
  await screen.findByText(/No notes yet/);
  fireEvent.click(screen.getByRole('button', { name: /Export and import/ }));
  fireEvent.click(screen.getByRole('menuitem', { name: 'Import JSON… (opens the Notes page)' }));
  expect(services.openNotesPage).toHaveBeenCalledOnce();
  expect(document.querySelector('input[type="file"]')).toBeNull();
});
