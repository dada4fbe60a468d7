/**
 * The popup lists notes through Dexie's liveQuery: every read must run inside it (Dexie calls
 * only) and emit again when a write changes what it read.
 */
import Dexie, { liveQuery } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeAll, describe, expect, test } from 'vitest';
import { openNotesDb } from '../../../notes/db.ts';
import { createNotesRepository } from '../../../notes/repository.ts';
import { ARTICLE, draft, START_TIME, testStore } from './notes-fixtures.ts';

beforeAll(() => {
  // liveQuery only runs where the environment has an IndexedDB (a browser always does); each
  // test's store still opens its own fake one.
  Dexie.dependencies.indexedDB ??= new IDBFactory();
  Dexie.dependencies.IDBKeyRange ??= IDBKeyRange;
});

/** Subscribes to a live read; `next()` resolves with the next value it emits, or rejects with its error. */
function watch<T>(read: () => Promise<T>) {
  const values: T[] = [];
  const waiting: { resolve: (value: T) => void; reject: (error: unknown) => void }[] = [];
  const subscription = liveQuery(read).subscribe({
    next(value) {
      const waiter = waiting.shift();
      if (waiter) waiter.resolve(value);
      else values.push(value);
    },
    error(error) {
      for (const waiter of waiting.splice(0)) waiter.reject(error);
    },
  });
  return {
    next: () =>
      values.length > 0
        ? Promise.resolve(values.shift() as T)
        : new Promise<T>((resolve, reject) => waiting.push({ resolve, reject })),
    stop: () => subscription.unsubscribe(),
  };
}

const SAID = 'Officials said the talks had stalled.';

describe('reads inside liveQuery', () => {
  test('a live query() follows save, update and remove', async () => {
    const { notes } = testStore();
    const live = watch(() => notes.query({ text: 'stalled' }));
    expect((await live.next()).total).toBe(0);

    const saved = await notes.save(draft(SAID));
    expect((await live.next()).notes.map((n) => n.id)).toEqual([saved.id]);

    await notes.update(saved.id, { comment: 'Which officials?' });
    expect((await live.next()).notes[0]?.comment).toBe('Which officials?');

    await notes.remove(saved.id);
    expect((await live.next()).total).toBe(0);
    live.stop();
  });

  test('a live search walking the date index follows writes too', async () => {
    // With a broad-condition limit of 10, a word in all 30 notes is checked on records, newest first.
    let time = START_TIME;
    const notes = createNotesRepository(openNotesDb({ indexedDB: new IDBFactory(), IDBKeyRange }), {
      broadCondition: 10,
      now: () => (time += 1000),
    });
    for (let index = 0; index < 30; index++) await notes.save(draft(`Officials said item ${index} was late.`));
    const live = watch(() => notes.query({ text: 'officials late', limit: 5 }));
    const before = await live.next();
    expect([before.total, before.totalIsLowerBound]).toEqual([6, true]);
    expect(before.notes[0]?.quote.exact).toBe('Officials said item 29 was late.');
    await notes.save(draft('Officials said the last one was late.'));
    expect((await live.next()).notes[0]?.quote.exact).toBe('Officials said the last one was late.');
    live.stop();
  });

  test('live facets() follow save, update and remove', async () => {
    const { notes } = testStore();
    const live = watch(() => notes.facets());
    expect(await live.next()).toEqual({ tags: [], sites: [] });

    const saved = await notes.save(draft(SAID, { tags: ['budget'] }));
    expect(await live.next()).toEqual({ tags: ['budget'], sites: ['news.example.com'] });

    await notes.update(saved.id, { tags: ['talks'] });
    expect((await live.next()).tags).toEqual(['talks']);

    await notes.remove(saved.id);
    expect(await live.next()).toEqual({ tags: [], sites: [] });
    live.stop();
  });

  test('live forPage(), count() and article() follow a save', async () => {
    const { notes } = testStore();
    const page = watch(() => notes.forPage(ARTICLE));
    const count = watch(() => notes.count());
    const article = watch(() => notes.article(ARTICLE));
    expect([await page.next(), await count.next(), await article.next()]).toEqual([[], 0, undefined]);
    await notes.save(draft(SAID, { article: { url: ARTICLE, title: 'Talks stall' } }));
    expect((await page.next()).map((n) => n.quote.exact)).toEqual([SAID]);
    expect(await count.next()).toBe(1);
    expect((await article.next())?.title).toBe('Talks stall');
    for (const each of [page, count, article]) each.stop();
  });

  test('live dismissals and reading totals follow their writes', async () => {
    const { notes } = testStore();
    const dismissed = watch(() => notes.dismissalsFor(ARTICLE));
    const outlets = watch(() => notes.outletsByShare());
    const summary = watch(() => notes.readingSummary());
    expect(await dismissed.next()).toEqual([]);
    expect(await outlets.next()).toEqual([]);
    expect((await summary.next()).articles).toBe(0);

    await notes.setDismissal(ARTICLE, 'hedged:the plan was reportedly dropped.', true);
    expect(await dismissed.next()).toEqual(['hedged:the plan was reportedly dropped.']);

    await notes.recordReading({
      url: ARTICLE,
      site: 'news.example.com',
      readAt: Date.UTC(2026, 0, 5),
      sentences: 10,
      flagged: 3,
      byCategory: { anonymous: 2, vague: 0, secondhand: 0, hedged: 1 },
    });
    expect((await outlets.next()).map((o) => [o.site, o.articles])).toEqual([['news.example.com', 1]]);
    expect((await summary.next()).share).toBeCloseTo(0.3);
    for (const each of [dismissed, outlets, summary]) each.stop();
  });
});
