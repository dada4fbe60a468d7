import { expect, test, vi } from 'vitest';
import { withPrefetchedQuery } from '../../../components/popup/notes/prefetch.ts';
import type { NotePage, NotesRepository } from '../../../shared/note-model.ts';

const page = (total: number): NotePage => ({ notes: [], total });

function repository() {
  let calls = 0;
  const query = vi.fn(async () => page(++calls));
  return { query } as unknown as NotesRepository & { query: typeof query };
}

test('the first matching query takes the answer asked for at start; later ones ask the store', async () => {
  const notes = repository();
  const prefetched = withPrefetchedQuery(notes, { offset: 0, limit: 50 });
  expect(notes.query).toHaveBeenCalledTimes(1);
  expect(await prefetched.query({ offset: 0, limit: 50 })).toEqual(page(1));
  expect(await prefetched.query({ offset: 0, limit: 50 })).toEqual(page(2));
  expect(notes.query).toHaveBeenCalledTimes(2);
});

test('a different first query is not answered with the prefetched page', async () => {
  const notes = repository();
  const prefetched = withPrefetchedQuery(notes, { offset: 0, limit: 50 });
  expect(await prefetched.query({ text: 'minister', offset: 0, limit: 50 })).toEqual(page(2));
});
