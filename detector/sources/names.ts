/**
 * Names in a sentence's tokens: the run of capitalised words before or after a verb of speech,
 * split at "and" ("Harris and Clinton" are two), with titles left off ("Sen. Maria Lopez"), and
 * what kind of source a name is: a person, an organisation ("the Federal Reserve", "The
 * Information") or an outlet. Places are no sources.
 */
import {
  ANONYMOUS_HEADS,
  ATTRIBUTION_VERBS,
  CALENDAR,
  CROWD_HEADS,
  CROWD_PRONOUNS,
  ROLE_HEADS,
  TITLES,
} from '../knowledge/lexicon.ts';
import { nounLemma } from '../text/lemma.ts';
import { ORGANISATION_NAMES } from '../knowledge/organisations.ts';
import { DEMONYM_PLURAL, FINDING_NOUNS, GROUP_PROPER_NOUNS, INSIDER_NOUNS, PERSON_NOUNS } from '../knowledge/people.ts';
import { isPlace } from '../knowledge/places.ts';
import type { Token } from '../text/tokens.ts';
import type { SourceKind } from '../types.ts';

export const OUTLET_WORDS =
  /\b(Times|Post|News|Journal|Magazine|Daily|Herald|Gazette|Tribune|Courier|Reuters|Press|BBC|CNN|NPR|Politico|POLITICO|Axios|Bloomberg|Guardian|Telegraph|Independent|Mirror|Mail|Express|Today|TODAY|TMZ|Variety|Deadline|Atlantic|Economist|Weekly|Radio|TV|Television|Athletic|ESPN|Sky|Fox|NBC|CBS|ABC|Six|OK!|USAToday|Chronicle|Inquirer|Observer|Register|Standard|Bulletin|Wire|Nature|Lancet|Science|Insider|Intercept)\b|OK!/;
const ORGANISATION_WORDS =
  /\b(Department|Ministry|Agency|University|Inc|Corp|Company|Council|Commission|Court|Police|Bureau|Institute|Initiative|Party|Committee|Association|Federation|Club|Office|Service|Board|Bank|Reserve|Group|Authority|House|Pentagon|Congress|Senate|Parliament|Kremlin|Foundation|Fund|Organization|Organisation|Center|Centre|League|Union|Administration|Government|FC|Hospital|School|Church|Army|Navy|Force|Team|Studios|Records|Labs?|Systems|Motors|Airlines|Holdings|Coalition|Network|Project|Campaign)\b|^[A-Z]{2,6}$/;

/** Words inside a name: "Department of Justice", "Johnson & Johnson", "Ursula von der Leyen". */
const CONNECTORS = new Set(['of', 'the', 'for', '&', 'de', 'der', 'van', 'von', 'al', 'bin', 'la', 'le', 'du']);

/** Capitalised words that open sentences and clauses but are never names. */
export const NOT_NAMES = new Set(
  `the a an but and however in on at after before as if when while so he she they it we i you this that these those
  his her their its our per according meanwhile still yet then there not no yes also even now former democratic
  republican democrats republicans soon since what who why how for with from by to of about during despite among
  without under over through into nobody everyone everybody someone somebody additional presidential
  one two three four five six seven eight nine ten dozens hundreds thousands orthodox catholics protestants muslims
  christians jews evangelicals be is are was were been being do does did has have had should could would must let
  please`.split(/\s+/),
);

/** The calendar and a byline's "Editor's (note)": "said Friday" names a day, not a speaker. */
const NOT_SPEAKERS = new Set([...CALENDAR, "editor's", 'editor’s']);
/** Nationalities as adjectives: "Australian Prime Minister …", "one Greek Orthodox" (kept inside a body's name). */
const NATIONALITIES = new Set(
  `american british english scottish welsh irish french german dutch belgian swiss austrian italian spanish portuguese
  greek turkish russian ukrainian polish swedish norwegian danish finnish chinese japanese korean indian pakistani
  iranian iraqi syrian israeli palestinian egyptian saudi mexican canadian australian african asian european
  latin arab`.split(/\s+/),
);

/** "I'm", "Let's", "Don't", "You'd": contractions open clauses, they are never names. */
const CONTRACTION = /(?:'|’)(?:m|re|ll|d|ve|t)$|^let(?:'|’)s$/;

const IMPERATIVE = /^(?:\w+ing|do|does|did|check|keep|keeps|see|read|watch|click|sign|save|get|let|make|take|look|find)$/;
const opensSentence = (tokens: Token[], index: number) =>
  index === 0 || (!tokens[index - 1]!.isWord && tokens[index - 1]!.text !== ',');

/** Capitalised words that are never a name: sentence openers, the calendar, contractions, and the unnamed heads themselves ("Sources", "Critics"). */
export const isNeverName = (lower: string) =>
  NOT_NAMES.has(lower) ||
  NOT_SPEAKERS.has(lower) ||
  NATIONALITIES.has(lower) ||
  CONTRACTION.test(lower) ||
  isPeopleWord(lower) ||
  ATTRIBUTION_VERBS.has(lower) ||
  CROWD_HEADS.has(lower) ||
  CROWD_PRONOUNS.has(lower) ||
  ANONYMOUS_HEADS.has(lower) ||
  ROLE_HEADS.has(lower);

/** "Witnesses", "Europeans", "Polls": words for people and findings, not names. */
function isPeopleWord(lower: string): boolean {
  if (DEMONYM_PLURAL.test(lower.charAt(0).toUpperCase() + lower.slice(1))) return true; // "Tunisians", "Europeans"
  const lemma = nounLemma(lower);
  return PERSON_NOUNS.has(lemma) || INSIDER_NOUNS.has(lemma) || GROUP_PROPER_NOUNS.has(lemma) || FINDING_NOUNS.has(lemma);
}

const isCapitalisedWord = (token: Token | undefined): boolean => Boolean(token?.isWord && token.capitalized);

/**
 * "Business Insider also asked": a word for people or findings closing a run of capitals that the
 * sentence goes on from in lower case is the end of a name ("Trump Aides Say", a title-case
 * headline, is not). Groups never are: "Senate Democrats" is no named source.
 */
function closesName(tokens: Token[], from: number, to: number, end: number): boolean {
  if (to !== end || to - from < 2) return false;
  const lower = tokens[to - 1]!.lower;
  const lemma = nounLemma(lower);
  if (NOT_NAMES.has(lower) || GROUP_PROPER_NOUNS.has(lemma) || DEMONYM_PLURAL.test(tokens[to - 1]!.text)) return false;
  const next = tokens[end];
  return Boolean(next?.isWord && !next.capitalized && (PERSON_NOUNS.has(lemma) || INSIDER_NOUNS.has(lemma)));
}

/** A name found in a sentence: token span, titles left off, and whether "the" opened it. */
export interface NameSpan {
  first: number;
  last: number;
  /** "The Information", "the Federal Reserve": a body, not a person. */
  definite: boolean;
}

/** Splits a run of capitalised words at "and", drops titles and words that are never names, and places. */
function namesIn(tokens: Token[], start: number, end: number): NameSpan[] {
  const names: NameSpan[] = [];
  let first = start;
  // "World Travel and Tourism Council": an "and" inside an organisation's name joins, it does not list.
  const endsAsBody = end > start && ORGANISATION_WORDS.test(tokens[end - 1]!.text);
  const isBody = (from: number, to: number) => tokens.slice(from, to).some((token) => ORGANISATION_WORDS.test(token.text));
  for (let index = start; index <= end; index++) {
    if (index < end && tokens[index]!.lower !== 'and') continue;
    if (index < end && endsAsBody && !isBody(first, index)) continue;
    let from = first;
    // "European Commission": before a body's name, a people word is part of the name.
    const body = ORGANISATION_WORDS.test(tokens[index - 1]?.text ?? '');
    const drop = (lower: string) => (body ? NOT_NAMES.has(lower) || NOT_SPEAKERS.has(lower) : isNeverName(lower));
    while (from < index && (drop(tokens[from]!.lower) || TITLES.has(tokens[from]!.lower.replace(/\.$/, '')))) from++;
    // A sentence's first word may be a verb, not a name: "Having", "Check Trump's claims", "Keeps".
    if (from < index && from === first && opensSentence(tokens, from) && IMPERATIVE.test(tokens[from]!.lower)) from++;
    let to = index;
    while (to > from && CONNECTORS.has(tokens[to - 1]!.lower)) to--;
    if (!closesName(tokens, from, to, end)) while (to > from && isNeverName(tokens[to - 1]!.lower)) to--; // "Florida Friday"
    // "Russia's", "Trump's aide": an owner, whose noun speaks, not the name itself.
    const owner = tokens.slice(from, to).some((token) => /(?:'|’)s?$/.test(token.lower));
    // "SAVE A QUARTER": a run of capitals is a headline or a banner, not a name.
    const capitals = tokens.slice(from, to).filter((token) => token.text.length > 1 && token.text === token.text.toUpperCase());
    const shouting = capitals.length >= 2 && capitals.some((token) => token.text.length >= 5 && /^[A-Z]+$/.test(token.text));
    if (from < to && !owner && !shouting) {
      const text = tokens
        .slice(from, to)
        .map((token) => token.text)
        .join(' ');
      const definite = tokens[from - 1]?.lower === 'the';
      if (!isPlace(text) && !isPlace(`the ${text}`)) names.push({ first: from, last: to, definite });
    }
    first = index + 1;
  }
  return names;
}

/** The names ending just before `end` (exclusive): "Harris", "Berlin and Paris", "the Open Source Initiative". */
export function namesBefore(tokens: Token[], end: number): NameSpan[] {
  let start = end;
  while (start > 0) {
    const previous = tokens[start - 1]!;
    const joins = CONNECTORS.has(previous.lower) || previous.lower === 'and';
    if (isCapitalisedWord(previous) && !(start - 1 === 0 && NOT_NAMES.has(previous.lower))) start--;
    else if (joins && start < end && isCapitalisedWord(tokens[start - 2])) start--;
    else break;
  }
  return start < end ? namesIn(tokens, start, end) : [];
}

/** The names starting at `start`, after an optional "the": "USA Today", "the Federal Reserve". */
export function namesAfter(tokens: Token[], start: number): NameSpan[] {
  let from = start;
  if (tokens[from]?.lower === 'the' && isCapitalisedWord(tokens[from + 1])) from++;
  let end = from;
  while (end < tokens.length) {
    const token = tokens[end]!;
    const joins = CONNECTORS.has(token.lower) || token.lower === 'and';
    if (isCapitalisedWord(token) && !isNeverName(token.lower)) end++;
    else if (joins && end > from && isCapitalisedWord(tokens[end + 1])) end++;
    else break;
  }
  return end > from ? namesIn(tokens, from, end) : [];
}

/** The kind of source a name is; `asOutlet` when it reported or was reported to. */
export function kindOf(name: string, asOutlet: boolean, definite: boolean): SourceKind {
  if (OUTLET_WORDS.test(name) || (asOutlet && !ORGANISATION_WORDS.test(name))) return 'outlet';
  if (ORGANISATION_WORDS.test(name) || definite || ORGANISATION_NAMES.has(name.toLowerCase())) return 'organisation';
  return 'person';
}
