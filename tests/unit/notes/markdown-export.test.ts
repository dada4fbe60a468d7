import { describe, expect, test } from 'vitest';
import { ARTICLE, draft, filledStore, testStore } from './notes-fixtures.ts';

describe('Markdown export', () => {
  test('groups notes under their article with its link, site and byline', async () => {
    const { notes } = await filledStore();
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
