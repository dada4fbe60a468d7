// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import type { PanelServices } from '../../../components/side-panel/services.ts';
import { SidePanel } from '../../../components/side-panel/SidePanel.tsx';
import { ARTICLE_URL, fakePage, makeNote, makeReport, testServices, type TestServices } from '../popup/page-fixtures.ts';

afterEach(cleanup);

const NOTE = makeNote({
  id: 'saved-from-card',
  articleUrl: ARTICLE_URL,
  site: 'news.example.com',
  category: 'anonymous',
  quote: { exact: 'Insiders say the deal is all but dead.', prefix: '', suffix: '' },
});

/** The panel's services over the real store (fake-indexeddb), with the browser's tabs and session faked. */
async function panelServices(options: { notes?: (typeof NOTE)[]; panelNotes?: Record<number, string>; tab?: number } = {}) {
  const base: TestServices = await testServices({ notes: options.notes ?? [NOTE] });
  const panelNotes = new Map(Object.entries(options.panelNotes ?? {}).map(([tab, id]) => [Number(tab), id]));
  const tabListeners = new Set<(tabId: number) => void>();
  const noteListeners = new Set<(tabId: number, noteId: string | undefined) => void>();
  const pages = new Map<number, ReturnType<typeof fakePage>>([[options.tab ?? 1, base.page]]);
  const services: PanelServices = {
    ...base,
    currentTab: vi.fn(async () => options.tab ?? 1),
    onTabChange: (listener) => {
      tabListeners.add(listener);
      return () => tabListeners.delete(listener);
    },
    pageFor: (tabId) => {
      if (!pages.has(tabId))
        pages.set(tabId, fakePage(makeReport({ context: { ...makeReport().context, title: `Tab ${tabId}` } })));
      return pages.get(tabId)!;
    },
    panelNote: async (tabId) => panelNotes.get(tabId),
    onPanelNoteChange: (listener) => {
      noteListeners.add(listener);
      return () => noteListeners.delete(listener);
    },
    closePanelNote: vi.fn(async (tabId: number) => {
      panelNotes.delete(tabId);
      for (const listener of noteListeners) listener(tabId, undefined);
    }),
  };
  return {
    services,
    store: base.background,
    pages,
    /** The reader switches to another tab, or its page loads anew. */
    moveTo: (tabId: number) => {
      for (const listener of tabListeners) listener(tabId);
    },
    /** The card saved a note in this tab and asked for the panel. */
    noteSaved: (tabId: number, noteId: string) => {
      panelNotes.set(tabId, noteId);
      for (const listener of noteListeners) listener(tabId, noteId);
    },
  };
}

const noteRegion = () => screen.getByRole('region', { name: 'Your note' });
const pageRegion = () => screen.getByRole('region', { name: 'This page' });
/** The panel has found its tab (until then it says it is looking). */
const shown = () => screen.findByRole('region', { name: 'Your note' });

test('opened on a note: its passage, and a comment and tags typed here are saved to the notes', async () => {
  const { services, store } = await panelServices({ panelNotes: { 1: NOTE.id } });
  render(<SidePanel services={services} />);
  await shown();

  const comment = await within(noteRegion()).findByLabelText('Comment');
  expect(within(noteRegion()).getByText('Insiders say the deal is all but dead.')).toBeTruthy();
  expect(within(noteRegion()).getByText('Anonymous')).toBeTruthy();
  // Focus is in the comment, ready for the reader's words.
  await waitFor(() => expect(document.activeElement).toBe(comment));

  fireEvent.input(comment, { target: { value: 'Which insiders? Ask the ministry.' } });
  fireEvent.input(within(noteRegion()).getByLabelText('Tags'), { target: { value: 'border, sourcing' } });
  fireEvent.click(within(noteRegion()).getByRole('button', { name: 'Save note' }));

  expect(await within(noteRegion()).findByText('Saved to your notes.')).toBeTruthy();
  const stored = await store.get(NOTE.id);
  expect(stored?.comment).toBe('Which insiders? Ask the ministry.');
  expect(stored?.tags).toEqual(['border', 'sourcing']);
  // What the reader typed stays in the field after the save.
  expect((comment as HTMLTextAreaElement).value).toBe('Which insiders? Ask the ministry.');
});

test('Ctrl+Enter saves from the keyboard; Escape closes the note', async () => {
  const { services, store } = await panelServices({ panelNotes: { 1: NOTE.id } });
  render(<SidePanel services={services} />);
  await shown();
  const comment = await within(noteRegion()).findByLabelText('Comment');
  fireEvent.input(comment, { target: { value: 'Typed, never touched the mouse.' } });
  fireEvent.keyDown(comment, { key: 'Enter', ctrlKey: true });
  await waitFor(async () => expect((await store.get(NOTE.id))?.comment).toBe('Typed, never touched the mouse.'));

  fireEvent.keyDown(comment, { key: 'Escape' });
  expect(services.closePanelNote).toHaveBeenCalledWith(1);
  expect(await within(noteRegion()).findByText(/Save a flag as a note/)).toBeTruthy();
});

test('with no note yet, it says how to get one, and shows This page as the popup does', async () => {
  const { services } = await panelServices();
  render(<SidePanel services={services} />);
  await shown();
  expect(await within(noteRegion()).findByText(/Save a flag as a note/)).toBeTruthy();
  expect(await within(pageRegion()).findByRole('heading', { name: 'Talks stall over the border deal' })).toBeTruthy();
  expect(within(pageRegion()).getByText(/rest on unnamed sourcing/).textContent).toBe(
    '2 of 12 sentences rest on unnamed sourcing',
  );
  expect(within(pageRegion()).getAllByRole('button', { name: 'Save' }).length).toBeGreaterThan(0);
});

test('a note saved on the page while the panel is open is shown at once', async () => {
  const panel = await panelServices();
  render(<SidePanel services={panel.services} />);
  await shown();
  await within(noteRegion()).findByText(/Save a flag as a note/);
  panel.noteSaved(1, NOTE.id);
  expect(await within(noteRegion()).findByLabelText('Comment')).toBeTruthy();
  // A save in another tab is that tab's note, not this one's.
  panel.noteSaved(2, 'elsewhere');
  expect(within(noteRegion()).getByText('Insiders say the deal is all but dead.')).toBeTruthy();
});

test('it follows the reader to another tab: that tab’s page and that tab’s note', async () => {
  const other = makeNote({ id: 'other-tab', quote: { exact: 'Critics say the plan will fail.', prefix: '', suffix: '' } });
  const panel = await panelServices({ notes: [NOTE, other], panelNotes: { 1: NOTE.id, 2: other.id } });
  render(<SidePanel services={panel.services} />);
  await shown();
  await within(noteRegion()).findByText('Insiders say the deal is all but dead.');

  panel.moveTo(2);
  expect(await within(noteRegion()).findByText('Critics say the plan will fail.')).toBeTruthy();
  expect(await within(pageRegion()).findByRole('heading', { name: 'Tab 2' })).toBeTruthy();
  expect(panel.pages.get(2)?.report).toHaveBeenCalled();
});

test('a note deleted meanwhile says so, and can be closed', async () => {
  const { services } = await panelServices({ notes: [], panelNotes: { 1: 'gone' } });
  render(<SidePanel services={services} />);
  await shown();
  expect(await within(noteRegion()).findByText('This note is no longer in your notes.')).toBeTruthy();
  fireEvent.click(within(noteRegion()).getByRole('button', { name: 'Close note' }));
  expect(services.closePanelNote).toHaveBeenCalledWith(1);
});

test('a tab Sourcelight cannot read still leaves the note editable', async () => {
  const panel = await panelServices({ panelNotes: { 1: NOTE.id } });
  panel.pages.get(1)!.report.mockResolvedValue(null);
  render(<SidePanel services={panel.services} />);
  await shown();
  expect(await within(pageRegion()).findByText("Sourcelight can't read this page.")).toBeTruthy();
  expect(await within(noteRegion()).findByLabelText('Comment')).toBeTruthy();
});

test('a failed save says why and keeps the words', async () => {
  const { services } = await panelServices({ panelNotes: { 1: NOTE.id } });
  services.notes.update = vi.fn(async () => {
    throw new Error('Storage is full.');
  });
  render(<SidePanel services={services} />);
  await shown();
  const comment = await within(noteRegion()).findByLabelText('Comment');
  fireEvent.input(comment, { target: { value: 'Keep me.' } });
  fireEvent.click(within(noteRegion()).getByRole('button', { name: 'Save note' }));
  expect((await within(noteRegion()).findByRole('alert')).textContent).toBe('Not saved: Storage is full.');
  expect((comment as HTMLTextAreaElement).value).toBe('Keep me.');
});

test('the note names its outlet as the page names itself, not by its host', async () => {
  const { services, store } = await panelServices({ notes: [] });
  const { note } = await store.saveDraft({
    articleUrl: ARTICLE_URL,
    quote: { exact: 'Critics say the pier should have closed years ago.', prefix: '', suffix: '' },
    category: 'vague',
    article: { url: ARTICLE_URL, title: 'Pier to close', site: 'The Harbour Herald', byline: '' },
  });
  const { panelNote } = services;
  services.panelNote = async (tabId) => (tabId === 1 ? note.id : panelNote(tabId));
  render(<SidePanel services={services} />);
  await shown();
  expect(await within(noteRegion()).findByText('The Harbour Herald')).toBeTruthy();
  expect(within(noteRegion()).queryByText('news.example.com')).toBeNull();
});
