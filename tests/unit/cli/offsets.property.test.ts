/**
 * For any text file, every span in the JSON points into the file's decoded text: a byte-order
 * mark or not, UTF-8 or UTF-16, emoji, lone surrogates, control characters and all.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { ScanReport } from '../../../cli/output/report.ts';
import type { TextSpan } from '../../../detector/types.ts';
import { scan } from './fake-io.ts';

// Pieces that make flags, named sources and sentence ends, mixed into arbitrary text, with plain
// English around them so that the text is read as English (its language is found from its words).
const CUES = [
  'The council said that it was not in the interest of the city and that the plan would be dropped. ',
  'According to insiders, ',
  'Critics say ',
  ' reportedly ',
  'people familiar with the matter said ',
  'A local newspaper claimed ',
  'Mayor Karen Bass said ',
  '. ',
  '.\n\n',
  '“',
  '” ',
  '? ',
];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...CUES) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 10 }) },
  { weight: 1, arbitrary: fc.constantFrom('😀', '\u0301', '\t', '\r\n', '\u00a0', '\u2028', '\x1b[2J', '\uD800') },
);

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

function encode(text: string, encoding: Encoding): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  const bytes = new Uint8Array(text.length * 2);
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    bytes.set(encoding === 'utf-16le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff], index * 2);
  }
  return bytes;
}

const file = fc
  .record({
    pieces: fc.array(piece, { maxLength: 40 }),
    encoding: fc.constantFrom<Encoding>('utf-8', 'utf-16le', 'utf-16be'),
    bom: fc.boolean(),
  })
  // UTF-16 is read only with its mark, and only when well formed; UTF-8 turns lone surrogates into
  // U+FFFD; a NUL without a mark is binary data, so it is left out there.
  .map(({ pieces, encoding, bom }) => {
    const marked = bom || encoding !== 'utf-8';
    const text = pieces.join('');
    return { text: marked ? `\uFEFF${text}` : text.replaceAll('\0', ''), encoding };
  })
  .filter(({ text, encoding }) => encoding === 'utf-8' || text.isWellFormed());

test('every cue, sentence and mention is text.slice(start, end) of the decoded file', async () => {
  let flagged = 0;
  await fc.assert(
    fc.asyncProperty(file, async ({ text, encoding }) => {
      const bytes = encode(text, encoding);
      // The file as a program reads it, the mark kept: what the README says offsets count in.
      const decoded = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
      const run = await scan(['scan', '--json', 'input.txt'], { files: { 'input.txt': bytes } });
      expect(run.stderr).toEqual([]);
      const report = JSON.parse(run.stdout[0]!) as ScanReport;
      const spans: TextSpan[] = [
        ...report.flags.flatMap((flag) => [flag.cue, flag.sentence]),
        ...report.sources.flatMap((source) => source.mentions),
      ];
      for (const span of spans) expect(decoded.slice(span.start, span.end)).toBe(span.text);
      flagged += report.flags.length;
    }),
    { numRuns: 300 },
  );
  // The property says something only if the texts raised flags. Text that is mostly noise reads as
  // no language Sourcelight knows (no flags), so the floor is what English-looking texts give.
  expect(flagged).toBeGreaterThan(60);
});
