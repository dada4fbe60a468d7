/**
 * The German, French and Spanish readings against sentences labelled by hand (tests/fixtures/
 * languages): every tuned sentence as its own case, and F1 on both sets computed and asserted.
 */
import { describe, expect, test } from 'vitest';
import { evaluate } from '../../../detector/evaluate.ts';
import { analyzeInLanguage } from '../../../detector/languages/analyze-in-language.ts';
import { LANGUAGE_SETS } from '../../fixtures/languages/sets.ts';

const f1 = ({ precision, recall }: { precision: number; recall: number }) =>
  precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);

describe.each(Object.entries(LANGUAGE_SETS) as Array<[keyof typeof LANGUAGE_SETS, (typeof LANGUAGE_SETS)['de']]>)(
  'the %s reading',
  (language, { tuned, heldOut, heldOutSecond }) => {
    const read = (text: string) => analyzeInLanguage(text, language);
    const positives = tuned.filter((sentence) => sentence.category !== null);
    const negatives = tuned.filter((sentence) => sentence.category === null);

    test('has at least 150 labelled sentences, about a third flagged, a third of them held out', () => {
      const all = [...tuned, ...heldOut, ...heldOutSecond];
      const flagged = all.filter((sentence) => sentence.category !== null).length;
      expect(all.length).toBeGreaterThanOrEqual(150);
      expect(flagged / all.length).toBeGreaterThan(0.28);
      expect(flagged / all.length).toBeLessThan(0.42);
      expect((heldOut.length + heldOutSecond.length) / all.length).toBeGreaterThan(0.3);
      for (const category of ['anonymous', 'vague', 'secondhand', 'hedged'])
        expect(heldOut.some((sentence) => sentence.category === category)).toBe(true);
    });

    test.each(positives.map((sentence) => [sentence.category, sentence.text, sentence.cueContains] as const))(
      'flags it %s: %s',
      (category, text, cueContains) => {
        const [flag, ...more] = read(text).flags;
        expect(more).toEqual([]);
        expect(flag?.category).toBe(category);
        if (cueContains) expect(flag?.cue.text).toContain(cueContains);
      },
    );

    test.each(negatives.map((sentence) => [sentence.text]))('does not flag: %s', (text) => {
      expect(read(text).flags).toEqual([]);
    });

    test('F1 is 0.90 or more on the sentences it was tuned on', () => {
      expect(f1(evaluate(tuned, read).overall)).toBeGreaterThanOrEqual(0.9);
    });

    test('F1 is 0.80 or more on each held-out set, never tuned on', () => {
      expect(f1(evaluate(heldOut, read).overall)).toBeGreaterThanOrEqual(0.8);
      expect(f1(evaluate(heldOutSecond, read).overall)).toBeGreaterThanOrEqual(0.8);
    });
  },
);
