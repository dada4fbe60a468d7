/**
 * What ties a source phrase to a claim: the predicate it is the subject of ("critics say",
 * "Democrats are afraid that"), an attribution verb before it (", said one aide"), a passive
 * agent ("was called a fraud by fellow doctors"), a speech noun ("criticism from"), an
 * introducer ("according to") or a relative clause ("residents, who said").
 */
import { verbLemma } from '../text/lemma.ts';
import {
  ABOUT_OF_NOUNS,
  ATTRIBUTION_LEMMAS,
  BE_FORMS,
  CALENDAR,
  FINDING_VERBS,
  INVERTING_VERBS,
  SPEECH_NOUNS,
  SUBJECT_BLOCKERS,
} from '../knowledge/lexicon.ts';
import type { SourcePhrase } from '../phrases/phrases.ts';
import { afterAside } from './asides.ts';
import { coordinatedSpeechAfter } from './coordinated-speech.ts';
import { isDirective, predicateAt, predicateLemma } from './predicate.ts';
import { afterRelativeClause, RELATIVE_OPENER } from './relative-clause.ts';
import { findsAClaim, isConditionalReply } from './verb-claims.ts';
import { type Token, word } from '../text/tokens.ts';

export type LinkKind = 'subject' | 'coordinated' | 'inverted' | 'passive' | 'noun' | 'introducer' | 'relative';

export interface Link {
  kind: LinkKind;
  /** The predicate's lemma ("say", "afraid", "criticism", "according"). */
  lemma: string;
  /** Token indices of the cue: the phrase and its predicate, end exclusive. */
  first: number;
  last: number;
  /** The predicate follows a form of "be": "are afraid", "were coy". */
  copula: boolean;
  /** A modal stands before the predicate: "will continue", "should know". */
  modal?: boolean;
}

/** Past participles that are never a past tense: after the subject, with no auxiliary, they modify it. */
const PARTICIPLES_ONLY = new Set(['seen', 'known', 'shown', 'spoken', 'written', 'given', 'taken', 'chosen', 'driven']);
/** Particles kept in the cue: "spoke with", "pointed out". */
const PARTICLES = new Map([
  ['speak', new Set(['with', 'to'])],
  ['talk', new Set(['with', 'to'])],
  ['point', new Set(['out'])],
]);

const isMark = (tokens: Token[], index: number, mark: string) => tokens[index]?.isWord === false && tokens[index]!.text === mark;

const FUNCTION_WORDS_AFTER_VERB = new Set([
  'the',
  'a',
  'an',
  'that',
  'to',
  'about',
  'he',
  'she',
  'it',
  'they',
  'his',
  'her',
  'their',
  'this',
  'these',
  'those',
  'in',
  'on',
  'of',
  'for',
  'with',
  'at',
  'as',
  'by',
  'what',
  'how',
  'whether',
  'why',
  'him',
  'them',
  'us',
  'we',
  'i',
  'you',
  'no',
  'not',
  'its',
  'our',
  'up',
  'out',
  'over',
  'there',
]);

/**
 * Whether the predicate can belong to the phrase: a plural subject takes no "-s" verb ("reports
 * shows" is not a clause), a bare participle is a modifier ("protesters marching"), and after
 * "some" or "many" an "-ed" word before a noun is an adjective ("some pointed advice").
 */
function agrees(tokens: Token[], phrase: SourcePhrase, found: { index: number; copula: boolean }): boolean {
  if (found.copula) return true;
  const value = tokens[found.index]!.lower;
  if (value.endsWith('ing')) return false;
  const skipped = found.index > phrase.end;
  // "People seen as likely disrupters": a participle that is no past tense, with no auxiliary, is a modifier.
  if (!skipped && PARTICIPLES_ONLY.has(value)) return false;
  if (phrase.plural && !skipped && /[^s]s$/.test(value) && value !== 'has' && value !== 'is' && value !== 'was') return false;
  if (phrase.headClass === 'crowd' && phrase.start === phrase.head && phrase.plural) {
    if (/[^s]s$/.test(value)) return false; // "many calls", "some questions"
    const next = tokens[found.index + 1];
    // "some pointed advice" is an adjective; "some accused Trump of" is a verb with a name for object.
    if (
      value.endsWith('ed') &&
      next?.isWord &&
      !next.capitalized &&
      !FUNCTION_WORDS_AFTER_VERB.has(next.lower) &&
      !next.lower.endsWith('ly')
    )
      return false;
  }
  return true;
}

/** "more than analysts expected", "less credit than aides say he deserves": a comparison's own clause, its verb right after. */
function comparedClause(tokens: Token[], phrase: SourcePhrase): boolean {
  if (word(tokens, phrase.start - 1) !== 'than') return false;
  const found = predicateAt(tokens, phrase.end);
  return found !== null && ATTRIBUTION_LEMMAS.has(predicateLemma(tokens, found));
}

function subjectLink(tokens: Token[], phrase: SourcePhrase): Link | null {
  // "served as her adviser", "told his advisers", "more popular than critics"
  if (SUBJECT_BLOCKERS.has(word(tokens, phrase.start - 1)) && !comparedClause(tokens, phrase)) return null;
  // "A diplomat, who spoke on condition of anonymity, said": step over one aside.
  let from = afterAside(tokens, phrase.end, (index) => {
    const found = predicateAt(tokens, index);
    return found !== null && ATTRIBUTION_LEMMAS.has(predicateLemma(tokens, found));
  });
  if (from === null) return null;
  // "all the experts I interviewed said": a reporter's own "I interviewed" is a reduced relative.
  if ((word(tokens, from) === 'i' || word(tokens, from) === 'we') && word(tokens, from + 1).endsWith('ed')) {
    from += 2;
    // "… I interviewed this week thought": the interview's time belongs to the clause.
    if (
      /^(?:this|last)$/.test(word(tokens, from)) &&
      /^(?:week|month|year|spring|summer|fall|autumn|winter)$/.test(word(tokens, from + 1))
    )
      from += 2;
    else if (CALENDAR.has(word(tokens, from))) from += 1;
  }
  if (RELATIVE_OPENER.test(word(tokens, from))) {
    const clauseEnd = afterRelativeClause(tokens, from, isMark(tokens, phrase.start - 1, ','));
    // "a study that appeared in the British Medical Journal found": the clause names its origin.
    if (phrase.headClass === 'finding' || phrase.headClass === 'media')
      for (let index = from + 1; index < clauseEnd; index++) if (tokens[index]!.capitalized) return null;
    from = clauseEnd;
  }
  const found = predicateAt(tokens, from);
  if (!found || !agrees(tokens, phrase, found)) return null;
  let lemma = predicateLemma(tokens, found);
  // "Many saw the move as a threat", "voters saw that he could win": seeing as, or seeing that, is a belief.
  if (
    lemma === 'see' &&
    (word(tokens, found.index + 1) === 'that' ||
      tokens.slice(found.index + 1, found.index + 7).some((token) => token.lower === 'as'))
  )
    lemma = 'view';
  if (!findsAClaim(tokens, found.index, lemma, phrase.headClass === 'finding')) return null;
  if (isConditionalReply(tokens, phrase.start, found.index)) return null;
  const last = PARTICLES.get(lemma)?.has(word(tokens, found.index + 1)) ? found.index + 2 : found.index + 1;
  return { kind: 'subject', lemma, first: phrase.start, last, copula: found.copula, modal: found.modal };
}

/** "Protesters gathered and said", "critics rallied, saying": the subject's second verb passes on the claim. */
function coordinatedLink(tokens: Token[], phrase: SourcePhrase, subject: Link | null): Link | null {
  // A verb of speech passes the claim on itself; a directive does not ("urged the governor to
  // default, saying that…": the saying does).
  if (!subject || (ATTRIBUTION_LEMMAS.has(subject.lemma) && !isDirective(tokens, subject.lemma, subject.last))) return null;
  const verb = coordinatedSpeechAfter(tokens, subject.last - 1);
  if (verb === -1) return null;
  return { kind: 'coordinated', lemma: verbLemma(tokens[verb]!.lower), first: phrase.start, last: verb + 1, copula: false };
}

function invertedLink(tokens: Token[], phrase: SourcePhrase): Link | null {
  const verb = phrase.start - 1;
  const value = word(tokens, verb);
  if (!value || !INVERTING_VERBS.has(verbLemma(value))) return null;
  const before = tokens[verb - 1];
  if (before?.isWord) return null;
  return { kind: 'inverted', lemma: verbLemma(value), first: verb, last: phrase.head + 1, copula: false };
}

function passiveLink(tokens: Token[], phrase: SourcePhrase): Link | null {
  if (word(tokens, phrase.start - 1) !== 'by') return null;
  for (let index = phrase.start - 2; index >= 0 && index >= phrase.start - 7; index--) {
    const value = word(tokens, index);
    if (!value) return null;
    if (value.endsWith('ed') || value === 'said' || value === 'told' || value === 'seen' || value === 'thought') {
      const be = word(tokens, index - 1);
      // Without "be" the participle stands right before "by": "criticised by", not "dismissed efforts by".
      const reduced = value.endsWith('ed') && index === phrase.start - 2;
      if (BE_FORMS.has(be) || be === 'been' || be === 'being' || reduced)
        return { kind: 'passive', lemma: verbLemma(value), first: index, last: phrase.head + 1, copula: false };
    }
  }
  return null;
}

function nounLink(tokens: Token[], phrase: SourcePhrase): Link | null {
  // "media pronouncements that", "expert warnings": the speech noun right after the source.
  // After a plural head an "-s" word is a noun, never its verb ("media pronouncements", not "media say").
  const next = word(tokens, phrase.head + 1);
  const after = verbLemma(next);
  if (
    phrase.end === phrase.head + 1 &&
    phrase.plural &&
    phrase.headClass !== 'crowd' &&
    /[^s]s$/.test(next) &&
    SPEECH_NOUNS.has(after)
  )
    return { kind: 'noun', lemma: after, first: phrase.start, last: phrase.head + 2, copula: false };
  const preposition = word(tokens, phrase.start - 1);
  if (preposition !== 'from' && preposition !== 'among' && preposition !== 'by' && preposition !== 'of') return null;
  for (let index = phrase.start - 2; index >= 0 && index >= phrase.start - 3; index--) {
    const lemma = verbLemma(word(tokens, index));
    if (!SPEECH_NOUNS.has(lemma)) continue;
    // "criticism of the soldier's parents": they are criticised, not critics ("a chorus of critics" is).
    if (preposition === 'of' && ABOUT_OF_NOUNS.has(lemma)) return null;
    return { kind: 'noun', lemma, first: index, last: phrase.head + 1, copula: false };
  }
  return null;
}

function introducerLink(tokens: Token[], phrase: SourcePhrase): Link | null {
  const before = word(tokens, phrase.start - 1);
  if (before === 'to' && word(tokens, phrase.start - 2) === 'according')
    return { kind: 'introducer', lemma: 'according', first: phrase.start - 2, last: phrase.head + 1, copula: false };
  if (before === 'per' || before === 'citing' || before === 'cited')
    return { kind: 'introducer', lemma: before, first: phrase.start - 1, last: phrase.head + 1, copula: false };
  // "by one estimate", "by some counts": a finding introduced by "by" stands for its authors.
  if (before === 'by' && phrase.headClass === 'finding' && !BE_FORMS.has(word(tokens, phrase.start - 2)))
    return { kind: 'introducer', lemma: 'by', first: phrase.start - 1, last: phrase.head + 1, copula: false };
  return null;
}

function relativeLink(tokens: Token[], phrase: SourcePhrase): Link | null {
  let who = phrase.end;
  if (isMark(tokens, who, ',')) who++;
  if (word(tokens, who) !== 'who') return null;
  const found = predicateAt(tokens, who + 1);
  if (!found) return null;
  return {
    kind: 'relative',
    lemma: predicateLemma(tokens, found),
    first: phrase.start,
    last: found.index + 1,
    copula: found.copula,
    modal: found.modal,
  };
}

/** "with polls showing a tightening race", "some polls indicating that": a finding's participle is its predicate. */
function findingParticipleLink(tokens: Token[], phrase: SourcePhrase): Link | null {
  const value = word(tokens, phrase.head + 1);
  if (phrase.headClass !== 'finding' || phrase.end !== phrase.head + 1 || !value.endsWith('ing')) return null;
  const lemma = verbLemma(value);
  if (!FINDING_VERBS.has(lemma)) return null;
  return { kind: 'subject', lemma, first: phrase.start, last: phrase.head + 2, copula: false };
}

const OTHER_FINDERS = [invertedLink, passiveLink, nounLink, introducerLink, relativeLink, findingParticipleLink];

/** Every way the phrase is tied to a predicate in its sentence. */
export function linksOf(tokens: Token[], phrase: SourcePhrase): Link[] {
  // The coordinated link reads on from the subject's own verb: the subject link is found once.
  const subject = subjectLink(tokens, phrase);
  const links = [subject, coordinatedLink(tokens, phrase, subject)];
  for (const find of OTHER_FINDERS) links.push(find(tokens, phrase));
  return links.filter((link): link is Link => link !== null);
}
