// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { NotesTab } from '../../../components/popup/NotesTab.tsx';
import { makeNote, NOTES, NOW, testServices } from './page-fixtures.ts';

afterEach(cleanup);

const openMenu = () => fireEvent.click(screen.getByRole('button', { name: /Export and import/ }));
const fileInput = () => document.querySelector<HTMLInputElement>('input[type="file"]')!;
const choose = (input: HTMLInputElement, text: string) => {
  const file = new File([text], 'notes.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
};
const listed = () => [...document.querySelectorAll('[data-note-row] .passage')].map((passage) => passage.textContent);

test('export and import live in a menu button: arrows move, Escape closes and gives focus back', async () => {
  render(<NotesTab services={await testServices({ notes: NOTES })} />);
  await screen.findByText('3 notes');
  const button = screen.getByRole('button', { name: /Export and import/ });
  expect(button.getAttribute('aria-haspopup')).toBe('menu');
  fireEvent.keyDown(button, { key: 'ArrowDown' });
  expect(button.getAttribute('aria-expanded')).toBe('true');
  const items = screen.getAllByRole('menuitem');
  expect(items.map((item) => item.textContent)).toEqual(['Export JSON', 'Export Markdown', 'Import JSON']);
  await waitFor(() => expect(document.activeElement).toBe(items[0]));
  fireEvent.keyDown(items[0]!, { key: 'ArrowDown' });
  await waitFor(() => expect(document.activeElement).toBe(items[1]));
  fireEvent.keyDown(items[1]!, { key: 'End' });
  await waitFor(() => expect(document.activeElement).toBe(items[2]));
  fireEvent.keyDown(items[2]!, { key: 'Escape' });
  expect(screen.getByRole('menu', { hidden: true }).hidden).toBe(true);
  expect(document.activeElement).toBe(button);
});

test('importing a file reports what was added and the new notes show', async () => {
  render(<NotesTab services={await testServices({ notes: NOTES })} />);
  await screen.findByText('3 notes');
  const imported = makeNote({
    id: 'imported',
    createdAt: NOW,
    quote: { exact: 'Officials reportedly agreed.', prefix: '', suffix: '' },
  });
  choose(
    fileInput(),
    JSON.stringify({
      format: 'sourcelight-notes',
      version: 1,
      exportedAt: '2026-11-24T12:00:00Z',
      articles: [],
      notes: [imported, NOTES[0]],
    }),
  );
  expect(await screen.findByText('Imported 1 note (1 already there)')).toBeTruthy();
  expect(await screen.findByText('Officials reportedly agreed.')).toBeTruthy();
  expect(screen.getByText('4 notes')).toBeTruthy();
});

test('a file that cannot be imported shows why and changes nothing', async () => {
  render(<NotesTab services={await testServices({ notes: NOTES })} />);
  await screen.findByText('3 notes');
  choose(fileInput(), '{"format":"something-else"}');
  expect((await screen.findByRole('alert')).textContent).toMatch(/^Nothing imported: /);
  expect(listed()).toHaveLength(3);
});

test('exports download files named by date', async () => {
  const created: Blob[] = [];
  vi.stubGlobal(
    'URL',
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        created.push(blob);
        return 'blob:fake';
      },
      revokeObjectURL: vi.fn(),
    }),
  );
  const clicked: HTMLAnchorElement[] = [];
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this);
  });
  try {
    render(<NotesTab services={await testServices({ notes: NOTES })} />);
    await screen.findByText('3 notes');
    openMenu();
    fireEvent.click(screen.getByRole('menuitem', { name: 'Export JSON' }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]!.download).toMatch(/^sourcelight-notes-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(await created[0]!.text()).notes).toHaveLength(3);

    openMenu();
    fireEvent.click(screen.getByRole('menuitem', { name: 'Export Markdown' }));
    await waitFor(() => expect(clicked).toHaveLength(2));
    expect(clicked[1]!.download).toMatch(/\.md$/);
    expect(await created[1]!.text()).toContain('Insiders say the deal is dead.');
  } finally {
    click.mockRestore();
    vi.unstubAllGlobals();
  }
});
