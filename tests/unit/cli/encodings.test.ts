/**
 * How bytes become the text that offsets count in: a byte-order mark names the encoding and stays
 * in the text as U+FEFF (as `readFileSync(path, 'utf8')` keeps it), UTF-16 with a mark is read,
 * and what cannot be read is named for what it is.
 */
import { describe, expect, test } from 'vitest';
import type { ScanReport } from '../../../cli/output/report.ts';
import { scan } from './fake-io.ts';

const ARTICLE =
  'The council met on Tuesday.\nAccording to insiders, the budget will be cut. Critics say it is “too late”. 😀 Done.';

const utf8 = (text: string) => new TextEncoder().encode(text);
function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    const [high, low] = [unit >> 8, unit & 0xff];
    bytes.set(order === 'le' ? [low, high] : [high, low], index * 2);
  }
  return bytes;
}

async function report(bytes: Uint8Array): Promise<ScanReport> {
  const run = await scan(['scan', '--json', 'article.txt'], { files: { 'article.txt': bytes } });
  expect(run.stderr).toEqual([]);
  return JSON.parse(run.stdout[0]!) as ScanReport;
}

function expectOffsetsInto(text: string, scanned: ScanReport) {
  expect(scanned.flags.length).toBeGreaterThan(0);
  for (const flag of scanned.flags) {
    expect(text.slice(flag.cue.start, flag.cue.end)).toBe(flag.cue.text);
    expect(text.slice(flag.sentence.start, flag.sentence.end)).toBe(flag.sentence.text);
  }
}

describe('a byte-order mark', () => {
  test('UTF-8 with a mark: offsets count the mark, as the file reads in Node', async () => {
    const bytes = utf8(`\uFEFF${ARTICLE}`);
    const asNodeReadsIt = Buffer.from(bytes).toString('utf8');
    expect(asNodeReadsIt.charCodeAt(0)).toBe(0xfeff);
    const withMark = await report(bytes);
    expectOffsetsInto(asNodeReadsIt, withMark);
    const withoutMark = await report(utf8(ARTICLE));
    expect(withMark.flags.map((flag) => flag.cue.start)).toEqual(withoutMark.flags.map((flag) => flag.cue.start + 1));
  });

  test.each(['le', 'be'] as const)('UTF-16%s with a mark is read, not called binary', async (order) => {
    const bytes = utf16(`\uFEFF${ARTICLE}`, order);
    const decoded = new TextDecoder(`utf-16${order}`, { ignoreBOM: true }).decode(bytes);
    const scanned = await report(bytes);
    expectOffsetsInto(decoded, scanned);
    expect(scanned.flags.map((flag) => flag.cue.text)).toEqual((await report(utf8(ARTICLE))).flags.map((flag) => flag.cue.text));
  });

  test('an HTML page in UTF-16 is read as a page', async () => {
    const page = '\uFEFF<!doctype html><html><head><title>Cuts</title></head><body><p>Critics say it is late.</p></body></html>';
    const run = await scan(['scan', '--json', 'page'], { files: { page: utf16(page, 'le') } });
    const scanned = JSON.parse(run.stdout[0]!) as ScanReport;
    expect(scanned.title).toBe('Cuts');
    expect(scanned.flags.map((flag) => flag.cue.text)).toEqual(['Critics say']);
  });
});

describe('what cannot be read is named', () => {
  test.each([
    ['UTF-16 without a mark', utf16(ARTICLE, 'le'), /binary data, not text \(UTF-16 text needs a byte-order mark\)/],
    ['UTF-16 cut in half a character', utf16('\uFEFFCritics say so.', 'le').subarray(0, 9), /not valid UTF-16 text/],
    ['UTF-16 with a lone surrogate', utf16('\uFEFFCritics \uD800 say so.', 'be'), /not valid UTF-16 text/],
    ['Latin-1', new Uint8Array([0x63, 0x61, 0x66, 0xe9]), /not valid UTF-8 text/],
    ['UTF-8 with a mark, then Latin-1', new Uint8Array([0xef, 0xbb, 0xbf, 0x63, 0xe9]), /not valid UTF-8 text/],
  ])('%s', async (_label, bytes, message) => {
    const run = await scan(['scan', 'odd.txt'], { files: { 'odd.txt': bytes } });
    expect(run.code).toBe(1);
    expect(run.stderr).toEqual([expect.stringMatching(message)]);
  });
});
