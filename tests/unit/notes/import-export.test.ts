import { describe, expect, test } from 'vitest';
import type { NotesExport } from '../../../contract/note-model.ts';
import type { NotesRepository } from '../../../notes/notes-store.ts';
import { MAX_BYLINE_CHARS, MAX_TITLE_CHARS } from '../../../notes/article-rows.ts';
import { MAX_IMPORT_ARTICLES } from '../../../notes/transfer/import-file.ts';
import { ImportError } from '../../../notes/repository.ts';
import { MAX_PASSAGE_CHARS, MAX_QUOTE_CONTEXT_CHARS } from '../../../contract/note-model.ts';
import { ARTICLE, draft, filledStore, OTHER_ARTICLE, testStore } from './notes-fixtures.ts';

const withoutDate = ({ exportedAt: _date, ...rest }: NotesExport) => rest;
const snapshot = async (notes: NotesRepository) => withoutDate(await notes.exportJson());

function file(notes: unknown[], articles: unknown[] = []): string {
  return JSON.stringify({ format: 'sourcelight-notes', version: 1, exportedAt: '2026-01-05T00:00:00.000Z', articles, notes });
}

describe('JSON export', () => {
  test('holds every article and note, by date, without search fields', async () => {
    const { notes } = await filledStore();
    const data = await notes.exportJson();
    expect(data.format).toBe('sourcelight-notes');
    expect(data.version).toBe(1);
    expect(Date.parse(data.exportedAt)).not.toBeNaN();
    expect(data.articles.map((a) => a.url)).toEqual([ARTICLE, OTHER_ARTICLE]);
    expect(data.notes.map((n) => n.quote.exact)).toEqual([
      'Sources said the vote was delayed.',
      'The plan was reportedly dropped.',
      'A plain sentence saved by hand.',
    ]);
    expect(JSON.stringify(data)).not.toMatch(/"words"|"categoryKey"/);
  });
});

describe('importing', () => {
  test('an export imported into an empty store gives back the same notes and articles', async () => {
    const { notes } = await filledStore();
    const text = JSON.stringify(await notes.exportJson());
    const fresh = testStore();
    expect(await fresh.notes.importJson(text)).toEqual({ added: 3, skipped: 0, conflicts: 0, trimmed: 0, articles: 2 });
    expect(await snapshot(fresh.notes)).toEqual(await snapshot(notes));
    // and the imported notes are searchable like saved ones
    expect((await fresh.notes.query({ text: 'whom delayed' })).total).toBe(1);
    expect((await fresh.notes.forPage(ARTICLE)).map((n) => n.quote.exact)).toHaveLength(2);
  });

  test('importing the same file twice adds nothing the second time', async () => {
    const { notes } = await filledStore();
    const text = JSON.stringify(await notes.exportJson());
    const fresh = testStore();
    await fresh.notes.importJson(text);
    const before = await snapshot(fresh.notes);
    expect(await fresh.notes.importJson(text)).toEqual({ added: 0, skipped: 3, conflicts: 0, trimmed: 0, articles: 0 });
    expect(await snapshot(fresh.notes)).toEqual(before);
  });

  test('a note already saved under another id is skipped; new notes and article details are merged in', async () => {
    const { notes } = await filledStore();
    const data = await notes.exportJson();
    const other = testStore();
    await other.notes.save(draft('Sources said the vote was delayed.', { position: { start: 10, end: 44 } }));
    const summary = await other.notes.importJson(JSON.stringify(data));
    expect(summary).toEqual({ added: 2, skipped: 1, conflicts: 0, trimmed: 0, articles: 1 });
    expect(await other.notes.count()).toBe(3);
    expect((await other.notes.article(ARTICLE))?.title).toBe('Budget talks stall');
  });

  test('a file from a hand edit with missing optional fields still imports', async () => {
    const { notes } = testStore();
    const summary = await notes.importJson(
      file([
        {
          id: 'n1',
          articleUrl: 'https://example.com/a?utm_source=x',
          quote: { exact: 'Said to be worth $1bn.' },
          createdAt: 5,
          updatedAt: 5,
        },
      ]),
    );
    expect(summary).toEqual({ added: 1, skipped: 0, conflicts: 0, trimmed: 0, articles: 1 });
    expect(await notes.get('n1')).toEqual({
      id: 'n1',
      articleUrl: 'https://example.com/a',
      site: 'example.com',
      quote: { exact: 'Said to be worth $1bn.', prefix: '', suffix: '' },
      comment: '',
      tags: [],
      createdAt: 5,
      updatedAt: 5,
    });
  });

  test('a passage that looks like HTML is kept as the text it is', async () => {
    const { notes } = testStore();
    const exact = '<img src=x onerror="alert(document.cookie)"> officials said';
    await notes.importJson(
      file([
        {
          id: 'x1',
          articleUrl: ARTICLE,
          site: 'news.example.com',
          quote: { exact, prefix: '', suffix: '' },
          comment: '',
          tags: [],
          createdAt: 1,
          updatedAt: 1,
        },
      ]),
    );
    expect((await notes.get('x1'))?.quote.exact).toBe(exact);
    const markdown = await notes.exportMarkdown();
    expect(markdown).toContain('> \\<img src=x onerror="alert(document\\.cookie)"\\> officials said');
    expect(markdown).not.toMatch(/(^|[^\\])<img/);
  });

  const GOOD = {
    id: 'g1',
    articleUrl: ARTICLE,
    site: 'news.example.com',
    quote: { exact: 'Fine.', prefix: '', suffix: '' },
    comment: '',
    tags: [],
    createdAt: 1,
    updatedAt: 1,
  };
  test.each([
    ['not JSON', '{"format": "sourcelight-notes", "notes": [', /Not a Sourcelight notes file/],
    ['JSON of something else', JSON.stringify({ name: 'package', version: '1.0.0' }), /^Not a Sourcelight notes file\.$/],
    ['a list instead of a file', JSON.stringify([GOOD]), /^Not a Sourcelight notes file\.$/],
    [
      'a newer version',
      JSON.stringify({ format: 'sourcelight-notes', version: 2, articles: [], notes: [] }),
      /newer Sourcelight/,
    ],
    ['no notes list', JSON.stringify({ format: 'sourcelight-notes', version: 1, articles: [] }), /no list of notes/],
    [
      'one note without a passage among good ones',
      file([GOOD, { ...GOOD, id: 'g2', quote: { exact: 'Also fine.' } }, { ...GOOD, id: 'g3', quote: { exact: '  ' } }]),
      /^Note 3 has no passage\.$/,
    ],
    ['a note on a javascript: address', file([{ ...GOOD, articleUrl: 'javascript:alert(1)' }]), /^Note 1 is not on a web page/],
    ['a note with a text date', file([{ ...GOOD, createdAt: 'yesterday' }]), /^Note 1 has no valid date of creation\.$/],
    ['a note with tags as one string', file([{ ...GOOD, tags: 'a,b' }]), /^Note 1 has tags that are not a list/],
    ['a note with an invented category', file([{ ...GOOD, category: 'gossip' }]), /^Note 1 has an unknown category/],
    ['a note without an id', file([GOOD, { ...GOOD, id: '' }]), /^Note 2 has no id\.$/],
    ['a note that is a number', file([GOOD, 7]), /^Note 2 is not a note\.$/],
    [
      'an article without an address',
      file([GOOD], [{ title: 'x', firstSeen: 1, lastSeen: 1 }]),
      /^Article 1 is not on a web page/,
    ],
    [
      'an article with a title that is not text',
      file([GOOD], [{ url: ARTICLE, title: 5, firstSeen: 1, lastSeen: 1 }]),
      /^Article 1 has a title that is not text\.$/,
    ],
  ])('refuses %s, and the notes already there stay exactly as they were', async (_what, text, message) => {
    const { notes } = await filledStore();
    const before = await snapshot(notes);
    const error = await notes.importJson(text).then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(message);
    expect(await snapshot(notes)).toEqual(before);
  });

  test('refuses a file over 100,000 notes before reading any of them', async () => {
    const { notes } = testStore();
    const text = JSON.stringify({ format: 'sourcelight-notes', version: 1, articles: [], notes: new Array(100_001).fill(0) });
    await expect(notes.importJson(text)).rejects.toThrow(/more than 100,000 notes/);
  });

  test('refuses a file over 50 MB without parsing it', async () => {
    const { notes } = testStore();
    await expect(notes.importJson(' '.repeat(50 * 1024 * 1024 + 1))).rejects.toThrow(/larger than 50 MB/);
  });
});

describe('what a file may claim (issue #12, items 5 and 8)', () => {
  const NOTE = {
    id: 'n1',
    articleUrl: ARTICLE,
    site: 'news.example.com',
    quote: { exact: 'Sources said the vote was delayed.', prefix: '', suffix: '' },
    comment: '',
    tags: [],
    createdAt: 1,
    updatedAt: 1,
  };
  const ROW = { url: ARTICLE, title: 'Budget', site: 'The Example', byline: '', firstSeen: 1, lastSeen: 1 };

  test('a site label that contradicts the address is recomputed from the address', async () => {
    const { notes } = testStore();
    await notes.importJson(file([{ ...NOTE, site: 'trusted.example' }], [ROW]));
    expect((await notes.get('n1'))?.site).toBe('news.example.com');
    expect((await notes.query({ site: 'trusted.example' })).total).toBe(0);
    expect((await notes.facets()).sites).toEqual(['news.example.com']);
  });

  test('the words around a passage are cut to the characters next to it', async () => {
    const { notes } = testStore();
    const quote = { exact: NOTE.quote.exact, prefix: `${'p'.repeat(10_000)}before `, suffix: ` after${'s'.repeat(10_000)}` };
    await notes.importJson(file([{ ...NOTE, quote }]));
    expect((await notes.get('n1'))?.quote).toEqual({
      exact: NOTE.quote.exact,
      prefix: quote.prefix.slice(-MAX_QUOTE_CONTEXT_CHARS),
      suffix: quote.suffix.slice(0, MAX_QUOTE_CONTEXT_CHARS),
    });
  });

  test('an old export with a passage over today’s limit still imports, the passage cut and counted', async () => {
    const { notes } = testStore();
    const exact = `${'a'.repeat(MAX_PASSAGE_CHARS)}${'b'.repeat(15_000)}`;
    const summary = await notes.importJson(file([{ ...NOTE, quote: { exact, prefix: 'before ', suffix: ' after' } }]));
    expect(summary).toMatchObject({ added: 1, trimmed: 1 });
    const quote = (await notes.get('n1'))?.quote;
    expect(quote?.exact).toBe('a'.repeat(MAX_PASSAGE_CHARS));
    // What was cut off is what follows the passage now.
    expect(quote?.suffix).toBe('b'.repeat(MAX_QUOTE_CONTEXT_CHARS));
  });

  test('a huge title is capped, not stored whole', async () => {
    const { notes } = testStore();
    await notes.importJson(file([NOTE], [{ ...ROW, title: 'T'.repeat(20_000_000), byline: 'B'.repeat(10_000) }]));
    const article = await notes.article(ARTICLE);
    expect(article?.title).toHaveLength(MAX_TITLE_CHARS);
    expect(article?.byline).toHaveLength(MAX_BYLINE_CHARS);
  });

  test('articles no note belongs to are not stored', async () => {
    const { notes, db } = testStore();
    const empty = Array.from({ length: 1_000 }, (_, index) => ({ ...ROW, url: `https://spam.example/${index}` }));
    const summary = await notes.importJson(file([NOTE], [ROW, ...empty]));
    expect(summary).toMatchObject({ added: 1, articles: 1 });
    expect(await db.articles.count()).toBe(1);
  });

  test('a file with more articles than Sourcelight imports is refused before anything is written', async () => {
    const { notes } = testStore();
    const text = file([NOTE], new Array(MAX_IMPORT_ARTICLES + 1).fill(0));
    await expect(notes.importJson(text)).rejects.toThrow(/more than 100,000 articles/);
    expect(await notes.count()).toBe(0);
  });

  test('a different note under an id already in use is a conflict: the note already there is kept', async () => {
    const { notes } = testStore();
    await notes.importJson(file([NOTE]));
    const other = { ...NOTE, quote: { exact: 'A different passage altogether.', prefix: '', suffix: '' } };
    const edited = { ...NOTE, comment: 'Edited elsewhere', updatedAt: 9 };
    const summary = await notes.importJson(file([other, edited, { ...NOTE, id: 'n2', quote: other.quote }]));
    expect(summary).toEqual({ added: 1, skipped: 1, conflicts: 1, trimmed: 0, articles: 0 });
    expect((await notes.get('n1'))?.quote.exact).toBe(NOTE.quote.exact);
    expect((await notes.get('n2'))?.quote.exact).toBe(other.quote.exact);
  });

  test('a file that repeats an id with another passage reports it, and keeps the first', async () => {
    const { notes } = testStore();
    const other = { ...NOTE, quote: { exact: 'Another passage.', prefix: '', suffix: '' } };
    expect(await notes.importJson(file([NOTE, other]))).toMatchObject({ added: 1, conflicts: 1, skipped: 0 });
    expect((await notes.get('n1'))?.quote.exact).toBe(NOTE.quote.exact);
  });
});

describe('the export walks every record', () => {
  test('a stored note without an indexed field is still exported, and the export imports again', async () => {
    const { notes, db } = await filledStore();
    const [first] = await db.notes.toArray();
    // A record an older build wrote without createdAt: it has no entry in the createdAt index.
    const undated = { ...first!, id: 'undated', quote: { ...first!.quote, exact: 'An undated passage.' } };
    const { createdAt: _gone, ...withoutDate } = undated;
    await db.notes.put(withoutDate as typeof first & {});
    const data = await notes.exportJson();
    expect(data.notes.map((n) => n.id)).toContain('undated');
    expect(data.notes).toHaveLength(4);
    const fresh = testStore();
    expect(await fresh.notes.importJson(JSON.stringify(data))).toMatchObject({ added: 4, conflicts: 0 });
    expect((await fresh.notes.get('undated'))?.createdAt).toBe(first!.updatedAt);
  });
});
