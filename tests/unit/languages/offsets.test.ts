/**
 * Offsets are exact in every language: each cue, sentence and source mention slices back to its
 * own text, sentences are in order and apart, each cue lies in its sentence, one flag a sentence.
 * Checked on the labelled sentences, on whole articles, and with fast-check on arbitrary strings
 * assembled from the languages' cue words, quotation marks and abbreviations.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyzeInLanguage } from '../../../detector/languages/analyze-in-language.ts';
import type { LanguageCode } from '../../../detector/languages/knowledge.ts';
import { articleOfWords } from '../../fixtures/languages/articles.ts';
import { LANGUAGE_SETS } from '../../fixtures/languages/sets.ts';

function expectExactOffsets(text: string, language: LanguageCode): void {
  const { sentences, flags, sources, stats } = analyzeInLanguage(text, language);
  let previousEnd = 0;
  for (const sentence of sentences) {
    expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
    expect(sentence.end).toBeGreaterThan(sentence.start);
    expect(sentence.end).toBeLessThanOrEqual(text.length);
    previousEnd = sentence.end;
  }
  const flaggedSentences = new Set<number>();
  for (const flag of flags) {
    expect(text.slice(flag.cue.start, flag.cue.end)).toBe(flag.cue.text);
    expect(text.slice(flag.sentence.start, flag.sentence.end)).toBe(flag.sentence.text);
    expect(flag.cue.start).toBeGreaterThanOrEqual(flag.sentence.start);
    expect(flag.cue.end).toBeLessThanOrEqual(flag.sentence.end);
    expect(sentences).toContainEqual({ start: flag.sentence.start, end: flag.sentence.end });
    expect(flaggedSentences.has(flag.sentence.start)).toBe(false);
    flaggedSentences.add(flag.sentence.start);
  }
  for (const source of sources)
    for (const mention of source.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  expect(stats).toEqual({ sentences: sentences.length, flagged: flags.length });
}

const PIECES: Record<LanguageCode, string[]> = {
  de: [
    'Insidern zufolge',
    'aus Regierungskreisen',
    'Kritiker meinen',
    'Medienberichten zufolge',
    'angeblich',
    'soll',
    'gesehen haben',
    'sei',
    'sagte Max Müller',
    'Sie sagte,',
    'z. B.',
    'am 3. Oktober',
    '„',
    '“',
    '»',
    '«',
    'Quellcode',
    'es sei denn',
  ],
  fr: [
    'selon un proche',
    'des sources proches du dossier',
    'certains estiment',
    'selon la presse',
    'aurait',
    'serait',
    'a déclaré Claire Roux',
    'a-t-il dit',
    'M. Dupont',
    "l'entourage du",
    '«',
    '»',
    "source d'énergie",
    'si',
  ],
  es: [
    'según fuentes cercanas',
    'una fuente que pidió el anonimato',
    'muchos creen',
    'según medios locales',
    'al parecer',
    'habría',
    'dicho',
    'dijo el alcalde',
    'EE. UU.',
    'Sra.',
    '«',
    '»',
    '¿',
    '¡',
    'fuentes renovables',
  ],
};

describe.each(Object.keys(LANGUAGE_SETS) as LanguageCode[])('offsets in %s', (language) => {
  const { tuned, heldOut, heldOutSecond } = LANGUAGE_SETS[language];
  const texts = [...tuned, ...heldOut, ...heldOutSecond].map((sentence) => sentence.text);

  test('are exact on every labelled sentence and on a whole article', () => {
    for (const text of texts) expectExactOffsets(text, language);
    expectExactOffsets(articleOfWords(texts, 2000), language);
    expectExactOffsets(articleOfWords(texts, 500).replace(/\n/g, '\r\n'), language);
  });

  test('are exact where lower case is longer ("İ") and in text written with combining accents', () => {
    for (const text of [...texts.slice(0, 20), PIECES[language].join(' ')]) {
      expectExactOffsets(`İİ ${text} İstanbul`, language);
      expectExactOffsets(text.normalize('NFD'), language);
    }
    expect(analyzeInLanguage(texts.find((text) => /[éèüáíó]/.test(text))!.normalize('NFD'), language).sentences.length).toBe(1);
  });

  test('are exact on arbitrary strings and on text assembled from cue words and marks', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => expectExactOffsets(text, language)),
      {
        numRuns: 150,
      },
    );
    const piece = fc.oneof(fc.constantFrom(...PIECES[language], ' ', '. ', '\n', ', ', '?! '), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => expectExactOffsets(pieces.join(' '), language)),
      { numRuns: 300 },
    );
  });
});
