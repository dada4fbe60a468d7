/**
 * The predicate a source phrase leans on: the verb or adjective after any auxiliaries, modals and
 * adverbs ("have long argued", "are afraid", "will continue"), its lemma, and whether it gives
 * advice rather than passing on a claim ("urged the board to sell").
 */
import { verbLemma } from '../text/lemma.ts';
import {
  BE_FORMS,
  DIRECTIVE_VERBS,
  MODALS,
  NEGATED_BE,
  NOT_PREDICATES,
  PREDICATE_SKIPS,
  SUBJECT_PRONOUNS,
} from '../knowledge/lexicon.ts';
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

const MAX_OBJECT_WORDS = 4;

/**
 * Advice and plans rather than claims (what-is-flagged.md): the verb (its lemma, the index after
 * it) has an object that is told to do something. The tagger's own flags are held to it too.
 */
export function isDirective(tokens: Token[], lemma: string, after: number): boolean {
  if (!DIRECTIVE_VERBS.has(lemma)) return false;
  for (let index = after; index < tokens.length && index <= after + MAX_OBJECT_WORDS; index++) {
    const token = tokens[index]!;
    // "told POLITICO they planned to": a clause of its own, not an object told to act.
    if (!token.isWord || token.lower === 'that' || SUBJECT_PRONOUNS.has(token.lower)) return false;
    if (token.lower === 'to') return index > after && Boolean(tokens[index + 1]?.isWord);
  }
  return false;
}
