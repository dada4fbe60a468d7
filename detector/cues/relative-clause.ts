/**
 * A relative clause between a source and its verb: "friends of his who have seen him on the trail
 * recently say", "some voters who have listened to his speeches, on television or at events,
 * said". The clause's own verb is the clause's; the source's verb comes after it.
 */
import { verbLemma } from '../text/lemma.ts';
import { ATTRIBUTION_LEMMAS, POSSESSIVE_PRONOUNS, SUBJECT_PRONOUNS } from '../knowledge/lexicon.ts';
import { type Token, word } from '../text/tokens.ts';
import { predicateAt } from './predicate.ts';

const MAX_RELATIVE_CLAUSE = 16;

/** "who", "that", and "who'd" or "who've" with their auxiliary attached. */
export const RELATIVE_OPENER = /^(?:who|that)(?:['’](?:d|ve))?$/;

/** Pronouns and determiners: the word after one has a subject of its own, or is a noun. */
const NOT_A_RELATIVE_VERB = new Set([...SUBJECT_PRONOUNS, ...POSSESSIVE_PRONOUNS, 'the', 'a', 'an', 'this', 'these', 'those']);

/**
 * "Friends of his who have seen him on the trail recently say", "some voters who have listened
 * to his speeches, on television or at events, said": the main predicate after a relative clause,
 * the first verb of speech or belief after the clause's own verb (with its auxiliaries); or
 * `from`, when there is none. The clause may run across commas unless the phrase is itself an
 * aside ("Jo Hart, a veteran who now works for the Air Force, said": Jo Hart said). A verb after
 * a pronoun has a subject of its own; one after a determiner or an owner is a noun ("Trump's
 * comments"); one after "to" is an infinitive ("who came to protest"). "allies that the United States would honor" is no relative clause: it has a subject.
 */
export function afterRelativeClause(tokens: Token[], from: number, aside: boolean): number {
  const next = tokens[from + 1];
  if (word(tokens, from) === 'that' && (!next?.isWord || next.capitalized || NOT_A_RELATIVE_VERB.has(next.lower))) return from;
  const own = predicateAt(tokens, from + 1);
  const start = own ? own.index + 1 : from + 2;
  for (let index = start; index < tokens.length && index <= from + MAX_RELATIVE_CLAUSE; index++) {
    const token = tokens[index]!;
    if (!token.isWord) {
      if (token.text === ',' && !aside) continue;
      return from;
    }
    if (token.quoted) return from;
    const before = word(tokens, index - 1);
    // "to protest" is an infinitive, no verb of the source's own.
    if (NOT_A_RELATIVE_VERB.has(before) || before === 'to' || before.endsWith("'s") || RELATIVE_OPENER.test(before)) continue;
    if (!token.capitalized && !token.lower.endsWith('ing') && ATTRIBUTION_LEMMAS.has(verbLemma(token.lower))) return index;
  }
  return from;
}
