/**
 * Source phrases: noun phrases whose head is a person, a group, a finding or a report ("some
 * political insiders", "one of the doctors", "Republicans on the committee", "polls"), with what
 * the grammar needs to know about them: the kind of head, how the phrase opens, and whether a
 * name is attached.
 */
import { nounLemma, verbLemma } from '../text/lemma.ts';
import { ANONYMITY_MODIFIERS, ATTRIBUTION_LEMMAS, AUXILIARIES, CALENDAR, POSSESSIVE_PRONOUNS } from '../knowledge/lexicon.ts';
import { type HeadClass, headClassOf, isCompoundModifier, isPossessive, isSocialMedia } from '../knowledge/phrase-heads.ts';
import { GROUP_PROPER_NOUNS, KIN_NOUNS } from '../knowledge/people.ts';
import { isPlace } from '../knowledge/places.ts';
import { DETERMINERS_BEFORE_NOUN, namedAround, postmodifierEnd, publishedBy } from './phrase-modifiers.ts';
import { isFigure, type Opener, openerOf, phraseStart } from './phrase-start.ts';
import { type Token, word } from '../text/tokens.ts';

export type { HeadClass, Opener };
export { headClassOf };

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
  /** Family of someone: "family members", "a family friend", "the victim's mother". */
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
const ORIGIN_PREPOSITIONS = new Set(['by', 'from', 'for', 'at']);

const PLURAL_QUANTIFIERS = new Set(['some', 'many', 'most', 'several', 'few', 'other']);
/** Adverbs that "most" makes superlative: "most often", "most recently". */
const SUPERLATIVE_ADVERBS = new Set(['often', 'recently', 'likely', 'widely', 'commonly', 'frequently', 'notably', 'closely']);
/** "two of the jurors": counted people the article has met, each one unnamed, not a crowd ("one of his aides" too). */
const COUNTS = new Set(['two', 'three', 'four', 'five']);

/** The determiners of a partitive's noun: "many of his endorsers", "some of the commuters". */
const PARTITIVE_DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its', 'our', 'these', 'those']);

/** Whether a crowd quantifier stands right before `head`, or opens a partitive of it ("many of his endorsers"). */
function quantifies(tokens: Token[], head: number): boolean {
  if (PLURAL_QUANTIFIERS.has(word(tokens, head - 1))) return true;
  return (
    PARTITIVE_DETERMINERS.has(word(tokens, head - 1)) &&
    word(tokens, head - 2) === 'of' &&
    PLURAL_QUANTIFIERS.has(word(tokens, head - 3))
  );
}

/** A common noun owns the phrase's head ("the victim's mother", "the boy's father"), not a name or a pronoun. */
function ownedByUnnamed(tokens: Token[], start: number, head: number): boolean {
  for (let index = start; index < head; index++) {
    const token = tokens[index]!;
    if (token.isWord && !token.capitalized && isPossessive(tokens, index) && !POSSESSIVE_PRONOUNS.has(token.lower)) return true;
  }
  return false;
}

/** Words that may follow the head of a noun phrase: a clause, a modifier, a list or the verb. */
const AFTER_HEAD = new Set(['who', 'whom', 'whose', 'that', 'of', 'for', 'at', 'in', 'and', 'or', 'with', 'from', 'to', 'on']);
/** How many words may stand between "former" and the post it names: "a former state party chairman". */
const MAX_FORMER_COMPOUND = 3;
/** No post is named by a longer word. */
const MAX_POST_WORD = 40;

/** An auxiliary or a verb of speech or belief in any inflection: the word after a noun that may be its verb. */
const mayBeVerb = (value: string) => AUXILIARIES.has(value) || ATTRIBUTION_LEMMAS.has(verbLemma(value));

/** The head of a noun compound ends it: a mark, a function word or a verb comes next. */
function endsCompound(tokens: Token[], head: number): boolean {
  const next = tokens[head + 1];
  if (!next?.isWord) return true;
  const value = next.lower;
  return AFTER_HEAD.has(value) || mayBeVerb(value) || value.endsWith('ed');
}

/**
 * "a former speechwriter said", "a former Clinton strategist", "a former state party chairman":
 * whoever held a post is a person, whatever the noun; the compound's last noun is the head.
 */
function formerHolder(tokens: Token[], head: number): ReturnType<typeof headClassOf> {
  const token = tokens[head]!;
  if (!token.isWord || token.capitalized || token.quoted) return null;
  let former = false;
  for (let back = 1; back <= MAX_FORMER_COMPOUND && !former; back++) {
    if (word(tokens, head - back) === 'former') former = true;
    else if (!tokens[head - back]?.isWord || AFTER_HEAD.has(word(tokens, head - back))) return null;
  }
  // Length first: over a page's endless run of letters the pattern would backtrack deep.
  const post = token.lower;
  if (!former || post.length > MAX_POST_WORD || !/^[a-z]{4,}$/.test(post) || !endsCompound(tokens, head)) return null;
  const lemma = nounLemma(token.lower);
  return { headClass: 'person', lemma, plural: lemma !== token.lower };
}

/** Endings of nouns for people by what they do or hold: commuters, subscribers, residents, employees, conservatives. */
const PEOPLE_ENDING = /(?:er|or|ist|ian|ant|ent|ee|ive|ar)s$/;

/**
 * "Some commuters think", "many of his endorsers think": a plural noun for people a crowd
 * quantifier counts may be a crowd, though no list holds it ("some emails", "most parties" are none).
 */
function quantifiedCrowd(tokens: Token[], head: number): ReturnType<typeof headClassOf> {
  const token = tokens[head]!;
  if (!token.isWord || token.capitalized || !PEOPLE_ENDING.test(token.lower) || !quantifies(tokens, head)) return null;
  const lemma = nounLemma(token.lower);
  if (lemma === token.lower || lemma.length < 3) return null;
  return { headClass: 'person', lemma, plural: true };
}

/**
 * "official results", "expert testimony": a singular head word used as an adjective before a plural
 * noun names no one. The word after it is a noun, not the head's verb ("an official says").
 */
function modifiesPluralNoun(tokens: Token[], head: number, plural: boolean): boolean {
  const next = tokens[head + 1];
  if (plural || !next?.isWord || next.capitalized || next.quoted !== tokens[head]!.quoted) return false;
  const after = next.lower;
  if (mayBeVerb(after)) return false;
  return nounLemma(after) !== after;
}

/** "some new positions", "many local businesses": a crowd word before an adjective and its plural noun is their determiner. */
function determinesNoun(tokens: Token[], head: number): boolean {
  const next = tokens[head + 1];
  const noun = tokens[head + 2];
  if (!next?.isWord || next.capitalized || !noun?.isWord || noun.capitalized) return false;
  const verbLike = (value: string) => mayBeVerb(value) || value.endsWith('ed') || value.endsWith('ly');
  return !verbLike(next.lower) && !verbLike(noun.lower) && nounLemma(noun.lower) !== noun.lower;
}

/**
 * "Iowa farmers", "New Hampshire polls", "Democratic economists": a place or a side before the
 * head says where the crowd is, not who it is, so the phrase stays unnamed.
 */
function placeOrSide(tokens: Token[], index: number): boolean {
  const value = word(tokens, index);
  if (isPlace(value) || GROUP_PROPER_NOUNS.has(value) || GROUP_PROPER_NOUNS.has(value.replace(/ic$/, ''))) return true;
  if (/^[a-z]{3,}ish$/.test(value)) return true; // "Jewish leaders", "Kurdish officials": a side, as "Muslim leaders".
  return isPlace(`${value} ${word(tokens, index + 1)}`) || isPlace(`${word(tokens, index - 1)} ${value}`);
}

/**
 * "Business Insider also commented": a capitalised common noun right after a capitalised word is
 * part of a name, no source phrase, when the sentence goes on in lower case (a title-case headline
 * capitalises everything). Groups are capitalised anyway ("Some Democrats"): the caller skips them.
 */
function capitalisedRunName(tokens: Token[], head: number): boolean {
  if (head === 0 || !tokens[head]!.capitalized || !tokens[head - 1]!.capitalized) return false;
  const next = tokens[head + 1];
  return Boolean(next?.isWord && !next.capitalized);
}

/** Every source phrase of the sentence, left to right. */
export function findSourcePhrases(tokens: Token[]): SourcePhrase[] {
  const phrases: SourcePhrase[] = [];
  for (let head = 0; head < tokens.length; head++) {
    const found = headClassOf(tokens[head]!, tokens[head + 1]) ?? quantifiedCrowd(tokens, head) ?? formerHolder(tokens, head);
    if (!found || isCompoundModifier(tokens, head) || modifiesPluralNoun(tokens, head, found.plural)) continue;
    if (found.headClass === 'crowd' && word(tokens, head + 1) === 'of') continue; // "many of the companies": the noun decides
    if (found.headClass === 'crowd' && determinesNoun(tokens, head)) continue;
    if (isPossessive(tokens, head)) continue; // "analysts' estimates": the owner is no subject
    if (isSocialMedia(tokens, head)) continue;
    if (found.headClass !== 'group' && capitalisedRunName(tokens, head)) continue;
    if (found.lemma === 'source' && word(tokens, head + 1) === 'of' && !ANONYMITY_MODIFIERS.has(word(tokens, head + 2))) continue;
    let start = found.headClass === 'crowd' ? head : phraseStart(tokens, head);
    // "the jurist many Republicans fear": a quantifier opens a new phrase, whatever noun stood before it.
    // "the most recent poll" is a superlative, no quantifier.
    for (let index = head - 1; index > start; index--)
      if (PLURAL_QUANTIFIERS.has(word(tokens, index)) && word(tokens, index) !== 'other' && word(tokens, index - 1) !== 'the')
        start = index;
    if (isFigure(tokens, start)) continue;
    // "the most widely seen"; but "laws that some say target" opens a clause with the crowd.
    const before = word(tokens, head - 1);
    if (found.headClass === 'crowd' && before !== 'that' && DETERMINERS_BEFORE_NOUN.has(before)) continue;
    // "the candidates most often described as", "and most recently defended": a superlative adverb.
    if (found.lemma === 'most' && SUPERLATIVE_ADVERBS.has(word(tokens, head + 1))) continue;
    let proper = false;
    let anchored = false;
    for (let index = start; index < head; index++) {
      const token = tokens[index]!;
      const opensClause = index === 0 || CLAUSE_OPENING_MARKS.has(tokens[index - 1]!.text);
      if (
        token.capitalized &&
        (!opensClause || token.lower.endsWith("'s")) &&
        !headClassOf(token) &&
        !(placeOrSide(tokens, index) && !tokens[head]!.capitalized)
      )
        proper = true;
      if (ANCHOR_BODIES.has(token.lower)) anchored = true;
    }
    const { end, anonymity } = postmodifierEnd(tokens, head);
    let postProper = publishedBy(tokens, head, end);
    // "a report Tuesday from WKOW": a day between the head and its named origin.
    const day = CALENDAR.has(word(tokens, head + 1));
    const origin = word(tokens, head + 3) === 'the' ? head + 4 : head + 3;
    if (day && ORIGIN_PREPOSITIONS.has(word(tokens, head + 2)) && tokens[origin]?.capitalized) postProper = true;
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
      family: word(tokens, head - 1) === 'family' || (KIN_NOUNS.has(found.lemma) && ownedByUnnamed(tokens, start, head)),
      elected: word(tokens, head - 1) === 'elected',
      // "two of the people", "one of the employees": a part of people the article has met, or one unnamed person.
      partOfThePeople:
        (found.lemma === 'person' && word(tokens, head - 1) === 'the' && word(tokens, head - 2) === 'of') ||
        (word(tokens, start) === 'one' && word(tokens, start + 1) === 'of') ||
        (COUNTS.has(word(tokens, start)) && word(tokens, start + 1) === 'of' && word(tokens, start + 2) === 'the'),
      // "Trump and his aides", "the nominee and his aides": people of the one named beside them;
      // after a comma the "and" joins clauses ("…in Iowa, and his advisers said").
      withName:
        word(tokens, start - 1) === 'and' && POSSESSIVE_PRONOUNS.has(word(tokens, start)) && Boolean(tokens[start - 2]?.isWord),
    });
  }
  return phrases;
}
