/**
 * Whether a source's verb passes a claim on, or only acts: finding a thing or finding that,
 * questioning a person or questioning whether, a reply that may come or one that came.
 */
import { headClassOf, isPossessive } from '../knowledge/phrase-heads.ts';
import { type Token, word } from '../text/tokens.ts';

const CONDITIONALS = new Set(['if', 'unless']);

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us']);
const OBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);

/** "questioned the contractor", "questioned him": a person is asked, not doubted. */
function questionsAPerson(tokens: Token[], verb: number): boolean {
  if (OBJECT_PRONOUNS.has(word(tokens, verb + 1))) return true;
  const object = OBJECT_DETERMINERS.has(word(tokens, verb + 1)) ? verb + 2 : verb + 1;
  const token = tokens[object];
  // "questioned the government's figures" doubts the figures.
  if (!token || token.capitalized || isPossessive(tokens, object)) return false;
  const found = headClassOf(token, tokens[object + 1]);
  return found !== null && (found.headClass === 'person' || found.headClass === 'insider');
}

/**
 * "Firefighters found the bodies": people who find a thing pass on no claim; "found that" does, and
 * so does a finding. "Councillors questioned the contractor": a hearing, not a doubt.
 */
export function findsAClaim(tokens: Token[], verb: number, lemma: string, finding: boolean): boolean {
  if (lemma === 'question') return !questionsAPerson(tokens, verb);
  return lemma !== 'find' || finding || word(tokens, verb + 1) === 'that';
}

/** "If company officials respond, …": a reply that may come, with nothing after its verb, passes nothing on. */
export function isConditionalReply(tokens: Token[], phraseStart: number, verb: number): boolean {
  return CONDITIONALS.has(word(tokens, phraseStart - 1)) && !tokens[verb + 1]?.isWord;
}
