/**
 * The folds of PolNeAR train, by article in the mirror's order (index mod 5): 0–2 fit, 3 tunes
 * thresholds and margins, and 4 is the held-out split, never fitted or tuned on.
 */
export const fitting = <T>(items: T[]): T[] => items.filter((_, index) => index % 5 < 3);
export const tuning = <T>(items: T[]): T[] => items.filter((_, index) => index % 5 === 3);
export const heldOut = <T>(items: T[]): T[] => items.filter((_, index) => index % 5 === 4);

/** Folds 0–3, all a model may be fitted or tuned on (in the order the trainers have always fed them). */
export const development = <T>(items: T[]): T[] => [...fitting(items), ...tuning(items)];

/**
 * Folds 0–3 one at a time, each beside the other three: a threshold or margin chosen on all four
 * folds' out-of-fold predictions rests on four times the articles of fold 3 alone, so it no longer
 * jumps a step when a rule changes a handful of candidates.
 */
export function crossFolds<T>(items: T[]): Array<{ fit: T[]; held: T[] }> {
  return [0, 1, 2, 3].map((fold) => ({
    fit: items.filter((_, index) => index % 5 < 4 && index % 5 !== fold),
    held: items.filter((_, index) => index % 5 === fold),
  }));
}

/** A seeded sequence of integers below 2^31 (a linear congruential generator), so every run draws the same. */
export function seededSequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
}

/** A seeded shuffle, so every run trains the same weights. */
export function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  const next = seededSequence(seed);
  for (let index = out.length - 1; index > 0; index--) {
    const other = next() % (index + 1);
    [out[index], out[other]] = [out[other]!, out[index]!];
  }
  return out;
}
