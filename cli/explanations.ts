/** One plain sentence for the reader on why a flag matters, naming the cue that raised it. */
import type { Category } from '../detector/types.ts';

const EXPLAIN: Record<Category, (cue: string) => string> = {
  anonymous: (cue) =>
    `This claim rests on people who are not named (“${cue}”), so you cannot judge what they know or why they are talking.`,
  vague: (cue) =>
    `This claim is put on an unnamed crowd (“${cue}”): nobody in particular stands behind it, so it cannot be checked or weighed.`,
  secondhand: (cue) =>
    `This claim comes from a report or outlet that is not named (“${cue}”), so you cannot go back to the original to check it.`,
  hedged: (cue) => `This claim is passed on with a hedge (“${cue}”) and no source at all: the article does not say who says so.`,
};

export function explain(category: Category, cue: string): string {
  return EXPLAIN[category](cue.replace(/\s+/g, ' ').trim());
}
