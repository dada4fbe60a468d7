import { describe, expect, test } from 'vitest';
import { analyze } from '../../../detector/analyze.ts';
import { evaluate } from '../../../detector/evaluate.ts';
import { HELD_OUT_SENTENCES } from '../../fixtures/held-out-sentences.ts';
import { LABELLED_SENTENCES } from '../../fixtures/labelled-sentences.ts';

const positives = LABELLED_SENTENCES.filter((sentence) => sentence.category !== null);
const negatives = LABELLED_SENTENCES.filter((sentence) => sentence.category === null);

describe('hand-labelled news sentences', () => {
  test('there are at least 200, with about as many hard negatives as positives, across six beats', () => {
    expect(LABELLED_SENTENCES.length).toBeGreaterThanOrEqual(200);
    expect(negatives.length).toBeGreaterThanOrEqual(positives.length - 10);
    expect(new Set(LABELLED_SENTENCES.map((sentence) => sentence.topic))).toEqual(
      new Set(['politics', 'business', 'sport', 'celebrity', 'science', 'local']),
    );
  });

  test.each(positives.map((sentence) => [sentence.category, sentence.text, sentence.cueContains] as const))(
    'flags it %s: %s',
    (category, text, cueContains) => {
      const [flag, ...more] = analyze(text).flags;
      expect(more).toEqual([]);
      expect(flag?.category).toBe(category);
      if (cueContains) expect(flag?.cue.text).toContain(cueContains);
    },
  );

  test.each(negatives.map((sentence) => [sentence.text]))('does not flag: %s', (text) => {
    expect(analyze(text).flags).toEqual([]);
  });

  test('precision and recall stay high overall', () => {
    const { overall } = evaluate(LABELLED_SENTENCES, analyze);
    expect(overall.precision).toBeGreaterThanOrEqual(0.9);
    expect(overall.recall).toBeGreaterThanOrEqual(0.9);
  });
});

test('on sentences it was never tuned on, precision stays at 0.9 or more and recall at 0.8 or more', () => {
  const { overall } = evaluate(HELD_OUT_SENTENCES, analyze);
  expect(overall.precision).toBeGreaterThanOrEqual(0.9);
  expect(overall.recall).toBeGreaterThanOrEqual(0.8);
});
