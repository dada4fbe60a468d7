/** Precision and recall of the detector against hand-labelled sentences. */
import { CATEGORIES, type Analysis, type Category } from './types.ts';

export interface LabelledCase {
  text: string;
  category: Category | null;
}

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export interface Evaluation {
  overall: Score;
  byCategory: Record<Category, Score>;
  mistakes: Array<{ text: string; expected: Category | null; found: Category | null }>;
}

function score(truePositives: number, falsePositives: number, falseNegatives: number): Score {
  return {
    truePositives,
    falsePositives,
    falseNegatives,
    precision: truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives),
    recall: truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives),
  };
}

/**
 * A sentence counts as a true positive when the detector gives it the labelled category; a
 * wrong category counts both as a false positive and as a false negative.
 */
export function evaluate(cases: LabelledCase[], analyze: (text: string) => Analysis): Evaluation {
  const counts = Object.fromEntries(CATEGORIES.map((category) => [category, { tp: 0, fp: 0, fn: 0 }])) as Record<
    Category,
    { tp: number; fp: number; fn: number }
  >;
  const mistakes: Evaluation['mistakes'] = [];
  for (const { text, category: expected } of cases) {
    const found = analyze(text).flags[0]?.category ?? null;
    if (found === expected) {
      if (expected) counts[expected].tp++;
      continue;
    }
    mistakes.push({ text, expected, found });
    if (found) counts[found].fp++;
    if (expected) counts[expected].fn++;
  }
  const byCategory = Object.fromEntries(
    CATEGORIES.map((category) => [category, score(counts[category].tp, counts[category].fp, counts[category].fn)]),
  ) as Record<Category, Score>;
  const total = (key: 'tp' | 'fp' | 'fn') => CATEGORIES.reduce((sum, category) => sum + counts[category][key], 0);
  return { overall: score(total('tp'), total('fp'), total('fn')), byCategory, mistakes };
}
