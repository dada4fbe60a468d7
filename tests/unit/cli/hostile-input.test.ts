/**
 * Inputs made to hurt (issue #12 item 7): deep nesting, terminal control characters, endless
 * streams, byte-order marks and UTF-16. Each is refused with a message that says what is wrong,
 * or read correctly, and the inputs after it are still scanned.
 */
import { describe, expect, test } from 'vitest';
import type { ScanReport } from '../../../cli/output/report.ts';
import { type FakeContent, scan } from './fake-io.ts';

const GOOD = { 'good.txt': 'Sources said the talks had stalled.' };
const MEGABYTE = new Uint8Array(1024 * 1024).fill(0x61);

/** The characters of `text` a terminal would act on (all but newline). */
const controlCharacters = (text: string) =>
  [...text].filter((char) => {
    const code = char.charCodeAt(0);
    return (code < 0x20 && char !== '\n') || (code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e);
  });

const nested = (levels: number, open = '<div>', close = '</div>') =>
  `<!doctype html><html><body>${open.repeat(levels)}<p>Critics say the plan is too costly.</p>${close.repeat(levels)}</body></html>`;

/** Scans `argument` (served as `content`) and then good.txt; returns the run and the one report printed. */
async function scanBeforeGood(argument: string, content: FakeContent, extra: Parameters<typeof scan>[1] = {}) {
  const run = await scan(['scan', '--json', argument, 'good.txt'], {
    ...extra,
    files: { ...GOOD, [argument]: content, ...extra.files },
  });
  return { run, reports: run.stdout.map((line) => JSON.parse(line) as ScanReport) };
}

describe('deeply nested HTML', () => {
  test.each([1_000, 10_000, 100_000])(
    '%i levels: refused at once with the limit, and the next input is scanned',
    async (levels) => {
      const { run, reports } = await scanBeforeGood('deep.html', nested(levels));
      expect(run.code).toBe(1);
      expect(run.stderr).toEqual([expect.stringMatching(/^sourcelight: deep\.html: HTML nested more than 256 levels deep/)]);
      expect(reports.map((report) => report.file)).toEqual(['good.txt']);
    },
  );

  test('nesting the tag scan cannot see (implied end tags) is measured on the parsed tree', async () => {
    // <li> and <td> close themselves, so the quick scan counts them as no level; the tree has them all.
    const { run } = await scanBeforeGood('lists.html', nested(200, '<ul><li>', ''));
    expect(run.stderr).toEqual([expect.stringMatching(/lists\.html: HTML nested more than 256 levels deep/)]);
  });

  test('a page nested 200 deep is still scanned', async () => {
    const { run, reports } = await scanBeforeGood('deep.html', nested(200));
    expect(run.code).toBe(0);
    expect(reports[0]!.flags.map((flag) => flag.cue.text)).toEqual(['Critics say']);
  });

  test('a page of more than 100,000 elements is refused before it is parsed', async () => {
    const html = `<html><body><p>${'<span>x</span>'.repeat(100_001)}</p></body></html>`;
    const { run, reports } = await scanBeforeGood('huge.html', html);
    expect(run.stderr).toEqual([expect.stringMatching(/huge\.html: HTML with more than 100,000 elements/)]);
    expect(reports).toHaveLength(1);
  });

  test('elements inside scripts, comments and inline SVG icons are no levels', async () => {
    const script = `<script>${'document.write("<div>");'.repeat(500)}</script>`;
    const comment = `<!-- ${'<div>'.repeat(500)} -->`;
    const icons = `<svg>${'<path d="M0 0"/>'.repeat(500)}</svg>`;
    const html = `<html><head>${script}</head><body>${comment}${icons}<p>Critics say the plan is too costly.</p></body></html>`;
    const { run } = await scanBeforeGood('page.html', html);
    expect(run.stderr).toEqual([]);
    expect(run.code).toBe(0);
  });
});

describe('control characters from the input', () => {
  const ESC = '\x1b';
  const hostile = [
    `<html><head><title>Quiet&#x1b;]52;c;cm0gLXJmIH4=&#x07;&#x1b;[2J title</title></head><body><article>`,
    `<p>Critics say the bridge ${ESC}]0;owned\x07 is unsafe\x9b31m and \u202etxt.exe was slow.</p>`,
    '</article></body></html>',
  ].join('');

  test('reach the terminal only as visible escapes, in the report for people', async () => {
    const run = await scan(['scan', 'evil.html'], { files: { 'evil.html': hostile } });
    const output = run.stdout.join('\n');
    expect(controlCharacters(output)).toEqual([]);
    expect(output).toContain('Quiet\\x1b]52;c;cm0gLXJmIH4=\\x07\\x1b[2J title');
    expect(output).toContain('\\x1b]0;owned\\x07 is unsafe\\x9b31m and \\u202etxt.exe');
  });

  test('on a terminal, the only escape sequences are the cue styling', async () => {
    const run = await scan(['scan', 'evil.html'], { files: { 'evil.html': hostile }, isTerminal: true });
    const output = run.stdout.join('\n');
    expect(output).toContain('\x1b[1;4mCritics say\x1b[0m');
    expect(controlCharacters(output.replaceAll('\x1b[1;4m', '').replaceAll('\x1b[0m', ''))).toEqual([]);
  });

  test('in a file name, are escaped in the error message too', async () => {
    const run = await scan(['scan', `gone${ESC}[2J${ESC}]52;c;eA==\x07.txt`]);
    expect(controlCharacters(run.stderr.join('\n'))).toEqual([]);
    expect(run.stderr.join('\n')).toContain('gone\\x1b[2J\\x1b]52;c;eA==\\x07.txt: no such file');
  });

  test('JSON keeps the text but writes every control character as an escape', async () => {
    const run = await scan(['scan', '--json', 'evil.html'], { files: { 'evil.html': hostile } });
    expect(controlCharacters(run.stdout[0]!)).toEqual([]);
    const report = JSON.parse(run.stdout[0]!) as ScanReport;
    expect(report.title).toBe('Quiet\x1b]52;c;cm0gLXJmIH4=\x07\x1b[2J title');
    expect(report.flags[0]!.sentence.text).toContain('\x9b31m');
  });
});

describe('input size', () => {
  /** An endless stream of 1 MB chunks that records how many were taken and whether it was stopped. */
  function endless() {
    const record = { chunks: 0, stopped: false };
    const content = async function* () {
      try {
        for (;;) {
          record.chunks++;
          yield MEGABYTE;
        }
      } finally {
        record.stopped = true;
      }
    };
    return { record, content };
  }

  test('a URL that streams without end is cut off at 50 MB, and the next input is scanned', async () => {
    const { record, content } = endless();
    const pages = { 'https://news.test/stream': { content, mediaType: 'text/html' } };
    const { run, reports } = await scanBeforeGood('https://news.test/stream', '', { pages });
    expect(run.stderr).toEqual([expect.stringMatching(/news\.test\/stream: larger than 50 MB/)]);
    expect(record.chunks).toBeLessThanOrEqual(51);
    expect(record.stopped).toBe(true);
    expect(reports.map((report) => report.file)).toEqual(['good.txt']);
  });

  test('a URL that announces 3 GB is refused before its body is read', async () => {
    const { record, content } = endless();
    const pages = { 'https://news.test/big': { content, mediaType: 'text/html', declaredBytes: 3 * 1024 ** 3 } };
    const { run } = await scanBeforeGood('https://news.test/big', '', { pages });
    expect(run.stderr).toEqual([expect.stringMatching(/larger than 50 MB/)]);
    expect(record.chunks).toBe(0);
  });

  test.each([
    ['a file beyond the engine’s longest string', 'huge.txt'],
    ['standard input without end', '-'],
  ])('%s: says it is too large, not that it is not UTF-8', async (_label, argument) => {
    const { record, content } = endless();
    const run = await scan(['scan', argument, 'good.txt'], { files: { ...GOOD, [argument]: content }, stdin: content });
    expect(run.stderr).toEqual([expect.stringMatching(/larger than 50 MB/)]);
    expect(record.stopped).toBe(true);
    expect(run.stdout).toHaveLength(1);
  });

  test('exactly 50 MB is read', async () => {
    const fifty = async function* () {
      for (let count = 0; count < 50; count++) yield MEGABYTE;
    };
    const run = await scan(['scan', '--json', 'fifty.txt'], { files: { 'fifty.txt': fifty } });
    expect(run.stderr).toEqual([]);
    expect(run.code).toBe(0);
  });
});
