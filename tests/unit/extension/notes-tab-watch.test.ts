/** The background tells a tab that it holds notes, so that no page has to ask. */
import { describe, expect, it } from 'vitest';
import { TELL_TRIES, watchTabsForNotes } from '../../../extension/notes-tab-watch.ts';

type Update = (tabId: number, change: { status?: string; url?: string }, tab: { url?: string }) => void;

function harness(options: { notedUrls?: string[]; listensAfter?: number } = {}) {
  let update: Update = () => {};
  let remove: (tabId: number) => void = () => {};
  const told: number[] = [];
  let attempts = 0;
  const watch = watchTabsForNotes({
    onUpdated: { addListener: (listener) => (update = listener) },
    onRemoved: { addListener: (listener) => (remove = listener) },
    hasNotes: async (url) => (options.notedUrls ?? []).includes(url),
    tell: async (tabId) => {
      attempts++;
      // The loader starts when the page is idle, which may follow "complete".
      if (attempts <= (options.listensAfter ?? 0)) throw new Error('Receiving end does not exist.');
      told.push(tabId);
    },
    wait: async () => {},
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    watch,
    told,
    update: (...args: Parameters<Update>) => update(...args),
    remove: (id: number) => remove(id),
    settle,
    attempts: () => attempts,
  };
}

const NOTED = 'https://blog.example/post';

describe('telling tabs of their notes', () => {
  it('tells a tab whose page holds notes once it has loaded, and no other', async () => {
    const h = harness({ notedUrls: [NOTED] });
    h.update(1, { status: 'loading', url: NOTED }, { url: NOTED });
    h.update(1, { status: 'complete' }, { url: NOTED });
    h.update(2, { status: 'complete' }, { url: 'https://blog.example/other' });
    await h.settle();
    expect(h.told).toEqual([1]);
  });

  it('tells a tab when its address changes within the page to one with notes', async () => {
    const h = harness({ notedUrls: [NOTED] });
    h.update(3, { url: NOTED }, { url: NOTED });
    await h.settle();
    expect(h.told).toEqual([3]);
  });

  it('tries again while the page does not listen yet, and gives up after a few tries', async () => {
    const late = harness({ notedUrls: [NOTED], listensAfter: 2 });
    late.update(1, { status: 'complete' }, { url: NOTED });
    for (let i = 0; i < 10; i++) await late.settle();
    expect(late.told).toEqual([1]);

    const never = harness({ notedUrls: [NOTED], listensAfter: 99 });
    never.update(1, { status: 'complete' }, { url: NOTED });
    for (let i = 0; i < 10; i++) await never.settle();
    expect(never.attempts()).toBe(TELL_TRIES);
  });

  it('leaves alone a tab that has the engine (it fetches its own notes) until a new page loads there', async () => {
    const h = harness({ notedUrls: [NOTED] });
    h.watch.engineInjected(1);
    h.update(1, { status: 'complete' }, { url: NOTED });
    await h.settle();
    expect(h.told).toEqual([]);
    h.update(1, { status: 'loading', url: NOTED }, { url: NOTED });
    h.update(1, { status: 'complete' }, { url: NOTED });
    await h.settle();
    expect(h.told).toEqual([1]);
  });

  it('ignores browser pages and files', async () => {
    const h = harness({ notedUrls: ['chrome://settings', 'file:///tmp/a.html'] });
    h.update(1, { status: 'complete' }, { url: 'chrome://settings' });
    h.update(2, { status: 'complete' }, { url: 'file:///tmp/a.html' });
    await h.settle();
    expect(h.told).toEqual([]);
  });
});
