// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { NotesTab } from '../../../components/popup/NotesTab.tsx';
import { UNDO_TIMEOUT_MS } from '../../../components/popup/notes/UndoSnackbar.tsx';
import { PAGE_SIZE } from '../../../components/popup/notes/use-note-search.ts';
import type { Note } from '../../../shared/note-model.ts';
import { fakeServices, makeNote, NOW, type FakeServices } from './fake-services.ts';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const HOUR = 3_600_000;

const NOTES: Note[] = [
  makeNote({
    id: 'old',
    createdAt: NOW - 48 * HOUR,
    site: 'daily.example',
    quote: { exact: 'Critics say the plan will fail.', prefix: '', suffix: '' },
    category: 'vague',
    tags: ['economy'],
  }),
  makeNote({
    id: 'new',
    createdAt: NOW - HOUR,
    quote: { exact: 'Insiders say the deal is dead.', prefix: '', suffix: '' },
    category: 'anonymous',
    comment: 'Which insiders?',
    tags: ['border'],
  }),
  makeNote({
    id: 'mid',
    createdAt: NOW - 24 * HOUR,
    quote: { exact: 'The mayor resigned on Friday.', prefix: '', suffix: '' },
    comment: 'Selected by hand',
  }),
];

const renderTab = (services: FakeServices, onNotesChanged = () => {}) =>
  render(<NotesTab services={services} notesVersion={0} onNotesChanged={onNotesChanged} />);

/** The passages of the listed notes, top to bottom. */
const listedPassages = () =>
  within(screen.getByRole('list', { name: 'Notes' }))
    .queryAllByRole('listitem')
    .filter((item) => item.hasAttribute('data-note-row'))
    .map((row) => row.querySelector('.passage')?.textContent);

test('lists every note, newest first, with a count', async () => {
  renderTab(fakeServices({ notes: NOTES }));
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

test('says it is loading, then what to do when there are no notes', async () => {
  const services = fakeServices();
  renderTab(services);
  expect(screen.getByText('Loading your notes…')).toBeTruthy();
  expect(await screen.findByText(/No notes yet — hover a flag on an article and choose/)).toBeTruthy();
  expect(screen.queryByRole('searchbox')).toBeNull();
});

test('says so when the database fails', async () => {
  const services = fakeServices({ notes: NOTES });
  services.notes.failWith = new Error('IndexedDB is unavailable');
  renderTab(services);
  expect((await screen.findByRole('alert')).textContent).toContain('Your notes could not be read: IndexedDB is unavailable');
  services.notes.failWith = null;
  fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
  expect(await screen.findByText('Insiders say the deal is dead.')).toBeTruthy();
});

test('searching narrows the list as the reader types', async () => {
  const mark = vi.spyOn(performance, 'mark');
  renderTab(fakeServices({ notes: NOTES }));
  fireEvent.input(await screen.findByRole('searchbox'), { target: { value: 'insid' } });
  await waitFor(() => expect(listedPassages()).toEqual(['Insiders say the deal is dead.']));
  expect(screen.getByText('1 note found')).toBeTruthy();
  expect(mark).toHaveBeenCalledWith('sourcelight-notes-rendered');
  await waitFor(() => expect(mark).toHaveBeenCalledWith('sourcelight-search-rendered'));
  expect(mark.mock.calls.filter(([name]) => name === 'sourcelight-notes-rendered')).toHaveLength(1);
});

test('a search with no match says so and clears back to all notes', async () => {
  renderTab(fakeServices({ notes: NOTES }));
  fireEvent.input(await screen.findByRole('searchbox'), { target: { value: 'zebra' } });
  expect(await screen.findByText('No notes match your search.')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
  await waitFor(() => expect(listedPassages()).toHaveLength(3));
});

test('filters by category, including notes saved from a selection', async () => {
  renderTab(fakeServices({ notes: NOTES }));
  const category = (await screen.findByRole('combobox', { name: 'Category' })) as HTMLSelectElement;
  fireEvent.change(category, { target: { value: 'vague' } });
  await waitFor(() => expect(listedPassages()).toEqual(['Critics say the plan will fail.']));
  fireEvent.change(category, { target: { value: 'none' } });
  await waitFor(() => expect(listedPassages()).toEqual(['The mayor resigned on Friday.']));
});

test('filters by tag and site from the facets', async () => {
  renderTab(fakeServices({ notes: NOTES }));
  const tag = (await screen.findByRole('combobox', { name: 'Tag' })) as HTMLSelectElement;
  await waitFor(() => expect(within(tag).getByRole('option', { name: 'border' })).toBeTruthy());
  fireEvent.change(tag, { target: { value: 'border' } });
  await waitFor(() => expect(listedPassages()).toEqual(['Insiders say the deal is dead.']));
  fireEvent.change(tag, { target: { value: '' } });
  fireEvent.change(screen.getByRole('combobox', { name: 'Site' }), { target: { value: 'daily.example' } });
  await waitFor(() => expect(listedPassages()).toEqual(['Critics say the plan will fail.']));
});

test('edits a comment and tags in place', async () => {
  const services = fakeServices({ notes: NOTES });
  const onNotesChanged = vi.fn();
  renderTab(services, onNotesChanged);
  const row = (await screen.findByText('Insiders say the deal is dead.')).closest('li')!;
  fireEvent.click(within(row).getByRole('button', { name: 'Edit' }));
  const comment = within(row).getByLabelText('Comment') as HTMLTextAreaElement;
  expect(comment.value).toBe('Which insiders?');
  fireEvent.input(comment, { target: { value: 'Two officials, per the follow-up.' } });
  fireEvent.input(within(row).getByLabelText('Tags'), { target: { value: 'border, follow-up' } });
  fireEvent.keyDown(comment, { key: 'Enter', ctrlKey: true });

  expect(await within(row).findByText('Two officials, per the follow-up.')).toBeTruthy();
  expect(services.notes.update).toHaveBeenCalledWith('new', {
    comment: 'Two officials, per the follow-up.',
    tags: ['border', 'follow-up'],
  });
  expect(within(row).getByText('follow-up')).toBeTruthy();
  expect(onNotesChanged).toHaveBeenCalled();
  expect(services.notesChanged).toHaveBeenCalled();
});

test('Enter on a row starts editing and Escape cancels it unchanged', async () => {
  const services = fakeServices({ notes: NOTES });
  renderTab(services);
  const row = (await screen.findByText('Insiders say the deal is dead.')).closest('li')!;
  fireEvent.keyDown(row, { key: 'Enter' });
  const comment = within(row).getByLabelText('Comment');
  fireEvent.input(comment, { target: { value: 'Never mind' } });
  fireEvent.keyDown(comment, { key: 'Escape' });
  expect(within(row).queryByLabelText('Comment')).toBeNull();
  expect(within(row).getByText('Which insiders?')).toBeTruthy();
  expect(services.notes.update).not.toHaveBeenCalled();
});

test('a deleted note disappears, and Undo puts it back', async () => {
  const services = fakeServices({ notes: NOTES });
  renderTab(services);
  const row = (await screen.findByText('Insiders say the deal is dead.')).closest('li')!;
  fireEvent.click(within(row).getByRole('button', { name: 'Delete' }));

  await waitFor(() => expect(screen.queryByText('Insiders say the deal is dead.')).toBeNull());
  expect(screen.getByText('Note deleted.')).toBeTruthy();
  expect(screen.getByText('2 notes')).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
  expect(await screen.findByText('Insiders say the deal is dead.')).toBeTruthy();
  expect(services.notes.restore).toHaveBeenCalledWith(NOTES[1]);
  expect(listedPassages()[0]).toBe('Insiders say the deal is dead.');
  expect(screen.queryByText('Note deleted.')).toBeNull();
});

test('the Undo offer goes away after a while', async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  renderTab(fakeServices({ notes: NOTES }));
  const row = (await screen.findByText('Insiders say the deal is dead.')).closest('li')!;
  fireEvent.click(within(row).getByRole('button', { name: 'Delete' }));
  await screen.findByText('Note deleted.');
  await vi.advanceTimersByTimeAsync(UNDO_TIMEOUT_MS + 100);
  expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
});

test('"Open article" opens the note\'s article', async () => {
  const services = fakeServices({ notes: NOTES });
  renderTab(services);
  const row = (await screen.findByText('Critics say the plan will fail.')).closest('li')!;
  fireEvent.click(within(row).getByRole('button', { name: 'Open article' }));
  expect(services.openUrl).toHaveBeenCalledWith(NOTES[0]!.articleUrl);
});

test('shows one page of notes and loads the next on request', async () => {
  const many = Array.from({ length: 120 }, (_, index) => makeNote({ id: `n${index}`, createdAt: NOW - index * 1000 }));
  renderTab(fakeServices({ notes: many }));
  await screen.findByText('Passage n0');
  expect(listedPassages()).toHaveLength(PAGE_SIZE);
  expect(screen.getByText(`Showing ${PAGE_SIZE} of 120 notes`)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: `Show more (${120 - PAGE_SIZE} left)` }));
  await waitFor(() => expect(listedPassages()).toHaveLength(2 * PAGE_SIZE));
  expect(listedPassages()[PAGE_SIZE]).toBe(`Passage n${PAGE_SIZE}`);
});

const fileInput = () => screen.getByLabelText('Import JSON') as HTMLInputElement;
const choose = (input: HTMLInputElement, text: string) => {
  const file = new File([text], 'notes.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
};

test('importing a file reports what was added and lists the new notes', async () => {
  const services = fakeServices({ notes: NOTES });
  const onNotesChanged = vi.fn();
  renderTab(services, onNotesChanged);
  await screen.findByText('3 notes');
  const imported = makeNote({
    id: 'imported',
    createdAt: NOW,
    quote: { exact: 'Officials reportedly agreed.', prefix: '', suffix: '' },
  });
  choose(fileInput(), JSON.stringify({ format: 'sourcelight-notes', version: 1, articles: [], notes: [imported, NOTES[0]] }));

  expect(await screen.findByText('Imported 1 note (1 already there)')).toBeTruthy();
  expect(onNotesChanged).toHaveBeenCalled();
  expect(await screen.findByText('Officials reportedly agreed.')).toBeTruthy();
  expect(screen.getByText('4 notes')).toBeTruthy();
});

test('a file that cannot be imported shows why and changes nothing', async () => {
  const services = fakeServices({ notes: NOTES });
  const onNotesChanged = vi.fn();
  renderTab(services, onNotesChanged);
  await screen.findByText('3 notes');
  choose(fileInput(), '{"format":"something-else"}');

  expect((await screen.findByRole('alert')).textContent).toBe('Nothing imported: Not a Sourcelight notes file.');
  expect(listedPassages()).toHaveLength(3);
  expect(onNotesChanged).not.toHaveBeenCalled();
});

test('exports download files named by date', async () => {
  const created: Blob[] = [];
  const createObjectURL = vi.fn((blob: Blob) => {
    created.push(blob);
    return 'blob:fake';
  });
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
  const clicked: HTMLAnchorElement[] = [];
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this);
  });
  try {
    renderTab(fakeServices({ notes: NOTES }));
    await screen.findByText('3 notes');
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]!.download).toMatch(/^sourcelight-notes-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(await created[0]!.text()).notes).toHaveLength(3);

    fireEvent.click(screen.getByRole('button', { name: 'Export Markdown' }));
    await waitFor(() => expect(clicked).toHaveLength(2));
    expect(clicked[1]!.download).toMatch(/\.md$/);
    expect(await created[1]!.text()).toContain('> Insiders say the deal is dead.');
  } finally {
    click.mockRestore();
    vi.unstubAllGlobals();
  }
});

test('in the toolbar popup, Import opens the Notes page in a tab instead of a file picker', async () => {
  const services = fakeServices({ notes: [] });
  const openImportPage = vi.fn(async () => {});
  services.openImportPage = openImportPage;
  render(<NotesTab services={services} notesVersion={0} onNotesChanged={() => {}} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Import JSON…' }));
  expect(openImportPage).toHaveBeenCalledOnce();
  expect(document.querySelector('input[type="file"]')).toBeNull();
});
