/**
 * Source phrases: noun phrases whose head is a person, a group, a finding or a report ("some
 * political insiders", "one of the doctors", "Republicans on the committee", "polls"), with what
 * the grammar needs to know about them: the kind of head, how the phrase opens, and whether a
 * name is attached.
 */
import { nounLemma, verbLemma } from './lemma.ts';
import {
  CROWD_QUANTIFIERS,
  CROWD_WORDS,
  DEFINITE_OPENERS,
  DEMONYM_PLURAL,
  FINDING_NOUNS,
  GROUP_PROPER_NOUNS,
  INDEFINITE_OPENERS,
  INSIDER_NOUNS,
  MEDIA_NOUNS,
  ON_RECORD_NOUNS,
  PERSON_NOUNS,
} from './people.ts';
import {
  ANONYMITY_MODIFIERS,
  ATTRIBUTION_LEMMAS,
  AUXILIARIES,
  NUMBER_WORDS,
  PHRASE_STOPS,
  POSSESSIVE_PRONOUNS,
} from './lexicon.ts';
import type { Token } from './tokens.ts';

export type HeadClass = 'insider' | 'person' | 'group' | 'finding' | 'media' | 'record' | 'crowd';
export type Opener = 'bare' | 'indefinite' | 'definite' | 'quantifier' | 'number' | 'possessive' | 'owner';

export interface SourcePhrase {
  /** Token indices: first token, head, and one past the last (with its modifiers). */
  start: number;
  head: number;
  end: number;
  lemma: string;
  headClass: HeadClass;
  opener: Opener;
  plural: boolean;
  /** "familiar with", "close to", "who asked not to be named". */
  anonymity: boolean;
  /** A name right after or in apposition: "aide Jane Roe", "a professor, Jane Roe,". */
  named: boolean;
  /** A capitalised owner or modifier before the head, or a named origin after it: "a Quinnipiac poll", "a report by Reuters". */
  proper: boolean;
  /** Joined to a name: "Cruz and his aides" speak with Cruz. */
  withName: boolean;
  /** "two of the people": a part of people the article has met. */
  partOfThePeople: boolean;
  /** "elected officials": politicians, not insiders. */
  elected: boolean;
  /** Family of someone: "family members", "a family friend". */
  family: boolean;
  /** Tied to a named body: "Oversight Committee Republicans", "Republicans on the panel". */
  anchored: boolean;
}

/** Bodies whose members, once named with them, are a named group. */
const ANCHOR_BODIES = new Set([
  'committee',
  'subcommittee',
  'caucus',
  'panel',
  'council',
  'board',
  'commission',
  'delegation',
  'campaign',
  'administration',
]);
/** Marks after which a capital letter may only open a clause: "Frustration with police: Civil rights activists". */
const CLAUSE_OPENING_MARKS = new Set(['"', '“', '‘', "'", '(', '[', ':', ';', '—', '–', '-', '―']);
/** Words ending in -ly that are no adverbs before a crowd: "likely voters", "elderly residents". */
const ADJECTIVES_BEFORE_CROWDS = new Set([
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
const PUBLISHING_VERBS = new Set(['published', 'released', 'issued', 'conducted', 'commissioned', 'carried', 'run', 'by']);
const ORIGIN_PREPOSITIONS = new Set(['by', 'from', 'for', 'at']);

const MAX_PREMODIFIERS = 5;
const MAX_POSTMODIFIER = 8;
const COLLECTIVES = new Set(['group', 'number', 'chorus', 'handful', 'couple', 'lot', 'dozen', 'majority', 'coalition', 'host']);
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

const word = (tokens: Token[], index: number): string => (tokens[index]?.isWord ? tokens[index]!.lower : '');

/** The class of a head word, or null when it cannot head a source phrase. */
export function headClassOf(token: Token, next?: Token): { headClass: HeadClass; lemma: string; plural: boolean } | null {
  if (!token.isWord) return null;
  // "those close to the player", "those familiar with the plans".
  if (token.lower === 'those' && next && ANONYMITY_MODIFIERS.has(next.lower))
    return { headClass: 'insider', lemma: 'those', plural: true };
  const lower = token.lower;
  const lemma = nounLemma(lower);
  const plural = lemma !== lower || lower === 'people' || lower === 'police' || lower === 'media';
  if (token.capitalized) {
    if (GROUP_PROPER_NOUNS.has(lemma) || (plural && DEMONYM_PLURAL.test(token.text)))
      return { headClass: 'group', lemma, plural };
  }
  if (INSIDER_NOUNS.has(lemma)) return { headClass: 'insider', lemma, plural };
  if (ON_RECORD_NOUNS.has(lemma)) return { headClass: 'record', lemma, plural };
  if (FINDING_NOUNS.has(lemma)) return { headClass: 'finding', lemma, plural };
  if (MEDIA_NOUNS.has(lemma)) return { headClass: 'media', lemma, plural };
  if (PERSON_NOUNS.has(lemma) || /[a-z]{3}(?:ist|ian)s?$/.test(lower))
    return { headClass: 'person', lemma, plural: plural || COLLECTIVES.has(lemma) }; // "a chorus of", "a group": a crowd
  if (GROUP_PROPER_NOUNS.has(lemma)) return { headClass: 'group', lemma, plural };
  if (CROWD_WORDS.has(lower)) return { headClass: 'crowd', lemma: lower, plural: lower !== 'everyone' && lower !== 'everybody' };
  return null;
}

/** True when the word after `head` continues the noun ("state officials", "poll workers"): then `head` is a modifier. */
function isCompoundModifier(tokens: Token[], head: number): boolean {
  const next = tokens[head + 1];
  if (!next?.isWord || next.quoted !== tokens[head]!.quoted) return false;
  const nextClass = headClassOf(next);
  return nextClass !== null && nextClass.headClass !== 'crowd' && !PHRASE_STOPS.has(next.lower);
}

/** Walks left over determiners, numbers, adjectives, possessives and capitalised modifiers. */
function phraseStart(tokens: Token[], head: number): number {
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

function openerOf(tokens: Token[], start: number, head: number): Opener {
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

/** "Biden's", "analysts'", "analysts ’": a possessive, which owns the noun after it. */
function isPossessive(tokens: Token[], head: number): boolean {
  const value = tokens[head]!.lower;
  if (value.endsWith("'s") || value.endsWith("'")) return true;
  const next = tokens[head + 1];
  return Boolean(next && !next.isWord && (next.text === "'" || next.text === '’') && tokens[head + 2]?.isWord && !next.quoted);
}

const isComma = (token: Token | undefined) => token?.isWord === false && token.text === ',';

/**
 * A name in apposition: right after the head ("aide Jane Roe"), after its modifiers ("a lawyer
 * for the family, Sam Cole,"), or before the phrase ("Jane Roe, an associate professor").
 */
function namedAround(tokens: Token[], start: number, head: number, end: number): boolean {
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
  const next = tokens[after];
  return !next?.isWord || ATTRIBUTION_LEMMAS.has(verbLemma(next.lower));
}

/** Figures, not people: "74 percent of voters", "eight of 10 voters", "a majority of voters". */
function isFigure(tokens: Token[], start: number): boolean {
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
const DETERMINERS_BEFORE_NOUN = new Set([
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

/** True when a predicate starts at `index`: an auxiliary, or a verb of speech, belief or attitude (after any adverb). */
function startsPredicate(tokens: Token[], index: number): boolean {
  let at = index;
  while (/^[a-z]+ly$/.test(word(tokens, at)) && at < index + 2) at++;
  const value = word(tokens, at);
  if (!value || tokens[at]!.capitalized) return false;
  if (AUXILIARIES.has(value)) return true;
  return ATTRIBUTION_LEMMAS.has(verbLemma(value)) && !DETERMINERS_BEFORE_NOUN.has(word(tokens, at - 1));
}

/**
 * The end of modifiers after the head ("familiar with the talks", "in the room", "on the
 * committee"): they run until a predicate starts, a mark, or a few words; none when no
 * preposition or participle opens them.
 */
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

function postmodifierEnd(tokens: Token[], head: number): { end: number; anonymity: boolean } {
  if (anonymousParenthetical(tokens, head)) return { end: head + 1, anonymity: true };
  const joined = coordinatedEnd(tokens, head);
  if (joined > head + 1) {
    const after = postmodifierEnd(tokens, joined - 1);
    return { end: after.end, anonymity: after.anonymity };
  }
  const next = word(tokens, head + 1);
  const anonymity =
    ANONYMITY_MODIFIERS.has(next) ||
    (next === 'with' && word(tokens, head + 2) === 'knowledge') ||
    (next === 'in' && word(tokens, head + 2) === 'the' && word(tokens, head + 3) === 'room'); // "a person in the room"
  if (!anonymity && !POSTMODIFIER_OPENERS.has(next) && !MODIFYING_PARTICIPLES.has(next))
    return { end: head + 1, anonymity: false };
  for (let end = head + 2; end < tokens.length && end <= head + 1 + MAX_POSTMODIFIER; end++) {
    if (!tokens[end]!.isWord || startsPredicate(tokens, end)) return { end, anonymity };
  }
  return { end: head + 1, anonymity };
}

/** "a study published in Nature", "a report released by the agency": a finding with a named origin. */
function publishedBy(tokens: Token[], head: number): boolean {
  if (!PUBLISHING_VERBS.has(word(tokens, head + 1))) return false;
  for (let index = head + 2; index < head + 7 && index < tokens.length; index++) if (tokens[index]!.capitalized) return true;
  return false;
}

/** Every source phrase of the sentence, left to right. */
export function findSourcePhrases(tokens: Token[]): SourcePhrase[] {
  const phrases: SourcePhrase[] = [];
  for (let head = 0; head < tokens.length; head++) {
    const found = headClassOf(tokens[head]!, tokens[head + 1]);
    if (!found || isCompoundModifier(tokens, head)) continue;
    if (found.headClass === 'crowd' && word(tokens, head + 1) === 'of') continue; // "many of the companies": the noun decides
    if (isPossessive(tokens, head)) continue; // "analysts' estimates": the owner is no subject
    if (found.lemma === 'source' && word(tokens, head + 1) === 'of' && !ANONYMITY_MODIFIERS.has(word(tokens, head + 2))) continue;
    const start = found.headClass === 'crowd' ? head : phraseStart(tokens, head);
    if (isFigure(tokens, start)) continue;
    if (found.headClass === 'crowd' && DETERMINERS_BEFORE_NOUN.has(word(tokens, head - 1))) continue; // "the most widely seen"
    let proper = false;
    let anchored = false;
    for (let index = start; index < head; index++) {
      const token = tokens[index]!;
      const opensClause = index === 0 || CLAUSE_OPENING_MARKS.has(tokens[index - 1]!.text);
      if (token.capitalized && (!opensClause || token.lower.endsWith("'s")) && !headClassOf(token)) proper = true;
      if (ANCHOR_BODIES.has(token.lower)) anchored = true;
    }
    const { end, anonymity } = postmodifierEnd(tokens, head);
    let postProper = publishedBy(tokens, head);
    for (let index = head + 2; index < end; index++) {
      if (tokens[index]!.capitalized && ORIGIN_PREPOSITIONS.has(word(tokens, head + 1))) postProper = true;
      if (ANCHOR_BODIES.has(tokens[index]!.lower)) anchored = true;
    }
    phrases.push({
      start,
      head,
      end,
      lemma: found.lemma,
      headClass: found.headClass,
      opener: openerOf(tokens, start, head),
      plural: found.plural,
      anonymity,
      named: namedAround(tokens, start, head, end),
      proper: proper || postProper,
      anchored,
      family: word(tokens, head - 1) === 'family',
      elected: word(tokens, head - 1) === 'elected',
      partOfThePeople: found.lemma === 'person' && word(tokens, head - 1) === 'the' && word(tokens, head - 2) === 'of',
      // "Trump and his aides", "the nominee and his aides": people of the one named beside them.
      withName: word(tokens, start - 1) === 'and' && POSSESSIVE_PRONOUNS.has(word(tokens, start)),
    });
  }
  return phrases;
}
