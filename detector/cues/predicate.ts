/**
 * The predicate a source phrase leans on: the verb or adjective after any auxiliaries, modals and
 * adverbs ("have long argued", "are afraid", "will continue"), and its lemma.
 */
import { verbLemma } from '../text/lemma.ts';
import { BE_FORMS, MODALS, NEGATED_BE, NOT_PREDICATES, PREDICATE_SKIPS } from '../knowledge/lexicon.ts';
import { type Token, word } from '../text/tokens.ts';

const MAX_SKIPS = 4;

/** An adverb by its ending: "widely", "quickly" (not "apply", "reply" or "fly"). */
export const isLyAdverb = (value: string): boolean => value.length > 4 && value.endsWith('ly') && !value.endsWith('ply');

/** The predicate starting at `from` after skipping auxiliaries and adverbs: its index and whether a "be" came first. */
export function predicateAt(tokens: Token[], from: number): { index: number; copula: boolean; modal: boolean } | null {
  let index = from;
  let copula = false;
  let modal = false;
  for (let skipped = 0; skipped < MAX_SKIPS; skipped++) {
    const value = word(tokens, index);
    if (!value) return null;
    if (BE_FORMS.has(value) || NEGATED_BE.has(value) || value === 'been' || value === 'being') copula = true;
    else if (MODALS.has(value)) modal = true;
    else if (!PREDICATE_SKIPS.has(value) && !isLyAdverb(value)) break;
    index++;
  }
  const token = tokens[index];
  if (!token?.isWord || token.capitalized || /^\d/.test(token.lower) || NOT_PREDICATES.has(token.lower)) return null;
  return { index, copula, modal };
}

/** A verb's lemma; after "be", the word itself ("are frustrated" stays "frustrated", an attitude). */
export function predicateLemma(tokens: Token[], found: { index: number; copula: boolean }): string {
  const value = tokens[found.index]!.lower;
  // "are slamming", "were urging": a progressive is the verb itself, not a state.
  return found.copula && !value.endsWith('ing') ? value : verbLemma(value);
}
