/**
 * Where named sources are mentioned, found in one pass over the text: the names are indexed by
 * their first word, and each word of the text is looked up once. A regular expression or an
 * indexOf per name made this quadratic on articles that name many people.
 */
import type { TextSpan } from '../types.ts';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordCodePoint(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(code));
}

/** Code units of the code point at `index` (2 for a surrogate pair), or 0 past the end. */
const widthAt = (text: string, index: number): number => {
  if (index >= text.length) return 0;
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? 2 : 1;
};

/** True when the code point starting at `index` is a letter or a digit. */
function isWordAt(text: string, index: number): boolean {
  return index < text.length && isWordCodePoint(text.codePointAt(index)!);
}

/** True when the code point ending just before `index` is a letter or a digit. */
function isWordBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const low = text.charCodeAt(index - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return isWordCodePoint(text.codePointAt(start)!);
}

/** End of the run of letters and digits starting at `start`. */
function wordEnd(text: string, start: number): number {
  let end = start;
  while (isWordAt(text, end)) end += widthAt(text, end);
  return end;
}

/** Calls `visit(start, end)` for every maximal run of letters and digits, left to right. */
export function forEachWord(text: string, visit: (start: number, end: number) => number | undefined): void {
  let index = 0;
  while (index < text.length) {
    if (!isWordAt(text, index)) {
      index += widthAt(text, index);
      continue;
    }
    const end = wordEnd(text, index);
    // The visitor may consume more than the word (a whole name); it returns where to go on.
    index = Math.max(end, visit(index, end) ?? end);
  }
}

/**
 * Occurrences of any of `names` as whole words, leftmost first and, where names start at the
 * same place, longest first, so "Joe Biden" is not also "Biden"; mentions never overlap.
 */
export function findMentions(text: string, names: Iterable<string>): TextSpan[] {
  const byFirstWord = new Map<string, string[]>();
  for (const name of new Set(names)) {
    if (!name || !isWordAt(name, 0)) continue;
    const key = name.slice(0, wordEnd(name, 0));
    const list = byFirstWord.get(key) ?? [];
    list.push(name);
    byFirstWord.set(key, list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.length - a.length);

  const mentions: TextSpan[] = [];
  forEachWord(text, (start, end) => {
    const candidates = byFirstWord.get(text.slice(start, end));
    if (!candidates || isWordBefore(text, start)) return undefined;
    for (const name of candidates) {
      const nameEnd = start + name.length;
      if (text.startsWith(name, start) && !isWordAt(text, nameEnd)) {
        mentions.push({ start, end: nameEnd, text: name });
        return nameEnd;
      }
    }
    return undefined;
  });
  return mentions;
}

/**
 * For each single-word name, the first capitalised word right before one of its occurrences
 * ("Harris" → "Kamala"), in one pass; `skip` rejects words that are no first names (titles).
 */
const JOINERS = new Set(['-', "'", '’']);

export function firstNamesOf(text: string, surnames: Set<string>, skip: (lower: string) => boolean): Map<string, string> {
  const found = new Map<string, string>();
  if (surnames.size === 0) return found;
  let previous = -1;
  let previousEnd = -1;
  forEachWord(text, (wordStart, end) => {
    // "Jean-Pierre", "O'Neill": a word joined to the one before by a hyphen or an apostrophe is part of it.
    const joined = previousEnd === wordStart - 1 && JOINERS.has(text[previousEnd]!);
    const start = joined ? previous : wordStart;
    const word = text.slice(wordStart, end);
    if (
      surnames.has(word) &&
      !found.has(word) &&
      previous !== -1 &&
      previousEnd === start - 1 &&
      text[previousEnd] === ' ' &&
      !isWordAt(text, end) &&
      !joined
    ) {
      const first = text.slice(previous, previousEnd);
      const initial = first.charAt(0);
      if (initial !== initial.toLowerCase() && !skip(first.toLowerCase())) found.set(word, first);
    }
    previous = start;
    previousEnd = end;
    return undefined;
  });
  return found;
}
