/**
 * The shapes around a speaker's name that the sources list reads: which words are verbs of speech,
 * which participles raise a subject rather than quote it, asides between a name and its verb, and
 * labels that are no speaker.
 */
import { ATTRIBUTION_LEMMAS } from '../knowledge/lexicon.ts';
import { verbLemma } from '../text/lemma.ts';
import type { Token } from '../text/tokens.ts';

/** Any inflection of a verb of speech or stance ("endorsed", "denounces", "urging"), not a bare noun-like stem. */
export const isAttributionVerb = (value: string) => {
  const lemma = verbLemma(value);
  return (
    /(?:ed|es|s|ing)$/.test(value) &&
    !value.endsWith('ss') &&
    lemma !== value &&
    ATTRIBUTION_LEMMAS.has(lemma) &&
    !WANTS.has(lemma)
  );
};
/** Stances of wanting and doing rather than saying: "the White House wanted 60 votes". */
const WANTS = new Set([
  'want',
  'wish',
  'prefer',
  'continue',
  'push',
  'press',
  'celebrate',
  'embrace',
  'back',
  'welcome',
  'knock',
  'pan',
]);

/** Capitals that label a section, not a speaker: "UPDATE:", "WATCH:". */
export const SECTION_LABEL =
  /^(?:UPDATE|UPDATED|WATCH|READ|MORE|NOTE|EDITOR|PHOTOS?|VIDEO|BREAKING|RELATED|LETTERS?|CLARIFICATION|CORRECTION|WARNING|DISCLOSURE|Q|A)$/;

/** Participles that raise their subject ("X expected to win"): the name is talked about, not talking. */
export const RAISING = new Set([
  'expected',
  'believed',
  'thought',
  'said',
  'reported',
  'alleged',
  'rumored',
  'rumoured',
  'tipped',
  'suspected',
]);

export const DASHES = new Set(['―', '—', '–']);
const MAX_ASIDE = 25;

/**
 * Where the subject's name ends before a verb, past an aside: "Rep. Gwen Moore (D-Wis.) said",
 * "Scott Pruitt, the attorney general of Oklahoma, said", "Jane Roe, 59, of Ashton, said".
 */
export function skipAside(tokens: Token[], verbAt: number): number {
  const before = tokens[verbAt - 1];
  if (!before || before.isWord) return verbAt;
  if (before.text === ')') {
    for (let open = verbAt - 2; open >= 0 && open >= verbAt - 8; open--) if (tokens[open]!.text === '(') return open;
    return verbAt;
  }
  if (before.text !== ',') return verbAt;
  // The first comma of the aside, with a name just before it that opens the clause.
  let first = -1;
  for (let comma = verbAt - 2; comma > 0 && comma >= verbAt - MAX_ASIDE; comma--) {
    const token = tokens[comma]!;
    if (!token.isWord && token.text !== ',' && token.text !== '.') return verbAt;
    if (token.text === ',' && tokens[comma - 1]!.isWord && tokens[comma - 1]!.capitalized) first = comma;
  }
  if (first === -1) return verbAt;
  let start = first;
  while (start > 0 && tokens[start - 1]!.isWord && (tokens[start - 1]!.capitalized || tokens[start - 1]!.lower.endsWith('.')))
    start--;
  const opens = start === 0 || !tokens[start - 1]!.isWord;
  return opens ? first : verbAt;
}

export const BE_OR_HAVE = new Set(['have', 'has', 'had', 'are', 'were', 'is', 'was', 'will', 'would', 'can', 'could']);
