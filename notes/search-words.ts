/**
 * The words a note is found by. One rule for what is stored and what is typed, so "Leon"
 * finds "Léon", "Said" finds "said," and "U.S." finds "u" and "s" the same way on both sides.
 */

// Anything that is not a letter or a digit separates words, in every script: a Latin-only
// class would cut "Zürich" or "Москва" into pieces before the marks were even stripped.
const SEPARATOR = /[^\p{L}\p{N}]+/u;
// Combining marks left over once NFD has split "é" into "e" + U+0301.
const COMBINING_MARKS = /\p{M}/gu;

/** Lower-cased, diacritic-free, distinct words of `text`, in order of first appearance. */
export function searchWords(text: string): string[] {
  // Lower-case first: "İ" lower-cases to "i" + a combining dot, which NFD then lets us drop.
  const folded = text.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '');
  const words = new Set<string>();
  for (const word of folded.split(SEPARATOR)) if (word) words.add(word);
  return [...words];
}

/** The words of what the reader typed in the search box: the same rules as `searchWords`. */
export function queryWords(text: string): string[] {
  return searchWords(text);
}
