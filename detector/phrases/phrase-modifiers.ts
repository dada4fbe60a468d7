/**
 * The right edge of a source phrase: modifiers after the head ("familiar with the talks",
 * "Republicans on the committee", "leaders and others"), parentheticals that withhold a name,
 * names in apposition ("a lawyer for the family, Sam Cole,") and named origins ("a study
 * published in Nature").
 */
import { verbLemma } from '../text/lemma.ts';
import { ANONYMITY_MODIFIERS, ATTRIBUTION_LEMMAS, AUXILIARIES, CALENDAR, NUMBER_WORDS } from '../knowledge/lexicon.ts';
import { headClassOf, isCompoundModifier, isPossessive } from '../knowledge/phrase-heads.ts';
import { CROWD_QUANTIFIERS } from '../knowledge/people.ts';
import { type Token, word } from '../text/tokens.ts';

const MAX_POSTMODIFIER = 8;

const POSTMODIFIER_OPENERS = new Set([
  'in',
  'at',
  'from',
  'on',
  'of',
  'for',
  'with',
  'inside',
  'within',
  'across',
  'around',
  'outside',
  'among',
  'near',
  'to',
]);

/** Participles that modify a source phrase: "scientists involved in", "people briefed on". */
const MODIFYING_PARTICIPLES = new Set([
  'involved',
  'briefed',
  'based',
  'working',
  'speaking',
  'close',
  'familiar',
  'knowledgeable',
]);

/**
 * Participles of being asked: "voters surveyed last week said", "people interviewed for this
 * story". As main verbs they take an object ("officials contacted the family"), so they modify
 * the phrase only before a preposition, a time or the predicate itself.
 */
const ASKED_PARTICIPLES = new Set(['interviewed', 'surveyed', 'polled', 'questioned', 'contacted', 'consulted', 'quoted']);
const AFTER_ASKED = new Set(['by', 'for', 'in', 'on', 'at', 'during', 'after', 'since', 'this', 'last', 'over', 'earlier']);

export const DETERMINERS_BEFORE_NOUN = new Set([
  'the',
  'a',
  'an',
  'of',
  'to',
  'his',
  'her',
  'their',
  'its',
  'this',
  'that',
  'these',
  'those',
]);

const PUBLISHING_VERBS = new Set(['published', 'released', 'issued', 'conducted', 'commissioned', 'carried', 'run', 'by']);

/** Prepositions between a name and where its bearer is from: "David Woodard of Clemson University". */
const NAME_ORIGINS = new Set(['of', 'at', 'from']);

/** Words of a name given as an example: "critics like Sen. Ann Huffman say". */
const MAX_EXAMPLE_NAME = 4;

/** "activists here say", "critics abroad warn": where the crowd is, no name. */
const PLACE_ADVERBS = new Set(['here', 'there', 'abroad', 'overseas', 'nationwide', 'locally', 'elsewhere']);

/** No English word is longer; a page's run of letters may be (the pattern below backtracks over it). */
const MAX_WORD = 40;

/** A participial phrase runs longer than a prepositional one: "Democrats trying to win back the Senate in November say". */
const MAX_PARTICIPLE_PHRASE = 10;

/**
 * "Democrats trying to…", "groups representing colleges": an -ing participle that modifies the
 * phrase. One of speech or belief ("critics saying") is the phrase's own predicate, read elsewhere.
 */
function isActingParticiple(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  if (!token?.isWord || token.capitalized || token.quoted || !token.lower.endsWith('ing')) return false;
  if (token.lower.length > MAX_WORD || !/^[a-z]{3,}ing$/.test(token.lower)) return false;
  return !ATTRIBUTION_LEMMAS.has(verbLemma(token.lower)) && !AUXILIARIES.has(token.lower);
}

/** "who", "whom", "whose", and "who'd" or "who've" with their auxiliary attached. */
const RELATIVE_PRONOUNS = /^(?:who|whom|whose)(?:['’](?:d|ve))?$/;

const isComma = (token: Token | undefined) => token?.isWord === false && token.text === ',';

/**
 * A name in apposition: right after the head ("aide Jane Roe"), after its modifiers ("a lawyer
 * for the family, Sam Cole,"), or before the phrase ("Jane Roe, an associate professor").
 */
export function namedAround(tokens: Token[], start: number, head: number, end: number): boolean {
  const next = tokens[head + 1];
  if (next?.isWord && next.capitalized && tokens[head + 2]?.capitalized && !tokens[head]!.capitalized) return true;
  for (const comma of [head + 1, end]) if (isComma(tokens[comma]) && isAppositiveName(tokens, comma + 1)) return true;
  // "said Jane Roe, an associate professor at the school.": the phrase itself is the apposition.
  const before = tokens[start - 2];
  const appositive = end >= tokens.length || !tokens[end]!.isWord || word(tokens, end) === 'who';
  return appositive && isComma(tokens[start - 1]) && Boolean(before?.isWord && before.capitalized && start - 2 > 0);
}

/** Two or more capitalised words at `from`, closed by a mark or a verb of speech: ", Sam Cole," or ", Sam Cole said". */
function isAppositiveName(tokens: Token[], from: number): boolean {
  let after = from;
  while (tokens[after]?.isWord && tokens[after]!.capitalized) after++;
  if (after - from < 2) return false;
  // ", David Woodard of Clemson University,": the name's own origin.
  if (NAME_ORIGINS.has(word(tokens, after)) && tokens[after + 1]?.capitalized) {
    after++;
    while (tokens[after]?.isWord && tokens[after]!.capitalized) after++;
  }
  const next = tokens[after];
  return !next?.isWord || ATTRIBUTION_LEMMAS.has(verbLemma(next.lower));
}

/** True when a predicate starts at `index`: an auxiliary, or a verb of speech, belief or attitude (after any adverb). */
function startsPredicate(tokens: Token[], index: number): boolean {
  let at = index;
  while (/^[a-z]+ly$/.test(word(tokens, at)) && at < index + 2) at++;
  const value = word(tokens, at);
  if (!value || tokens[at]!.capitalized) return false;
  if (AUXILIARIES.has(value)) return true;
  // "the report", "that 2013 report", "the next two states", "in both states": after a determiner,
  // a number or a quantifier the word is a noun.
  const before = word(tokens, at - 1);
  return (
    ATTRIBUTION_LEMMAS.has(verbLemma(value)) &&
    !DETERMINERS_BEFORE_NOUN.has(before) &&
    !/^\d/.test(before) &&
    !NUMBER_WORDS.has(before) &&
    !CROWD_QUANTIFIERS.has(before) &&
    before !== 'both'
  );
}

/** ", who asked not to be named," or ", speaking on condition of anonymity,": a parenthetical that withholds the name. */
function anonymousParenthetical(tokens: Token[], head: number): boolean {
  if (!isComma(tokens[head + 1])) return false;
  for (let index = head + 2; index < tokens.length && index < head + 16 && !isComma(tokens[index]); index++) {
    const value = word(tokens, index);
    if (value === 'anonymity' || value === 'anonymously') return true;
    if ((value === 'named' || value === 'identified') && word(tokens, index - 2) === 'not') return true;
  }
  return false;
}

/** "leaders and others", "regulators and advisers to the firm": a second source joined by "and" or "or". */
function coordinatedEnd(tokens: Token[], head: number): number {
  const joiner = word(tokens, head + 1);
  if (joiner !== 'and' && joiner !== 'or') return head + 1;
  for (let index = head + 2; index < head + 5 && index < tokens.length && tokens[index]!.isWord; index++) {
    const found = headClassOf(tokens[index]!, tokens[index + 1]);
    if (found && found.headClass !== 'record' && !isCompoundModifier(tokens, index)) return index + 1;
  }
  return head + 1;
}

/** "with knowledge of", "with direct knowledge of": where `with … knowledge` after the head ends, or -1. */
export function withKnowledgeEnd(tokens: Token[], head: number): number {
  if (word(tokens, head + 1) !== 'with') return -1;
  for (let index = head + 2; index <= head + 3; index++) if (word(tokens, index) === 'knowledge') return index + 1;
  return -1;
}

/**
 * The end of modifiers after the head ("familiar with the talks", "in the room", "on the
 * committee"): they run until a predicate starts, a mark, or a few words; none when no
 * preposition or participle opens them.
 */
export function postmodifierEnd(tokens: Token[], head: number): { end: number; anonymity: boolean } {
  if (anonymousParenthetical(tokens, head)) return { end: head + 1, anonymity: true };
  const joined = coordinatedEnd(tokens, head);
  if (joined > head + 1) {
    const after = postmodifierEnd(tokens, joined - 1);
    return { end: after.end, anonymity: after.anonymity };
  }
  const next = word(tokens, head + 1);
  const anonymity =
    ANONYMITY_MODIFIERS.has(next) ||
    withKnowledgeEnd(tokens, head) > 0 ||
    (next === 'in' && word(tokens, head + 2) === 'the' && word(tokens, head + 3) === 'room'); // "a person in the room"
  if (PLACE_ADVERBS.has(next) && startsPredicate(tokens, head + 2)) return { end: head + 2, anonymity: false };
  // "critics like Huffman say": an example named inside the crowd, when the verb comes right after
  // it ("voters like Trump" alone is a verb and its object).
  if (next === 'like') {
    let at = head + 2;
    while (at < head + 2 + MAX_EXAMPLE_NAME && tokens[at]?.isWord && tokens[at]!.capitalized) at++;
    if (at > head + 2 && startsPredicate(tokens, at)) return { end: at, anonymity: false };
  }
  const asked = ASKED_PARTICIPLES.has(next) && (AFTER_ASKED.has(word(tokens, head + 2)) || startsPredicate(tokens, head + 2));
  const acting = isActingParticiple(tokens, head + 1);
  if (
    !anonymity &&
    !asked &&
    !acting &&
    !POSTMODIFIER_OPENERS.has(next) &&
    !MODIFYING_PARTICIPLES.has(next) &&
    !PUBLISHING_VERBS.has(next)
  )
    return { end: head + 1, anonymity: false };
  const reach = acting ? MAX_PARTICIPLE_PHRASE : MAX_POSTMODIFIER;
  for (let end = head + 2; end < tokens.length && end <= head + 1 + reach; end++) {
    if (isPossessive(tokens, end - 1) && !tokens[end]!.isWord) continue; // "knowledge of Gates' work"
    if (!tokens[end]!.isWord || startsPredicate(tokens, end)) return { end, anonymity };
    // "friends of the senator who have seen him say": a relative clause is read by the link, not the phrase.
    if (RELATIVE_PRONOUNS.test(word(tokens, end))) return { end, anonymity };
  }
  return { end: head + 1, anonymity };
}

/** "a study published in Nature", "a report released by the agency": a finding with a named origin. */
export function publishedBy(tokens: Token[], head: number, end: number): boolean {
  if (!PUBLISHING_VERBS.has(word(tokens, head + 1))) return false;
  // Only within the phrase: "polls released Sunday showed Clinton …" names no one.
  for (let index = head + 2; index < Math.min(head + 7, end); index++)
    if (tokens[index]!.capitalized && !CALENDAR.has(tokens[index]!.lower)) return true; // "released Sunday" names no one
  return false;
}
