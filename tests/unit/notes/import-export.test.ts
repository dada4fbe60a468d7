import { describe, expect, test } from 'vitest';
import type { NotesExport, NotesRepository } from '../../../shared/note-model.ts';
import { ImportError } from '../../../notes/repository.ts';
import { ARTICLE, draft, testStore } from './notes-fixtures.ts';

const OTHER = 'https://other.example.org/2026/vote';

async function filled() {
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
  await notes.save(draft('The plan was reportedly dropped.', { articleUrl: OTHER, category: 'hedged' }));
  tick();
  await notes.save(draft('A plain sentence saved by hand.', { comment: 'Line one\nLine two', tags: ['follow-up', 'vote'] }));
  return store;
}

const withoutDate = ({ exportedAt: _date, ...rest }: NotesExport) => rest;
const snapshot = async (notes: NotesRepository) => withoutDate(await notes.exportJson());

function file(notes: unknown[], articles: unknown[] = []): string {
  return JSON.stringify({ format: 'sourcelight-notes', version: 1, exportedAt: '2026-01-05T00:00:00.000Z', articles, notes });
}

describe('JSON export', () => {
  test('holds every article and note, by date, without search fields', async () => {
    const { notes } = await filled();
    const data = await notes.exportJson();
    expect(data.format).toBe('sourcelight-notes');
    expect(data.version).toBe(1);
    expect(Date.parse(data.exportedAt)).not.toBeNaN();
    expect(data.articles.map((a) => a.url)).toEqual([ARTICLE, OTHER]);
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
    const { notes } = await filled();
    const text = JSON.stringify(await notes.exportJson());
    const fresh = testStore();
    expect(await fresh.notes.importJson(text)).toEqual({ added: 3, skipped: 0, conflicts: 0, trimmed: 0, articles: 2 });
    expect(await snapshot(fresh.notes)).toEqual(await snapshot(notes));
    // and the imported notes are searchable like saved ones
    expect((await fresh.notes.query({ text: 'whom delayed' })).total).toBe(1);
    expect((await fresh.notes.forPage(ARTICLE)).map((n) => n.quote.exact)).toHaveLength(2);
  });

  test('importing the same file twice adds nothing the second time', async () => {
    const { notes } = await filled();
    const text = JSON.stringify(await notes.exportJson());
    const fresh = testStore();
    await fresh.notes.importJson(text);
    const before = await snapshot(fresh.notes);
    expect(await fresh.notes.importJson(text)).toEqual({ added: 0, skipped: 3, conflicts: 0, trimmed: 0, articles: 0 });
    expect(await snapshot(fresh.notes)).toEqual(before);
  });

  test('a note already saved under another id is skipped; new notes and article details are merged in', async () => {
    const { notes } = await filled();
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
    const { notes } = await filled();
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

describe('Markdown export', () => {
  test('groups notes under their article with its link, site and byline', async () => {
    const { notes } = await filled();
    const markdown = await notes.exportMarkdown();
    const budget = markdown.indexOf('## Budget talks stall');
    // An article without a title is headed by its address, as text: the Link line is the link.
    const other = markdown.indexOf('## https\\://other\\.example\\.org/2026/vote');
    expect(budget).toBeGreaterThan(0);
    expect(other).toBeGreaterThan(budget);
    const section = markdown.slice(budget, other);
    expect(section).toContain(`- Link: <${ARTICLE}>`);
    expect(section).toContain('- Site: The Example');
    expect(section).toContain('- By: Ann Reporter');
    expect(section).toContain('> Sources said the vote was delayed.');
    expect(section).toContain('- Flag: Anonymous');
    expect(section).toContain('- Comment: Delayed by whom?');
    expect(section).toContain('- Tags: vote');
    // The hand-saved note is on the same article, after the first; its comment keeps its line break.
    expect(section).toContain('- Comment: Line one\\\n  Line two');
    expect(section).toContain('- Tags: follow-up, vote');
  });

  test('page text cannot become a heading, link, image, list or HTML', async () => {
    const { notes } = testStore();
    const exact = [
      '# Breaking [click here](https://evil.example) ![x](https://evil.example/t.png)',
      '<script>alert(1)</script> and `code` and *stars* & &amp;',
      '- not a list',
      '1. not a numbered list',
      '> not a quote',
      '',
      '    not code',
    ].join('\n');
    await notes.save(
      draft(exact, {
        comment: '## also not a heading <b>',
        tags: ['<i>'],
        article: { url: ARTICLE, title: '# [Title](https://evil.example) <em>', byline: '<a href=x>Ann</a>' },
      }),
    );
    const markdown = await notes.exportMarkdown();
    const lines = markdown.split('\n');
    // Only our own headings: the document title and one per article.
    expect(lines.filter((line) => line.startsWith('#'))).toEqual([
      '# Sourcelight notes',
      '## \\# \\[Title\\](https\\://evil\\.example) \\<em\\>',
    ]);
    // No bracket or angle bracket is left unescaped, but for the article's own autolink.
    const ours = lines.filter((line) => !line.startsWith('- Link: <https://'));
    expect(ours.filter((line) => /(^|[^\\])[<[]/.test(line))).toEqual([]);
    expect(lines).toContain(
      '> \\# Breaking \\[click here\\](https\\://evil\\.example) !\\[x\\](https\\://evil\\.example/t\\.png)',
    );
    expect(lines).toContain('> \\<script\\>alert(1)\\</script\\> and \\`code\\` and \\*stars\\* \\& \\&amp;');
    expect(lines).toContain('> \\- not a list');
    expect(lines).toContain('> 1\\. not a numbered list');
    expect(lines).toContain('> \\> not a quote');
    expect(lines).toContain('>');
    expect(lines).toContain('> not code');
    expect(lines).toContain('- Comment: \\## also not a heading \\<b\\>');
    expect(lines).toContain('- Tags: \\<i\\>');
    expect(lines).toContain('- By: \\<a href=x\\>Ann\\</a\\>');
  });

  // Checked once by hand against marked 18 (GFM) and markdown-it 15 (linkify on): each of these
  // renders as a link unescaped, and as the same characters, unlinked, escaped as below.
  test.each([
    ['a bare web address', 'See https://evil.example/path?x=1 now', 'See https\\://evil\\.example/path?x=1 now'],
    ['another scheme', 'ftp://files.example.org/a', 'ftp\\://files\\.example\\.org/a'],
    ['a www. address', 'Visit www.evil.example today', 'Visit www\\.evil\\.example today'],
    ['an e-mail address', 'Write to press@evil.example', 'Write to press\\@evil\\.example'],
    ['a mailto: address', 'mailto:press@evil.example', 'mailto\\:press\\@evil\\.example'],
    ['a bare host name', 'Bare host evil.com', 'Bare host evil\\.com'],
    ['an address in brackets', '(https://evil.example)', '(https\\://evil\\.example)'],
  ])('%s in page text stays text', async (_what, exact, escaped) => {
    const { notes } = testStore();
    await notes.save(draft(exact, { comment: exact, article: { url: ARTICLE, title: 'Links' } }));
    const lines = (await notes.exportMarkdown()).split('\n');
    expect(lines).toContain(`> ${escaped}`);
    expect(lines).toContain(`- Comment: ${escaped}`);
    // The article's own address is the one link, and stays one.
    expect(lines.filter((line) => /https?:\/\//.test(line))).toEqual([`- Link: <${ARTICLE}>`]);
  });

  test('numbers, ordinary sentences and our own words are left as they were', async () => {
    const { notes } = testStore();
    await notes.save(draft('Prices rose 3.5 percent. Officials said so.', { category: 'hedged' }));
    const markdown = await notes.exportMarkdown();
    expect(markdown).toContain('> Prices rose 3.5 percent. Officials said so.');
    expect(markdown).toContain('- Flag: Hedged');
    expect(markdown).toMatch(/^# Sourcelight notes\n\nExported [^\n]+: 1 note from 1 article\.\n/);
  });
});
