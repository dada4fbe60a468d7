/** A fresh in-memory notes store per test, with a clock and ids the test controls. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openNotesDb, type NotesDb } from '../../../notes/db.ts';
import type { NoteDraft } from '../../../contract/note-model.ts';
import type { NotesStore } from '../../../notes/notes-store.ts';
import { createNotesRepository } from '../../../notes/repository.ts';

export interface TestStore {
  db: NotesDb;
  notes: NotesStore;
  /** Moves the clock on; every save takes the current time. */
  tick(ms?: number): void;
  indexedDB: IDBFactory;
}

export const START_TIME = Date.UTC(2026, 0, 5, 9, 0, 0);

export function testStore(indexedDB = new IDBFactory()): TestStore {
  const db = openNotesDb({ indexedDB, IDBKeyRange });
  let time = START_TIME;
  let serial = 0;
  const notes = createNotesRepository(db, {
    now: () => time,
    newId: () => `note-${String(++serial).padStart(4, '0')}`,
  });
  return {
    db,
    notes,
    indexedDB,
    tick: (ms = 1000) => {
      time += ms;
    },
  };
}

export const ARTICLE = 'https://news.example.com/2026/01/budget-talks';

export function draft(exact: string, extra: Partial<NoteDraft> = {}): NoteDraft {
  return { articleUrl: ARTICLE, quote: { exact, prefix: '', suffix: '' }, ...extra };
}

/** A second article's address. */
export const OTHER_ARTICLE = 'https://other.example.org/2026/vote';

/** A store holding three notes: one with its article's details, one on another article, one by hand. */
export async function filledStore() {
  const store = testStore();
  const { notes, tick } = store;
  await notes.save(
    draft('Sources said the vote was delayed.', {
      position: { start: 10, end: 44 },
      category: 'anonymous',
      comment: 'Delayed by whom?',
      tags: ['vote'],
      article: {
        url: ARTICLE,
        title: 'Budget talks stall',
        site: 'The Example',
        byline: 'Ann Reporter',
        publishedAt: '2026-01-04T08:00:00Z',
        flagCounts: { anonymous: 2, hedged: 1 },
      },
    }),
  );
  tick();
  await notes.save(draft('The plan was reportedly dropped.', { articleUrl: OTHER_ARTICLE, category: 'hedged' }));
  tick();
  await notes.save(draft('A plain sentence saved by hand.', { comment: 'Line one\nLine two', tags: ['follow-up', 'vote'] }));
  return store;
}
