import { describe, expect, test, vi } from 'vitest';
import { quotaMessage } from '../../../notes/repository.ts';
import { MAX_PASSAGE_CHARS, MAX_QUOTE_CONTEXT_CHARS } from '../../../contract/note-model.ts';
import { MAX_TITLE_CHARS } from '../../../notes/article-rows.ts';
import { ARTICLE, draft, START_TIME, testStore } from './notes-fixtures.ts';

const PASSAGE = 'People familiar with the matter said the talks had stalled.';

describe('saving a passage', () => {
  test('stores the note and its article, and reads them back', async () => {
    const { notes } = testStore();
    const saved = await notes.save(
      draft(PASSAGE, {
        articleUrl: `${ARTICLE}?utm_source=newsletter#top`,
        position: { start: 120, end: 180 },
        category: 'anonymous',
        comment: '  Who are these people?  ',
        tags: [' Budget ', 'budget', 'Talks'],
        article: {
          url: ARTICLE,
          title: 'Budget talks stall',
          site: 'The Example',
          byline: 'Ann Reporter',
          flagCounts: { anonymous: 3 },
        },
      }),
    );
    expect(saved).toMatchObject({
      articleUrl: ARTICLE,
      site: 'news.example.com',
      quote: { exact: PASSAGE },
      category: 'anonymous',
      comment: 'Who are these people?',
      tags: ['budget', 'talks'],
      createdAt: START_TIME,
    });
    expect(await notes.get(saved.id)).toEqual(saved);
    expect(await notes.count()).toBe(1);
    expect(await notes.article(`${ARTICLE}/`)).toEqual({
      url: ARTICLE,
      title: 'Budget talks stall',
      site: 'news.example.com',
      // The page's name for its outlet, shown beside the key (issue #18).
      outlet: 'The Example',
      byline: 'Ann Reporter',
      firstSeen: START_TIME,
      lastSeen: START_TIME,
      flagCounts: { anonymous: 3, vague: 0, secondhand: 0, hedged: 0 },
    });
  });

  test('the article row takes its site from the address and its title as one capped line, whatever the page claims', async () => {
    const { notes } = testStore();
    const title = `Budget\n\u202Etalks\u0007 stall ${'x'.repeat(5_000)}`;
    await notes.save(draft(PASSAGE, { article: { url: ARTICLE, title, site: 'trusted-paper.example' } }));
    const article = await notes.article(ARTICLE);
    expect(article?.site).toBe('news.example.com');
    expect(article?.title.startsWith('Budget talks stall xxx')).toBe(true);
    expect(article?.title).toHaveLength(MAX_TITLE_CHARS);
  });

  test('returned notes carry no search fields', async () => {
    const { notes } = testStore();
    const saved = await notes.save(draft(PASSAGE));
    expect(Object.keys((await notes.get(saved.id))!).sort()).toEqual(Object.keys(saved).sort());
    expect(saved).not.toHaveProperty('words');
    expect(saved).not.toHaveProperty('categoryKey');
  });

  test('a later visit keeps when the article was first seen and what the page no longer says', async () => {
    const { notes, tick } = testStore();
    await notes.save(draft('First passage.', { article: { url: ARTICLE, title: 'Old title', byline: 'Ann Reporter' } }));
    tick(60_000);
    await notes.save(draft('Second passage.', { article: { url: ARTICLE, title: 'New title' } }));
    expect(await notes.article(ARTICLE)).toMatchObject({
      title: 'New title',
      byline: 'Ann Reporter',
      site: 'news.example.com',
      firstSeen: START_TIME,
      lastSeen: START_TIME + 60_000,
    });
  });

  test('saving the same passage again returns the same note with the new comment and tags merged in', async () => {
    const { notes, tick } = testStore();
    const first = await notes.save(draft(PASSAGE, { position: { start: 10, end: 70 }, comment: 'Check this', tags: ['budget'] }));
    tick();
    const again = await notes.save(
      draft(PASSAGE, { articleUrl: `${ARTICLE}#x`, position: { start: 10, end: 70 }, comment: '', tags: ['Talks', 'budget'] }),
    );
    expect(again.id).toBe(first.id);
    expect(again.comment).toBe('Check this');
    expect(again.tags).toEqual(['budget', 'talks']);
    const third = await notes.save(
      draft(PASSAGE, { position: { start: 10, end: 70 }, comment: 'Named later: the finance minister' }),
    );
    expect(third.comment).toBe('Named later: the finance minister');
    expect(await notes.count()).toBe(1);
  });

  test('the same words elsewhere in the page, or on another page, are another note', async () => {
    const { notes } = testStore();
    await notes.save(draft(PASSAGE, { position: { start: 10, end: 70 } }));
    await notes.save(draft(PASSAGE, { position: { start: 900, end: 960 } }));
    await notes.save(draft(PASSAGE, { articleUrl: 'https://other.example.org/story', position: { start: 10, end: 70 } }));
    expect(await notes.count()).toBe(3);
  });

  test.each([
    ['a page that is not on the web', draft(PASSAGE, { articleUrl: 'javascript:alert(1)' }), /http or https/],
    ['no address at all', draft(PASSAGE, { articleUrl: 'news' }), /http or https/],
    ['an empty passage', draft('   \n '), /has no passage/],
    ['a passage of 5,001 characters', draft('x'.repeat(5_001)), /passage longer than 5,000 characters/],
    ['a comment of 10,001 characters', draft(PASSAGE, { comment: 'c'.repeat(10_001) }), /comment longer than 10,000/],
    ['a tag of 51 characters', draft(PASSAGE, { tags: ['t'.repeat(51)] }), /tag longer than 50/],
    ['21 tags', draft(PASSAGE, { tags: Array.from({ length: 21 }, (_, i) => `tag${i}`) }), /more than 20 tags/],
    ['an unknown category', draft(PASSAGE, { category: 'rumour' as never }), /unknown category/],
    ['a position that ends before it starts', draft(PASSAGE, { position: { start: 50, end: 10 } }), /position/],
  ])('refuses %s and stores nothing', async (_name, bad, message) => {
    const { notes } = testStore();
    await expect(notes.save(bad)).rejects.toThrow(message);
    expect(await notes.count()).toBe(0);
    expect(await notes.article(ARTICLE)).toBeUndefined();
  });

  test('saving a passage again cannot take it past 20 tags', async () => {
    const { notes } = testStore();
    const first = await notes.save(draft(PASSAGE, { tags: Array.from({ length: 15 }, (_, i) => `a${i}`) }));
    await expect(notes.save(draft(PASSAGE, { tags: Array.from({ length: 6 }, (_, i) => `b${i}`) }))).rejects.toThrow(
      /more than 20 tags/,
    );
    expect((await notes.get(first.id))?.tags).toHaveLength(15);
  });

  test('accepts the limits themselves', async () => {
    const { notes } = testStore();
    const note = await notes.save(
      draft('x'.repeat(5_000), {
        comment: 'c'.repeat(10_000),
        tags: Array.from({ length: 20 }, (_, i) => `${i}`.padEnd(50, 't')),
      }),
    );
    expect(note.tags).toHaveLength(20);
  });

  test('a full disk is reported in plain words, and nothing is half-written', async () => {
    const { db, notes } = testStore();
    await notes.save(draft('An earlier passage.'));
    vi.spyOn(db.notes, 'add').mockRejectedValueOnce(new DOMException('Quota exceeded', 'QuotaExceededError'));
    await expect(notes.save(draft(PASSAGE, { article: { url: ARTICLE, title: 'Changed' } }))).rejects.toThrow(quotaMessage());
    expect(await notes.count()).toBe(1);
    expect((await notes.article(ARTICLE))?.title).toBe('');
  });
});

describe('editing, deleting and undoing', () => {
  test('update changes comment and tags and the time of change, not the rest', async () => {
    const { notes, tick } = testStore();
    const saved = await notes.save(draft(PASSAGE, { comment: 'old', tags: ['a'] }));
    tick(5000);
    const edited = await notes.update(saved.id, { comment: ' new ', tags: ['B', 'c', 'b'] });
    expect(edited).toEqual({ ...saved, comment: 'new', tags: ['b', 'c'], updatedAt: START_TIME + 5000 });
    expect(await notes.get(saved.id)).toEqual(edited);
    const tagsOnly = await notes.update(saved.id, { tags: [] });
    expect(tagsOnly.comment).toBe('new');
  });

  test('an edit is found by search at once', async () => {
    const { notes } = testStore();
    const saved = await notes.save(draft(PASSAGE));
    await notes.update(saved.id, { comment: 'Compare with the Reuters piece', tags: ['follow-up'] });
    expect((await notes.query({ text: 'reuters' })).notes.map((n) => n.id)).toEqual([saved.id]);
    expect((await notes.query({ tag: 'follow-up' })).total).toBe(1);
  });

  test('update refuses what save refuses, and a missing note', async () => {
    const { notes } = testStore();
    const saved = await notes.save(draft(PASSAGE, { comment: 'kept' }));
    await expect(notes.update(saved.id, { comment: 'c'.repeat(10_001) })).rejects.toThrow(/comment longer/);
    await expect(notes.update('no-such-note', { comment: 'x' })).rejects.toThrow('Note not found');
    expect((await notes.get(saved.id))?.comment).toBe('kept');
  });

  test('remove returns the note, and restore puts it back exactly as it was', async () => {
    const { notes } = testStore();
    const saved = await notes.save(
      draft(PASSAGE, { category: 'anonymous', comment: 'why', tags: ['x'], position: { start: 1, end: 9 } }),
    );
    const removed = await notes.remove(saved.id);
    expect(removed).toEqual(saved);
    expect(await notes.get(saved.id)).toBeUndefined();
    expect(await notes.forPage(ARTICLE)).toEqual([]);
    expect((await notes.query({ text: 'familiar' })).total).toBe(0);
    await notes.restore(removed);
    expect(await notes.get(saved.id)).toEqual(saved);
    expect((await notes.query({ text: 'familiar', category: 'anonymous', tag: 'x' })).notes).toEqual([saved]);
    await expect(notes.remove('no-such-note')).rejects.toThrow('Note not found');
  });
});

describe('notes of one page', () => {
  test('in page order, notes without a position last, ties by age', async () => {
    const { notes, tick } = testStore();
    const saves = [
      ['no position, older', undefined],
      ['third', 300],
      ['first', 5],
      ['no position, newer', undefined],
      ['second', 40],
    ] as const;
    for (const [exact, start] of saves) {
      await notes.save(draft(exact, start === undefined ? {} : { position: { start, end: start + 5 } }));
      tick();
    }
    await notes.save(draft('elsewhere', { articleUrl: 'https://news.example.com/another-story' }));
    const page = await notes.forPage(`${ARTICLE}/?utm_campaign=x`);
    expect(page.map((n) => n.quote.exact)).toEqual(['first', 'second', 'third', 'no position, older', 'no position, newer']);
  });
});

describe('saveDraft says whether the passage was new', () => {
  test('created the first time, not when the passage is already in the notes', async () => {
    const { notes, tick } = testStore();
    const first = await notes.saveDraft(draft(PASSAGE, { position: { start: 10, end: 70 }, tags: ['a'] }));
    expect(first.created).toBe(true);
    tick();
    const again = await notes.saveDraft(draft(PASSAGE, { position: { start: 10, end: 70 }, tags: ['b'] }));
    expect(again).toEqual({ created: false, note: { ...first.note, tags: ['a', 'b'], updatedAt: START_TIME + 1000 } });
    const elsewhere = await notes.saveDraft(draft(PASSAGE, { position: { start: 500, end: 560 } }));
    expect(elsewhere.created).toBe(true);
    expect(await notes.count()).toBe(2);
  });

  test('save() still answers the note itself', async () => {
    const { notes } = testStore();
    const note = await notes.save(draft(PASSAGE));
    expect(note).toEqual((await notes.saveDraft(draft(PASSAGE))).note);
  });
});

describe('the words around a passage are bounded', () => {
  test('a saved prefix and suffix keep only the characters next to the passage', async () => {
    const { notes } = testStore();
    const prefix = `${'p'.repeat(10_000)}said on Tuesday that `;
    const suffix = ` and then ${'s'.repeat(10_000)}`;
    const saved = await notes.save({ articleUrl: ARTICLE, quote: { exact: PASSAGE, prefix, suffix } });
    expect(saved.quote).toEqual({
      exact: PASSAGE,
      prefix: prefix.slice(-MAX_QUOTE_CONTEXT_CHARS),
      suffix: suffix.slice(0, MAX_QUOTE_CONTEXT_CHARS),
    });
    expect((await notes.get(saved.id))?.quote.prefix).toHaveLength(MAX_QUOTE_CONTEXT_CHARS);
  });

  test('a passage is limited to the one passage limit of the note model', async () => {
    const { notes } = testStore();
    await expect(notes.save(draft('x'.repeat(MAX_PASSAGE_CHARS + 1)))).rejects.toThrow(/longer than 5,000/);
    await expect(notes.save(draft('x'.repeat(MAX_PASSAGE_CHARS)))).resolves.toBeDefined();
  });

  test('a note restored with a site that contradicts its address is filed under its address', async () => {
    const { notes } = testStore();
    const saved = await notes.save(draft(PASSAGE));
    await notes.remove(saved.id);
    await notes.restore({ ...saved, site: 'elsewhere.example' });
    expect((await notes.get(saved.id))?.site).toBe('news.example.com');
    expect((await notes.facets()).sites).toEqual(['news.example.com']);
  });
});
