/**
 * The attribution scorer's learning (detector/scorer.ts): a logistic regression by AdaGrad with
 * L2 over the candidates' features, averaged over several seeded shuffle orders. train.ts fits the
 * shipped scorer with it; train-tagger.ts fits one per fold, so that each fold the tagger is
 * judged on is read by a scorer that never saw it.
 */
import type { ArticleExamples } from './examples.ts';
import { shuffled } from './folds.ts';

const EPOCHS = 12;
const FITS = 7;
const LEARNING_RATE = 0.2;
const L2 = 3e-4;
const MIN_COUNT = 3;
const MIN_WEIGHT = 0.02;

export type Weights = Map<string, number>;

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
export const scoreWith = (weights: Weights) => (features: string[]) =>
  sigmoid(features.reduce((sum, f) => sum + (weights.get(f) ?? 0), 0));

/** Logistic regression by AdaGrad with L2, over features seen at least MIN_COUNT times, one shuffle order. */
function fitOnce(examples: ArticleExamples['examples'], counts: Map<string, number>, seed: number): Weights {
  const weights: Weights = new Map();
  const squares = new Map<string, number>();
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const example of shuffled(examples, seed * 101 + epoch)) {
      const features = example.features.filter((feature) => (counts.get(feature) ?? 0) >= MIN_COUNT);
      const error = scoreWith(weights)(features) - (example.positive ? 1 : 0);
      for (const feature of features) {
        const weight = weights.get(feature) ?? 0;
        const gradient = error + L2 * weight;
        const square = (squares.get(feature) ?? 1e-8) + gradient * gradient;
        squares.set(feature, square);
        weights.set(feature, weight - (LEARNING_RATE * gradient) / Math.sqrt(square));
      }
    }
  }
  return weights;
}

/** The average of fits over several shuffle orders: steadier weights, and so a steadier threshold. */
export function fitScorer(articles: ArticleExamples[]): Weights {
  const examples = articles.flatMap((article) => article.examples);
  const counts = new Map<string, number>();
  for (const example of examples) for (const feature of example.features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const average: Weights = new Map();
  for (let seed = 0; seed < FITS; seed++)
    for (const [feature, weight] of fitOnce(examples, counts, seed))
      average.set(feature, (average.get(feature) ?? 0) + weight / FITS);
  for (const [feature, weight] of average) if (Math.abs(weight) < MIN_WEIGHT) average.delete(feature);
  return average;
}

/** The weights as the detector stores them: thousandths, sorted by feature. */
export function inThousandths(weights: Weights): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [feature, weight] of [...weights].sort(([a], [b]) => (a < b ? -1 : 1))) out[feature] = Math.round(weight * 1000);
  return out;
}
