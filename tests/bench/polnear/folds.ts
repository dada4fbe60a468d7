/**
 * The folds of PolNeAR train, by article in the mirror's order (index mod 5): 0–2 fit, 3 tunes
 * thresholds and margins, and 4 is the held-out split, never fitted or tuned on.
 */
export const fitting = <T>(items: T[]): T[] => items.filter((_, index) => index % 5 < 3);
export const tuning = <T>(items: T[]): T[] => items.filter((_, index) => index % 5 === 3);
export const heldOut = <T>(items: T[]): T[] => items.filter((_, index) => index % 5 === 4);
