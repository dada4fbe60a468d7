/**
 * Cues for open-class sources: any person, group, finding or report phrase tied to a predicate,
 * scored by the learned attribution scorer. "Democrats are afraid that", "witnesses said",
 * "was called a fraud by fellow doctors", "one study found"; a "they" that points back to an
 * unnamed source in the sentences before.
 */
import type { Cue } from './cue.ts';
import type { DocumentState } from '../discourse.ts';
import { featuresOf, predicateClass } from '../features.ts';
import { type Link, linksOf } from './links.ts';
import { isDirective, predicateAt, predicateLemma } from './predicate.ts';
import { findSourcePhrases, type SourcePhrase } from '../phrases/phrases.ts';
import { type Scorer, SHIPPED_SCORER } from '../scorer.ts';
import { isNeverName } from '../sources/names.ts';
import { sourceCategory } from '../sources/source-category.ts';
import { ON_RECORD_NOUNS, POLICE_MEMBERS } from '../knowledge/people.ts';
import type { Token } from '../text/tokens.ts';
import type { Category } from '../types.ts';
import { CLOSING_SPEECH, FINDING_VERBS } from '../knowledge/lexicon.ts';

export interface Candidate {
  phrase: SourcePhrase;
  link: Link;
  category: Category;
  features: string[];
}

/** "They said", "they want": a plural pronoun as the subject, when an unnamed source came just before. */
function pronounCandidates(tokens: Token[], state: DocumentState, out: Candidate[]): void {
  const category = state.recentUnnamed();
  if (!category) return;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.lower !== 'they' || token.quoted) continue;
    const found = predicateAt(tokens, index + 1);
    if (!found) continue;
    const phrase: SourcePhrase = {
      start: index,
      head: index,
      end: index + 1,
      lemma: 'they',
      headClass: 'crowd',
      opener: 'bare',
      plural: true,
      anonymity: false,
      named: false,
      proper: false,
      anchored: false,
      family: false,
      elected: false,
      partOfThePeople: false,
      withName: false,
    };
    const link: Link = {
      kind: 'subject',
      lemma: predicateLemma(tokens, found),
      first: index,
      last: found.index + 1,
      copula: found.copula,
      modal: found.modal,
    };
    out.push({ phrase, link, category, features: featuresOf(tokens, phrase, link, category, true) });
  }
}

const VOICES = new Set(['attorney', 'lawyer', 'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'counsel']);

/** A crowd that only acts passes on no claim: "investors sold the shares" (what-is-flagged.md). */
const passesClaim = (link: Link) => {
  const kind = predicateClass(link);
  return kind === 'speech' || kind === 'attitude' || link.kind === 'introducer' || link.kind === 'noun';
};

const offRecord = (tokens: Token[], phrase: SourcePhrase, link: Link) =>
  link.kind === 'subject' && tokens.slice(phrase.end, link.last).some((token) => token.lower === 'privately');

/** Every phrase-and-link pair that could carry an unnamed source, with its features; updates the document state. */
export function openCandidates(tokens: Token[], state: DocumentState, named?: Set<number>): Candidate[] {
  const out: Candidate[] = [];
  pronounCandidates(tokens, state, out);
  // "Police said officers had found the car": the force's officers are the force, named or on record.
  if (tokens.some((token) => token.lower === 'police')) for (const lemma of POLICE_MEMBERS) state.anchor(lemma);
  for (const phrase of findSourcePhrases(tokens)) {
    if (phrase.anchored) state.anchor(phrase.lemma);
    // "attorneys for the family", "a spokesman for the club": a party's voice on the record.
    const voice = VOICES.has(phrase.lemma) && tokens[phrase.head + 1]?.lower === 'for';
    const category = voice ? null : sourceCategory(phrase, state);
    // The words of a named or on-record phrase: the tagger may not find an unnamed source in them.
    if (category === null && named) for (let index = phrase.start; index <= phrase.head; index++) named.add(index);
    if (voice) continue;
    // The members of a named body ("Democrats on the panel") are unnamed only when off the record.
    const offRecordOnly = category === null && phrase.anchored && !phrase.named;
    if (!category && !offRecordOnly) continue;
    const links = linksOf(tokens, phrase).filter(
      (link) =>
        passesClaim(link) &&
        !((link.kind === 'subject' || link.kind === 'coordinated') && isDirective(tokens, link.lemma, link.last)),
    );
    for (const link of links) {
      // "some Democrats privately express": speaking off the record is speaking anonymously.
      const said = offRecord(tokens, phrase, link) ? 'anonymous' : category;
      if (said) out.push({ phrase, link, category: said, features: featuresOf(tokens, phrase, link, said, false) });
    }
    if (category && links.length > 0) state.flagged(phrase.lemma, category);
  }
  return out;
}

/** Nouns of complaint and warning that pass on a claim whoever utters them: "an outcry from", "criticism from". */
const CLAIM_NOUNS = new Set([
  'criticism',
  'outcry',
  'complaint',
  'warning',
  'objection',
  'accusation',
  'allegation',
  'condemnation',
  'backlash',
  'pronouncement',
  'protest',
]);

/**
 * "criticism from victims' groups", "one of the jurors said", "a 2019 analysis found": the source
 * is named outright (what-is-flagged.md), unscored.
 */
export const isOutright = (candidate: Candidate): boolean =>
  (candidate.link.kind === 'noun' && CLAIM_NOUNS.has(candidate.link.lemma)) ||
  (candidate.phrase.headClass === 'finding' && candidate.link.kind === 'subject' && FINDING_VERBS.has(candidate.link.lemma)) ||
  // "one of the jurors told", "two of the people said": one unnamed member speaking (what-is-flagged.md).
  (candidate.phrase.partOfThePeople && candidate.category === 'anonymous' && predicateClass(candidate.link) === 'speech') ||
  // "They said" opening the sentence after an unnamed source: the same source speaking again, flagged like it.
  (candidate.phrase.lemma === 'they' && candidate.link.first === 0 && predicateClass(candidate.link) === 'speech');

const NAMED_PRONOUNS = new Set(['he', 'she', 'it', 'i', 'we']);
const MAX_CLOSING_ATTRIBUTION = 10;

/**
 * Where a sentence-final attribution to someone named starts (", the department said", ", said
 * Mayor Ruiz", ", she said"), or -1: what comes before it is that speaker's, not its own subjects'.
 * A name right after the comma (", Harris said") counts only with `leadingName`, for hedges: an
 * unnamed source before it may be one the speaker passes on (and reading it as named measured no
 * better on PolNeAR's tuning fold).
 */
export function namedAttributionAtEnd(tokens: Token[], { leadingName = false } = {}): number {
  let comma = -1;
  for (let index = tokens.length - 1; index >= 0 && index >= tokens.length - MAX_CLOSING_ATTRIBUTION; index--)
    if (!tokens[index]!.isWord && tokens[index]!.text === ',') {
      comma = index;
      break;
    }
  if (comma === -1) return -1;
  const tail = tokens.slice(comma + 1).filter((token) => token.isWord);
  if (!tail.some((token) => CLOSING_SPEECH.has(token.lower))) return -1;
  const named = tail.some(
    (token, index) =>
      (token.capitalized && (index > 0 || (leadingName && !token.quoted && !isNeverName(token.lower)))) ||
      // ", she said", ", said he": the pronoun stands at an end; ", said he had less" is a clause of its own.
      (NAMED_PRONOUNS.has(token.lower) && (index === 0 || index === tail.length - 1)) ||
      ON_RECORD_NOUNS.has(token.lower),
  );
  return named ? comma : -1;
}

/** A candidate with its learned score, as a cue; `accepted` when the scorer (or a claim noun) lets it through. */
export interface ScoredOpenCue {
  cue: Cue;
  score: number;
  accepted: boolean;
  /** A noun of complaint: flagged whatever its score (isOutright). */
  outright: boolean;
  lemma: string;
  kind: string;
}

/**
 * "A person familiar with the talks said …, the Times reported": a named speaker relaying a source
 * that is unnamed on purpose; the innermost unnamed source decides (what-is-flagged.md).
 */
export const relayedAnonymity = (candidate: Candidate): boolean =>
  candidate.phrase.anonymity || candidate.phrase.lemma === 'source' || candidate.phrase.lemma === 'insider';

/** Every candidate outside a closing named attribution (unless it withholds its name), scored. */
export function scoredOpenCues(
  tokens: Token[],
  state: DocumentState,
  named?: Set<number>,
  scorer: Scorer = SHIPPED_SCORER,
): ScoredOpenCue[] {
  const out: ScoredOpenCue[] = [];
  const spokenBy = namedAttributionAtEnd(tokens);
  for (const candidate of openCandidates(tokens, state, named)) {
    if (spokenBy !== -1 && candidate.link.first < spokenBy && !relayedAnonymity(candidate)) continue;
    const score = scorer.score(candidate.features);
    const outright = isOutright(candidate);
    const { phrase, link, category } = candidate;
    out.push({
      cue: {
        category,
        first: link.first,
        last: link.last,
        source: { first: phrase.start, last: phrase.head + 1 },
        learned: true,
      },
      score,
      accepted: outright || score >= scorer.threshold,
      outright,
      lemma: phrase.lemma,
      kind: link.kind,
    });
  }
  return out;
}

/** The candidates the scorer accepts, as cues. */
export function openCues(tokens: Token[], state: DocumentState): Cue[] {
  return scoredOpenCues(tokens, state)
    .filter((scored) => scored.accepted)
    .map((scored) => scored.cue);
}
