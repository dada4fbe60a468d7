import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadMessages } from '../../../cli/output/message-catalog.ts';
import type { ScanReport } from '../../../cli/output/report.ts';
import { scan } from './fake-io.ts';

const SEED_PATH = new URL('../../fixtures/seed-article.txt', import.meta.url);
const HTML_PATH = new URL('../../fixtures/pages/harbour-article.html', import.meta.url);

const seedText = readFileSync(SEED_PATH, 'utf8');
const getMessage = await loadMessages();
const harbourHtml = readFileSync(HTML_PATH, 'utf8');

describe('sourcelight scan --json', () => {
  test('gives the seed article exactly its eight flags, with offsets into the file', async () => {
    const run = await scan(['scan', '--json', 'seed.txt'], { files: { 'seed.txt': seedText } });
    expect(run.code).toBe(0);
    expect(run.stdout).toHaveLength(1);
    const report = JSON.parse(run.stdout[0]!) as ScanReport;
    expect(report.file).toBe('seed.txt');
    expect(report.flags.map((flag) => [flag.category, flag.cue.text])).toEqual([
      ['hedged', 'reportedly'],
      ['anonymous', 'according to insiders'],
      ['anonymous', 'Some political insiders speculated'],
      ['vague', 'Others think'],
      ['anonymous', 'Per multiple sources'],
      ['anonymous', 'an insider claimed'],
      ['vague', 'other prominent people in the left-leaning party blame'],
      ['anonymous', 'Sources spoke with'],
    ]);
    for (const flag of report.flags) {
      expect(seedText.slice(flag.cue.start, flag.cue.end)).toBe(flag.cue.text);
      expect(seedText.slice(flag.sentence.start, flag.sentence.end)).toBe(flag.sentence.text);
      expect(flag.explanation.length).toBeGreaterThan(20);
    }
    expect(report.stats.flagged).toBe(8);
    expect(Object.keys(report)).toEqual(['file', 'language', 'flags', 'sources', 'stats']);
    expect(report.language).toBe('en');
  });

  test('offsets count UTF-16 code units of the decoded text, past emoji and curly quotes', async () => {
    const text = '😀 “Quote.” Officials said the bridge reportedly failed.';
    const run = await scan(['scan', '--json', 'emoji.txt'], { files: { 'emoji.txt': text } });
    const [flag] = (JSON.parse(run.stdout[0]!) as ScanReport).flags;
    expect(flag).toBeDefined();
    expect(text.slice(flag!.cue.start, flag!.cue.end)).toBe(flag!.cue.text);
  });

  test('an HTML page is scanned for its article body only, with its metadata', async () => {
    const run = await scan(['scan', '--json', 'harbour.html'], { files: { 'harbour.html': harbourHtml } });
    const report = JSON.parse(run.stdout[0]!) as ScanReport;
    expect(report.title).toBe('Harbour bridge repairs to run into spring');
    const sentences = report.flags.map((flag) => flag.sentence.text);
    expect(sentences).toEqual([
      'Two people familiar with the contract said the repair bill could double.',
      'Critics say the closure has been handled badly.',
      'The bridge reportedly carries 40,000 vehicles a day.',
    ]);
    expect(report.flags.map((flag) => flag.category)).toEqual(['anonymous', 'vague', 'hedged']);
  });

  test('a URL is fetched and read as the page it is', async () => {
    const run = await scan(['scan', '--json', 'https://news.test/harbour'], {
      pages: { 'https://news.test/harbour': { content: harbourHtml, mediaType: 'text/html; charset=utf-8' } },
    });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout[0]!) as ScanReport).file).toBe('https://news.test/harbour');
  });

  test('standard input is read with "-"', async () => {
    const run = await scan(['scan', '--json', '-'], { stdin: 'Critics say the plan is too costly.' });
    expect((JSON.parse(run.stdout[0]!) as ScanReport).flags.map((flag) => flag.category)).toEqual(['vague']);
  });
});

describe('bad inputs', () => {
  test.each([
    ['a missing file', 'missing.txt', undefined, /missing\.txt: no such file/],
    ['binary data', 'image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), /image\.txt: binary data/],
    ['invalid UTF-8', 'latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61]), /latin1\.txt: not valid UTF-8/],
    ['a URL that fails', 'https://unreachable.test/', undefined, /unreachable\.test.*ENOTFOUND/],
  ])('%s: a clear message, exit 1, and the other inputs still scanned', async (_label, argument, content, message) => {
    const files: Record<string, Uint8Array | string> = { 'good.txt': 'Sources said the talks had stalled.' };
    if (content) files[argument] = content;
    const run = await scan(['scan', '--json', argument, 'good.txt'], { files });
    expect(run.code).toBe(1);
    expect(run.stderr.join('\n')).toMatch(message);
    expect(run.stdout).toHaveLength(1);
    expect((JSON.parse(run.stdout[0]!) as ScanReport).file).toBe('good.txt');
  });

  test.each([[[]], [['scan']], [['frobnicate', 'x.txt']], [['scan', '--jsno', 'x.txt']]])(
    'usage error for %j: exit 2 with the usage',
    async (argv) => {
      const run = await scan(argv);
      expect(run.code).toBe(2);
      expect(run.stderr.join('\n')).toContain('Usage: sourcelight scan');
    },
  );
});

describe('the report for people', () => {
  test('marks each flag with its category and cue, then a one-line profile', async () => {
    const run = await scan(['scan', 'seed.txt'], { files: { 'seed.txt': seedText } });
    const lines = run.stdout.join('\n').split('\n');
    const [anonymous, vague, secondhand, hedged] = ['anonymous', 'vague', 'secondhand', 'hedged'].map((category) =>
      getMessage(`category_${category}_label`),
    );
    expect(lines[0]).toBe('seed.txt');
    expect(lines).toContainEqual(
      expect.stringMatching(new RegExp(`^ {2}${hedged} +Former Vice President Kamala Harris \\[reportedly\\] spoke`)),
    );
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^ {2}${vague} +\\[Others think\\] she still has`)));
    expect(lines.at(-1)).toMatch(
      new RegExp(`Sourcing: 8 of \\d+ sentences flagged \\(\\d+%\\): ${anonymous} 5, ${vague} 2, ${secondhand} 0, ${hedged} 1`),
    );
  });
});
