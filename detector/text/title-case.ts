/**
 * A headline in title case ("New Polls Show Double-Digit Gaps"), where a capital says nothing
 * about a name: its verbs are read like any other (what-is-flagged.md judges a headline like the body).
 */
import type { Token } from './tokens.ts';

/** Words this short ("of", "to", "the", "and") stay lower-case in most title styles. */
const MIN_LETTERS = 4;
const MIN_WORDS = 3;
const SHARE = 0.8;

const known = new WeakMap<Token[], boolean>();

/** Whether most of the sentence's longer words after the first are capitalised. */
export function isTitleCase(tokens: Token[]): boolean {
  let cached = known.get(tokens);
  if (cached === undefined) {
    let words = 0;
    let capitals = 0;
    for (let index = 1; index < tokens.length; index++) {
      const token = tokens[index]!;
      if (!token.isWord || token.text.length < MIN_LETTERS || /^\d/.test(token.text)) continue;
      words++;
      if (token.capitalized) capitals++;
    }
    cached = words >= MIN_WORDS && capitals >= SHARE * words;
    known.set(tokens, cached);
  }
  return cached;
}
