/**
 * The left edge of a source phrase: determiners, numbers, adjectives and possessives before the
 * head, partitives ("one of the doctors") and collectives ("a group of parents"), how the phrase
 * opens, and figures that are no people ("74 percent of voters").
 */
import { nounLemma } from '../text/lemma.ts';
import { NUMBER_WORDS, PHRASE_STOPS, POSSESSIVE_PRONOUNS } from '../knowledge/lexicon.ts';
import { CROWD_QUANTIFIERS, CROWD_WORDS, DEFINITE_OPENERS, INDEFINITE_OPENERS } from '../knowledge/people.ts';
import { COLLECTIVES } from '../knowledge/phrase-heads.ts';
import { type Token, word } from '../text/tokens.ts';

export type Opener = 'bare' | 'indefinite' | 'definite' | 'quantifier' | 'number' | 'possessive' | 'owner';

const MAX_PREMODIFIERS = 5;

/** Words ending in -ly that are no adverbs before a crowd: "likely voters", "elderly residents". */
export const ADJECTIVES_BEFORE_CROWDS = new Set([
  'likely',
  'unlikely',
  'elderly',
  'early',
  'friendly',
  'lonely',
  'daily',
  'weekly',
  'costly',
]);

const FIGURE_WORDS = new Set([
  'percent',
  'per',
  'majority',
  'half',
  'third',
  'thirds',
  'quarter',
  'share',
  'minority',
  'plurality',
  'fraction',
  'proportion',
]);

/** Walks left over determiners, numbers, adjectives, possessives and capitalised modifiers. */
export function phraseStart(tokens: Token[], head: number): number {
  let start = head;
  for (let count = 0; count < MAX_PREMODIFIERS; count++) {
    // "analysts’ estimates": a possessive written with a separate apostrophe owns the phrase.
    const mark = tokens[start - 1];
    if (
      mark &&
      !mark.isWord &&
      !mark.quoted &&
      (mark.text === "'" || mark.text === '’') &&
      tokens[start - 2]?.lower.endsWith('s')
    ) {
      start -= 2;
      continue;
    }
    const previous = tokens[start - 1];
    if (previous?.isWord && POSSESSIVE_PRONOUNS.has(previous.lower)) {
      start--; // "her fans", "their advisers"
      break;
    }
    if (!previous?.isWord || PHRASE_STOPS.has(previous.lower)) break;
    if (previous.lower.endsWith('ly') && !ADJECTIVES_BEFORE_CROWDS.has(previous.lower) && !/(?:ally|ily)$/.test(previous.lower))
      break;
    start--;
    if (INDEFINITE_OPENERS.has(previous.lower) || DEFINITE_OPENERS.has(previous.lower)) break;
  }
  // Partitives and collectives: "one of the doctors", "many of his supporters", "a group of parents".
  if (word(tokens, start - 1) === 'of') {
    const quantifier = start - 2;
    const value = word(tokens, quantifier);
    if (CROWD_WORDS.has(value) || NUMBER_WORDS.has(value) || /^\d/.test(value) || value === 'none') return quantifier;
    if (COLLECTIVES.has(nounLemma(value))) {
      const opener = word(tokens, quantifier - 1);
      const opener2 = word(tokens, quantifier - 2);
      if (INDEFINITE_OPENERS.has(opener) || DEFINITE_OPENERS.has(opener) || CROWD_QUANTIFIERS.has(opener)) return quantifier - 1;
      if (INDEFINITE_OPENERS.has(opener2)) return quantifier - 2; // "a small group of"
      return quantifier;
    }
  }
  return start;
}

export function openerOf(tokens: Token[], start: number, head: number): Opener {
  if (start === head) return 'bare';
  const first = tokens[start]!;
  if (INDEFINITE_OPENERS.has(first.lower)) return 'indefinite';
  if (DEFINITE_OPENERS.has(first.lower)) return 'definite';
  if (POSSESSIVE_PRONOUNS.has(first.lower)) return 'possessive';
  if (CROWD_QUANTIFIERS.has(first.lower) || CROWD_WORDS.has(first.lower)) return 'quantifier';
  if (NUMBER_WORDS.has(first.lower) || /^\d/.test(first.lower)) return 'number';
  for (let index = start; index < head; index++) {
    const token = tokens[index]!;
    if (token.lower.endsWith("'s") || token.lower.endsWith("'") || (!token.isWord && !token.quoted)) return 'owner';
  }
  return 'bare';
}

/** Figures, not people: "74 percent of voters", "eight of 10 voters", "a majority of voters". */
export function isFigure(tokens: Token[], start: number): boolean {
  if (/^\d{1,3},\d|^\d{4}/.test(word(tokens, start))) return true; // "some 40,000 people": a count of a crowd
  let before = start - 1;
  while (ADJECTIVES_BEFORE_CROWDS.has(word(tokens, before))) before--; // "74 percent of likely voters"
  if (word(tokens, before) === 'of') {
    start = before + 1;
    const quantity = word(tokens, before - 1);
    if (FIGURE_WORDS.has(quantity) || /^\d/.test(quantity) || quantity === 'cent') return true;
  }
  for (let index = start; index < start + 4 && index < tokens.length; index++) {
    const value = word(tokens, index);
    if (FIGURE_WORDS.has(value) && word(tokens, index + 1) === 'of') return true;
    if (value === 'of' && /^\d/.test(word(tokens, index + 1))) return true;
  }
  return false;
}
