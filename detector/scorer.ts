/**
 * The attribution scorer: a logistic regression over featuresOf(), with weights learned from
 * PolNeAR train by tests/bench/polnear/train.ts (general features only; no article text ships).
 */
import { WEIGHTS } from './knowledge/weights.ts';

export { THRESHOLD } from './knowledge/weights.ts';

const table = new Map<string, number>(Object.entries(WEIGHTS));

/** How sure the scorer is that this phrase is the source of a claim here, from 0 to 1. */
export function attributionScore(features: string[]): number {
  let sum = 0;
  for (const feature of features) sum += table.get(feature) ?? 0;
  return 1 / (1 + Math.exp(-sum / 1000)); // weights are stored in thousandths
}
