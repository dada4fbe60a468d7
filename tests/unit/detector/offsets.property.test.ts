/**
 * Offsets are exact on any input: every cue, sentence and source mention slices back to its own
 * text, sentences are in order and apart, each cue lies in its sentence. Checked with fast-check
 * over arbitrary strings (any code point, lone surrogates too), emoji, CRLF line ends, very long
 * tokens, and text assembled from the detector's own cue words.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../detector/analyze.ts';

function expectExactOffsets(text: string): void {
  const { sentences, flags, sources, stats } = analyze(text);
  let previousEnd = 0;
  for (const sentence of sentences) {
    expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
    expect(sentence.end).toBeGreaterThan(sentence.start);
    expect(sentence.end).toBeLessThanOrEqual(text.length);
    previousEnd = sentence.end;
  }
  for (const flag of flags) {
    expect(text.slice(flag.cue.start, flag.cue.end)).toBe(flag.cue.text);
    expect(text.slice(flag.sentence.start, flag.sentence.end)).toBe(flag.sentence.text);
    expect(flag.cue.start).toBeGreaterThanOrEqual(flag.sentence.start);
    expect(flag.cue.end).toBeLessThanOrEqual(flag.sentence.end);
  }
  for (const source of sources)
    for (const mention of source.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  expect(stats).toEqual({ sentences: sentences.length, flagged: flags.length });
}

// Words the grammar reacts to, and the marks around them, so generated text makes flags.
const CUE_WORDS = [
  'insiders',
  'sources',
  'a source',
  'officials',
  'critics',
  'experts',
  'some',
  'many',
  'others',
  'Republicans',
  'residents',
  'witnesses',
  'polls',
  'one study',
  'media reports',
  'a report',
  'according to',
  'per',
  'citing',
  'said',
  'say',
  'says',
  'told',
  'believe',
  'are afraid that',
  'privately',
  'reportedly',
  'allegedly',
  'is said to',
  'is considered',
  'who spoke on condition of anonymity',
  'familiar with',
  'close to',
  'the',
  'a',
  'Mr.',
  'U.S.',
  'Jane Roe',
  'New York Magazine',
  'they',
  'who',
  'and',
  'of',
  'by',
  'was called a fraud by',
];
const MARKS = [
  ' ',
  ' ',
  ' ',
  ', ',
  '. ',
  '.',
  '! ',
  '? ',
  '"',
  '“',
  '”',
  "'",
  '’',
  '\n',
  '\r\n',
  '\n\n',
  ' 😀 ',
  '👍🏽',
  '…',
  ' - ',
  ':',
];

const cueText = fc.array(fc.constantFrom(...CUE_WORDS, ...MARKS), { maxLength: 60 }).map((parts) => parts.join(''));
const withLongTokens = fc
  .tuple(cueText, fc.nat({ max: 5000 }), fc.constantFrom('a', 'Z', '😀', '-', '.', "'"))
  .map(([text, length, unit]) => `${text} ${unit.repeat(length)} ${text}`);

describe('offsets slice back to their text on any input', () => {
  test('arbitrary strings of any code point', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), expectExactOffsets), { numRuns: 300 });
  });

  test('unicode graphemes: accents, scripts, emoji with modifiers', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), expectExactOffsets), { numRuns: 300 });
  });

  test('text assembled from cue words, quotes, CRLF and emoji', () => {
    fc.assert(fc.property(cueText, expectExactOffsets), { numRuns: 500 });
  });

  test('very long tokens between cue words', () => {
    fc.assert(fc.property(withLongTokens, expectExactOffsets), { numRuns: 60 });
  });

  test('the same text with CRLF line ends gives the same flags, shifted', () => {
    fc.assert(
      fc.property(cueText, (text) => {
        const lf = text.replace(/\r\n/g, '\n');
        const crlf = lf.replace(/\n/g, '\r\n');
        expectExactOffsets(crlf);
        expect(analyze(crlf).flags.map((flag) => [flag.category, flag.cue.text])).toEqual(
          analyze(lf).flags.map((flag) => [flag.category, flag.cue.text]),
        );
      }),
      { numRuns: 300 },
    );
  });
});
