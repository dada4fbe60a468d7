// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { App } from '../../../components/popup/App.tsx';
import { makeNote, testServices } from './page-fixtures.ts';

afterEach(cleanup);

test('two tabs; the selected one labels the visible panel', async () => {
  render(<App services={await testServices()} />);
  const [page, notes] = screen.getAllByRole('tab');
  expect(page!.textContent).toBe('This page');
  expect(notes!.textContent).toBe('Notes');
  expect(page!.getAttribute('aria-selected')).toBe('true');
  expect(screen.getByRole('tabpanel', { name: 'This page' })).toBeTruthy();
  expect(await screen.findByRole('heading', { name: 'Talks stall over the border deal' })).toBeTruthy();
});

test('arrow keys, Home and End move between tabs and keep one tab in the Tab order', async () => {
  const services = await testServices({
    notes: [makeNote({ id: 'x', quote: { exact: 'A kept passage.', prefix: '', suffix: '' } })],
  });
  render(<App services={services} />);
  const [page, notes] = screen.getAllByRole('tab') as HTMLButtonElement[];

  fireEvent.keyDown(page!, { key: 'ArrowRight' });
  expect(notes!.getAttribute('aria-selected')).toBe('true');
  expect(document.activeElement).toBe(notes);
  expect([page!.tabIndex, notes!.tabIndex]).toEqual([-1, 0]);
  expect(screen.getByRole('tabpanel', { name: 'Notes' })).toBeTruthy();
  expect(await screen.findByText('A kept passage.')).toBeTruthy();

  fireEvent.keyDown(notes!, { key: 'ArrowRight' });
  expect(document.activeElement).toBe(page);
  fireEvent.keyDown(page!, { key: 'End' });
  expect(document.activeElement).toBe(notes);
  fireEvent.keyDown(notes!, { key: 'Home' });
  expect(document.activeElement).toBe(page);
  fireEvent.keyDown(page!, { key: 'ArrowLeft' });
  expect(document.activeElement).toBe(notes);
});

test('a note saved on This page shows in the Notes tab, which was open all along', async () => {
  render(<App services={await testServices()} initialTab="notes" />);
  expect(await screen.findByText(/No notes yet/)).toBeTruthy();

  fireEvent.click(screen.getByRole('tab', { name: 'This page' }));
  const [save] = await screen.findAllByRole('button', { name: 'Save' });
  fireEvent.click(save!);
  fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
  await screen.findByText('Saved');

  fireEvent.click(screen.getByRole('tab', { name: 'Notes' }));
  expect(await screen.findByText('Insiders say the deal is all but dead.', { selector: '.passage' })).toBeTruthy();
});
