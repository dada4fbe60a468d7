import { describe, expect, test } from 'vitest';
import type { Note, NoteDraft } from '../../../contract/note-model.ts';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openNotesDb } from '../../../notes/db.ts';
import { createNotesRepository, MAX_NOTES_TO_SORT } from '../../../notes/repository.ts';
import { draft, testStore } from './notes-fixtures.ts';

const GUARDIAN = 'https://www.theguardian.example/world/2026/jan/05/summit';
const TIMES = 'https://times.example.com/politics/deal';

/** Saved in this order, one second apart: the last is the newest. */
const LIBRARY: NoteDraft[] = [
  draft('Insiders said the minister would resign by Friday.', {
    articleUrl: GUARDIAN,
    category: 'anonymous',
    tags: ['resignation'],
  }),
  draft('Critics say the dealers were warned.', { articleUrl: GUARDIAN, category: 'vague', comment: 'Which critics?' }),
  draft('Le président a démissionné, selon des proches.', {
    articleUrl: TIMES,
    category: 'anonymous',
    tags: ['france', 'resignation'],
  }),
  draft('The deal was signed at noon.', { articleUrl: TIMES, comment: 'Named: the trade office', tags: ['trade'] }),
  draft('The summit reportedly ended early.', { articleUrl: GUARDIAN, category: 'hedged' }),
];

async function library() {
  const store = testStore();
  const ids: string[] = [];
  for (const each of LIBRARY) {
    ids.push((await store.notes.save(each)).id);
    store.tick();
  }
  return { ...store, ids };
}

/** The passages found, newest first, as the Notes tab lists them. */
const passages = (page: { notes: { quote: { exact: string } }[] }) =>
  page.notes.map((n) => n.quote.exact.split(' ').slice(0, 2).join(' '));

describe('searching notes', () => {
  test('with no words, every note, newest first, with the total', async () => {
    const { notes } = await library();
    const page = await notes.query({});
    expect(passages(page)).toEqual(['The summit', 'The deal', 'Le président', 'Critics say', 'Insiders said']);
    expect(page.total).toBe(5);
  });

  test.each([
    ['a whole word', 'minister', ['Insiders said']],
    ['the start of a word', 'minis', ['Insiders said']],
    ['a prefix shared by two words of one note, listed once', 'deal', ['The deal', 'Critics say']],
    ['two words, both required', 'deal signed', ['The deal']],
    ['two words in any order and case', 'NOON the', ['The deal']],
    ['a word of the comment', 'critics?', ['Critics say']],
    ['a word of the comment only', 'office', ['The deal']],
    ['a tag', 'france', ['Le président']],
    ['the site', 'theguardian', ['The summit', 'Critics say', 'Insiders said']],
    ['without accents', 'president demissionne', ['Le président']],
    ['with accents the page lacked', 'sígned', ['The deal']],
    ['a word no note has', 'zebra', []],
    ['a word inside another, which is not a prefix', 'inister', []],
    ['one word that matches and one that does not', 'deal zebra', []],
  ])('by %s (%j)', async (_what, text, expected) => {
    const { notes } = await library();
    const page = await notes.query({ text });
    expect(passages(page)).toEqual(expected);
    expect(page.total).toBe(expected.length);
  });

  test('punctuation alone is no search: every note is listed', async () => {
    const { notes } = await library();
    expect((await notes.query({ text: ' ?! ' })).total).toBe(5);
  });

  test.each([
    ['tag', { tag: 'resignation' }, ['Le président', 'Insiders said']],
    ['tag, typed in capitals', { tag: ' Resignation ' }, ['Le président', 'Insiders said']],
    ['site', { site: 'times.example.com' }, ['The deal', 'Le président']],
    ['site, as the address bar spells it', { site: 'WWW.theguardian.example' }, ['The summit', 'Critics say', 'Insiders said']],
    ['category', { category: 'anonymous' }, ['Le président', 'Insiders said']],
    ['no category', { category: 'none' }, ['The deal']],
    ['tag and site', { tag: 'resignation', site: 'times.example.com' }, ['Le président']],
    ['words and category', { text: 'the', category: 'hedged' }, ['The summit']],
    ['words and tag', { text: 'said', tag: 'resignation' }, ['Insiders said']],
    ['a tag no note has', { tag: 'sport' }, []],
    ['a site no note has', { site: 'elsewhere.example' }, []],
  ] as const)('filtered by %s', async (_what, query, expected) => {
    const { notes } = await library();
    const page = await notes.query(query);
    expect(passages(page)).toEqual(expected);
    expect(page.total).toBe(expected.length);
  });

  test('pages through many notes without overlap, with the total of all matches', async () => {
    const { notes, tick } = testStore();
    for (let index = 0; index < 120; index++) {
      await notes.save(
        draft(`Officials said item ${index} was late.`, {
          position: { start: index, end: index + 10 },
          tags: [index % 2 ? 'odd' : 'even'],
        }),
      );
      if (index % 3 === 0) tick(); // several notes share a time stamp
    }
    const first = await notes.query({});
    expect(first.notes).toHaveLength(50);
    expect(first.total).toBe(120);
    const all = [first, await notes.query({ offset: 50 }), await notes.query({ offset: 100 })].flatMap((p) => p.notes);
    expect(all).toHaveLength(120);
    expect(new Set(all.map((n) => n.id)).size).toBe(120);
    expect(all.map((n) => n.createdAt)).toEqual([...all.map((n) => n.createdAt)].sort((a, b) => b - a));

    const odd = [
      await notes.query({ text: 'officials', tag: 'odd', limit: 25 }),
      await notes.query({ text: 'officials', tag: 'odd', limit: 25, offset: 25 }),
    ];
    expect(odd.map((p) => p.total)).toEqual([60, 60]);
    expect(odd.map((p) => p.notes.length)).toEqual([25, 25]);
    const oddIds = odd.flatMap((p) => p.notes.map((n) => n.id));
    expect(new Set(oddIds).size).toBe(50);
    expect(oddIds).toEqual(
      all
        .filter((n) => n.tags.includes('odd'))
        .slice(0, 50)
        .map((n) => n.id),
    );
  });
});

describe('searching a large store', () => {
  // More matches than a search sorts in memory, so the page comes from the date index.
  const COUNT = MAX_NOTES_TO_SORT * 2 + 20;
  const many: Note[] = Array.from({ length: COUNT }, (_, index) => ({
    id: `n${String(index).padStart(5, '0')}`,
    articleUrl: `https://news.example.com/story-${index % 40}`,
    site: 'news.example.com',
    quote: { exact: `Officials said item ${index} ${index % 4 === 0 ? 'was delayed' : 'went ahead'}.`, prefix: '', suffix: '' },
    position: { start: index, end: index + 20 },
    comment: '',
    tags: [index % 2 ? 'odd' : 'even'],
    // Pairs of notes share a time stamp, and times do not follow ids.
    createdAt: 1_000_000 + Math.floor(((index * 7919) % COUNT) / 2) * 1000,
    updatedAt: 1,
    ...(index % 3 === 0 ? { category: 'anonymous' as const } : {}),
  }));
  const expected = (keep: (note: Note) => boolean) =>
    many
      .filter(keep)
      .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1))
      .map((n) => n.id);

  async function large() {
    const store = testStore();
    await store.notes.importJson(JSON.stringify({ format: 'sourcelight-notes', version: 1, articles: [], notes: many }));
    return store.notes;
  }

  test.each([
    ['a word every note has', { text: 'officials' }, () => true],
    ['two words every note has', { text: 'said offic' }, () => true],
    ['a common word and a tag', { text: 'item', tag: 'odd' }, (n: Note) => n.tags[0] === 'odd'],
    ['a common word and a rarer one', { text: 'officials delayed' }, (n: Note) => n.quote.exact.includes('delayed')],
    [
      'a rare word and a category checked in memory',
      { text: 'delayed', category: 'anonymous' },
      (n: Note) => n.quote.exact.includes('delayed') && n.category === 'anonymous',
    ],
    ['a rare word and a tag no such note has', { text: 'delayed', tag: 'odd' }, () => false],
    ['a category', { category: 'anonymous' }, (n: Note) => n.category === 'anonymous'],
    ['no category and a tag', { category: 'none', tag: 'even' }, (n: Note) => !n.category && n.tags[0] === 'even'],
  ] as const)('by %s: the right total, and pages in date order', async (_what, query, keep) => {
    const notes = await large();
    const ids = expected(keep);
    const first = await notes.query(query);
    expect(first.total).toBe(ids.length);
    expect(first.notes.map((n) => n.id)).toEqual(ids.slice(0, 50));
    const later = await notes.query({ ...query, offset: 300, limit: 100 });
    expect(later.notes.map((n) => n.id)).toEqual(ids.slice(300, 400));
  });
});

describe('facets', () => {
  test('every tag and site in use, sorted, once each', async () => {
    const { notes } = await library();
    expect(await notes.facets()).toEqual({
      tags: ['france', 'resignation', 'trade'],
      sites: ['theguardian.example', 'times.example.com'],
    });
  });

  test('a tag no note uses any more disappears', async () => {
    const { notes, ids } = await library();
    await notes.remove(ids[3]!);
    expect((await notes.facets()).tags).toEqual(['france', 'resignation']);
  });

  test('an empty store has none', async () => {
    const { notes } = testStore();
    expect(await notes.facets()).toEqual({ tags: [], sites: [] });
  });
});

describe('searching for a word nearly every note has', () => {
  // With a broad-condition limit of 100, 400 notes make every common word "broad": the search
  // checks records newest first instead of reading id lists.
  const COUNT = 400;
  const same = 2_000_000;
  const many: Note[] = Array.from({ length: COUNT }, (_, index) => ({
    id: `b${String(index).padStart(4, '0')}`,
    articleUrl: `https://news.example.com/story-${index % 10}`,
    site: 'news.example.com',
    quote: { exact: `Officials said item ${index} ${index % 5 === 0 ? 'was delayed' : 'went ahead'}.`, prefix: '', suffix: '' },
    comment: '',
    tags: [index % 2 ? 'odd' : 'even'],
    // A third of the notes share one time stamp: walks must neither skip nor repeat them.
    createdAt: index % 3 === 0 ? same : 1_000_000 + index * 1000,
    updatedAt: 1,
  }));
  const newest = (keep: (note: Note) => boolean) =>
    many
      .filter(keep)
      .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1))
      .map((n) => n.id);

  async function broadStore() {
    const db = openNotesDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    const notes = createNotesRepository(db, { broadCondition: 100 });
    await notes.importJson(JSON.stringify({ format: 'sourcelight-notes', version: 1, articles: [], notes: many }));
    return notes;
  }

  test('pages through every match in date order, saying the total is a lower bound until the end', async () => {
    const notes = await broadStore();
    const ids = newest(() => true);
    const seen: string[] = [];
    let page = await notes.query({ text: 'officials', limit: 150 });
    expect(page.totalIsLowerBound).toBe(true);
    expect(page.total).toBeGreaterThan(page.notes.length);
    seen.push(...page.notes.map((n) => n.id));
    while (page.totalIsLowerBound) {
      page = await notes.query({ text: 'officials', limit: 150, offset: seen.length });
      seen.push(...page.notes.map((n) => n.id));
    }
    expect(seen).toEqual(ids);
    expect(page.total).toBe(COUNT);
  });

  test('a broad word and a narrow one: the narrow one picks, the broad one is checked on records', async () => {
    const notes = await broadStore();
    const page = await notes.query({ text: 'officials delayed', limit: 500 });
    expect(page.notes.map((n) => n.id)).toEqual(newest((n) => n.quote.exact.includes('delayed')));
  });

  test('a one-letter word matches that word only, not every word it starts', async () => {
    const notes = await broadStore();
    expect((await notes.query({ text: 'i' })).total).toBe(0);
    expect((await notes.query({ text: 'item 7' })).notes.map((n) => n.id)).toEqual(['b0007']);
  });
});
