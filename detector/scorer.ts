/**
 * The attribution scorer: a logistic regression over featuresOf(), with weights learned from
 * PolNeAR train by tests/bench/polnear/train.ts (general features only; no article text ships).
 */
import { THRESHOLD, WEIGHTS } from './knowledge/weights.ts';

/** How sure a scorer is that a phrase is the source of a claim (0 to 1), and the score it accepts from. */
export interface Scorer {
  score(features: string[]): number;
  threshold: number;
}

/** A scorer over weights in thousandths: the shipped one, or one a trainer fits on some folds. */
export function scorerOf(weights: Record<string, number>, threshold: number): Scorer {
  const table = new Map<string, number>(Object.entries(weights));
  return {
    score(features) {
      let sum = 0;
      for (const feature of features) sum += table.get(feature) ?? 0;
      return 1 / (1 + Math.exp(-sum / 1000)); // weights are stored in thousandths
    },
    threshold,
  };
}

export const SHIPPED_SCORER: Scorer = scorerOf(WEIGHTS, THRESHOLD);
