/**
 * The background shows the reader's notes on a page that is no article on the toolbar badge,
 * which the page cannot see; it never tells the page, so no page learns it holds notes.
 */
import { describe, expect, it } from 'vitest';
import { watchTabsForNotes } from '../../../extension/notes-tab-watch.ts';

type Update = (tabId: number, change: { status?: string; url?: string }, tab: { url?: string }) => void;

function harness(notes: Record<string, number> = {}) {
  let update: Update = () => {};
  let remove: (tabId: number) => void = () => {};
  /** Every badge change, in order: a count of notes, or null for "the engine's flags". */
  const badges: [number, number | null][] = [];
  const watch = watchTabsForNotes({
    onUpdated: { addListener: (listener) => (update = listener) },
    onRemoved: { addListener: (listener) => (remove = listener) },
    countNotes: async (url) => notes[url] ?? 0,
    showNotes: async (tabId, count) => void badges.push([tabId, count]),
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { watch, badges, update: (...args: Parameters<Update>) => update(...args), remove: (id: number) => remove(id), settle };
}

const NOTED = 'https://blog.example/post';
const OTHER = 'https://blog.example/other';

describe('notes on the badge, never in the page', () => {
  it('counts the notes of a tab whose page holds some once it has loaded, and of no other', async () => {
    const h = harness({ [NOTED]: 2 });
    h.update(1, { status: 'loading', url: NOTED }, { url: NOTED });
    h.update(1, { status: 'complete' }, { url: NOTED });
    h.update(2, { status: 'complete' }, { url: OTHER });
    await h.settle();
    expect(h.badges).toEqual([[1, 2]]);
  });

  it('follows an address change within the page, and takes the count away on a page without notes', async () => {
    const h = harness({ [NOTED]: 1 });
    h.update(3, { url: NOTED }, { url: NOTED });
    await h.settle();
    h.update(3, { url: OTHER }, { url: OTHER });
    await h.settle();
    expect(h.badges).toEqual([
      [3, 1],
      [3, null],
    ]);
  });

  it('gives the badge to the engine once it is in the tab, until a new page loads there', async () => {
    const h = harness({ [NOTED]: 1 });
    h.update(1, { status: 'complete' }, { url: NOTED });
    await h.settle();
    await h.watch.engineInjected(1);
    h.update(1, { status: 'complete' }, { url: NOTED });
    await h.settle();
    expect(h.badges).toEqual([
      [1, 1],
      [1, null],
    ]);
    h.update(1, { status: 'loading', url: NOTED }, { url: NOTED });
    h.update(1, { status: 'complete' }, { url: NOTED });
    await h.settle();
    expect(h.badges.at(-1)).toEqual([1, 1]);
  });

  it('ignores browser pages and files', async () => {
    const h = harness({ 'chrome://settings': 1, 'file:///tmp/a.html': 1 });
    h.update(1, { status: 'complete' }, { url: 'chrome://settings' });
    h.update(2, { status: 'complete' }, { url: 'file:///tmp/a.html' });
    await h.settle();
    expect(h.badges).toEqual([]);
  });
});

describe('notes saved or removed elsewhere', () => {
  it('counts every tab without an engine again, so the badge follows a note saved from the popup', async () => {
    const notes: Record<string, number> = {};
    const h = harness(notes);
    h.update(1, { status: 'complete' }, { url: NOTED });
    h.update(2, { status: 'complete' }, { url: OTHER });
    await h.settle();
    expect(h.badges).toEqual([]);
    notes[NOTED] = 1;
    await h.watch.notesChanged();
    expect(h.badges).toEqual([[1, 1]]);
    notes[NOTED] = 0;
    await h.watch.notesChanged();
    expect(h.badges).toEqual([
      [1, 1],
      [1, null],
    ]);
  });

  it('leaves a tab with an engine, a closed tab and a browser page alone', async () => {
    const notes: Record<string, number> = {};
    const h = harness(notes);
    h.update(1, { status: 'complete' }, { url: NOTED });
    h.update(2, { status: 'complete' }, { url: OTHER });
    h.update(3, { status: 'complete' }, { url: 'chrome://settings' });
    await h.settle();
    await h.watch.engineInjected(1);
    h.remove(2);
    notes[NOTED] = 2;
    notes[OTHER] = 2;
    notes['chrome://settings'] = 2;
    await h.watch.notesChanged();
    expect(h.badges).toEqual([]);
  });

  it('coalesces a burst of writes into one more count', async () => {
    let counted = 0;
    const watch = watchTabsForNotes({
      onUpdated: { addListener: (listener) => listener(1, { status: 'complete' }, { url: NOTED }) },
      onRemoved: { addListener: () => {} },
      countNotes: async () => {
        counted++;
        return 0;
      },
      showNotes: async () => {},
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    counted = 0;
    await Promise.all(Array.from({ length: 20 }, () => watch.notesChanged()));
    expect(counted).toBe(2);
  });
});
