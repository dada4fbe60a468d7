/**
 * A verb of speech that shares its subject with the verb before it: "Protesters gathered outside
 * the hall and said the law was unfair", "Critics rallied on Sunday, saying the plan would fail".
 * The subject is the source of the claim as much as in "critics said"; the scorer weighs the
 * link on its own ("link=coordinated").
 */
import { verbLemma } from '../text/lemma.ts';
import { ATTRIBUTION_LEMMAS, SUBJECT_PRONOUNS } from '../knowledge/lexicon.ts';
import type { Token } from '../text/tokens.ts';

/** How far after the first verb the shared-subject verb may stand, in tokens. */
const MAX_REACH = 24;

/** Words that open a clause of its own, with a subject of its own or none shared: the search stops there. */
const CLAUSE_OPENERS = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'because',
  'while',
  'when',
  'whereas',
  'if',
  'but',
  'although',
  'though',
  'after',
  'before',
  'since',
  'as',
  'until',
  'unless',
  'where',
  'or',
]);

/** Marks that close the clause or open a quotation, an aside or a list. */
const CLAUSE_MARKS = new Set([';', ':', '(', ')', '"', '“', '”', '—', '–', '?', '!']);

/** Adverbs and auxiliaries between "and" and its verb: "and also said", "and have long argued". */
const BETWEEN = new Set(['also', 'then', 'later', 'have', 'has', 'had', 'repeatedly', 'publicly', 'privately', 'long', 'often']);

const speechLemma = (token: Token | undefined): string => {
  if (!token?.isWord || token.capitalized || token.quoted) return '';
  const lemma = verbLemma(token.lower);
  return ATTRIBUTION_LEMMAS.has(lemma) ? lemma : '';
};

/**
 * After the subject's own verb at `verb`, the index of a verb of speech coordinated with it
 * ("and said", ", saying"), or -1 when a new clause or subject comes first.
 */
export function coordinatedSpeechAfter(tokens: Token[], verb: number): number {
  for (let index = verb + 1; index < tokens.length && index <= verb + MAX_REACH; index++) {
    const token = tokens[index]!;
    if (token.quoted) return -1;
    if (!token.isWord) {
      if (CLAUSE_MARKS.has(token.text)) return -1;
      // ", saying the plan would fail": a participle after a comma shares the subject.
      if (token.text === ',') {
        const next = tokens[index + 1];
        if (next?.isWord && next.lower.endsWith('ing') && speechLemma(next)) return index + 1;
      }
      continue;
    }
    if (CLAUSE_OPENERS.has(token.lower) || SUBJECT_PRONOUNS.has(token.lower)) return -1;
    if (token.lower !== 'and') continue;
    let at = index + 1;
    while (tokens[at]?.isWord && BETWEEN.has(tokens[at]!.lower)) at++;
    const next = tokens[at];
    // "and Trump said", "and they argue": another subject, another clause.
    if (!next?.isWord || next.capitalized || SUBJECT_PRONOUNS.has(next.lower)) return -1;
    if (!next.lower.endsWith('ing') && speechLemma(next)) return at;
  }
  return -1;
}
