/**
 * Introducers and anonymity markers: "according to insiders", "per multiple sources", "citing
 * people familiar with", "as first reported by a gossip site"; "who spoke on condition of
 * anonymity", "who asked not to be named" (anonymous even where the speaker goes unsaid).
 */
import type { Cue } from './cue.ts';
import {
  ANONYMITY_MODIFIERS,
  ANONYMOUS_HEADS,
  ATTRIBUTION_VERBS,
  CROWD_HEADS,
  MODIFIER_PREPOSITIONS,
  NEEDS_ANONYMITY_MODIFIER,
  OUTLET_HEADS,
  REPORT_HEADS,
  ROLE_HEADS,
} from '../knowledge/lexicon.ts';
import { nounLemma } from '../text/lemma.ts';
import { CROWD_QUANTIFIERS, ON_RECORD_NOUNS } from '../knowledge/people.ts';
import { withKnowledgeEnd } from '../phrases/phrase-modifiers.ts';
import { isUnnamedReport } from './report-cues.ts';
import { isPunctuation, matchesAt, type Token, word } from '../text/tokens.ts';
import type { Category } from '../types.ts';

const MAX_INTRODUCED_PHRASE = 6;

export const ANONYMITY_MARKERS: string[][] = [
  ['condition', 'of', 'anonymity'],
  ['asked', 'not', 'to', 'be', 'named'],
  ['asked', 'not', 'to', 'be', 'identified'],
  ['declined', 'to', 'be', 'named'],
  ['declined', 'to', 'be', 'identified'],
  ['requested', 'anonymity'],
  ['spoke', 'anonymously'],
  ['speaking', 'anonymously'],
  ['not', 'authorized', 'to', 'speak', 'publicly'],
  ['not', 'authorised', 'to', 'speak', 'publicly'],
  ['granted', 'anonymity'],
  ...['did not', "didn't", 'does not', "doesn't"].flatMap((not) =>
    ['want', 'wish'].flatMap((want) => ['named', 'identified'].map((named) => [...not.split(' '), want, 'to', 'be', named])),
  ),
];

/** A capitalised name right after the head makes the phrase named: "aide Jane Smith said". */
function followedByName(tokens: Token[], head: number): boolean {
  // "Her adviser, Tom Reyes, said"
  if (isPunctuation(tokens, head + 1, ',') && tokens[head + 2]?.capitalized && tokens[head + 3]?.capitalized) return true;
  const next = tokens[head + 1];
  if (!next?.isWord || !next.capitalized) return false;
  const after = tokens[head + 2];
  return Boolean(after?.isWord && (after.capitalized || ATTRIBUTION_VERBS.has(after.lower)));
}

function hasAnonymityModifier(tokens: Token[], head: number): boolean {
  const next = word(tokens, head + 1);
  if (ANONYMITY_MODIFIERS.has(next)) return true;
  if (withKnowledgeEnd(tokens, head) > 0) return true;
  if (next === 'in' && word(tokens, head + 2) === 'the' && word(tokens, head + 3) === 'room') return true;
  if (next === 'who' || isPunctuation(tokens, head + 1, ',')) {
    const limit = Math.min(tokens.length, head + 12);
    for (let index = head + 1; index < limit; index++)
      if (ANONYMITY_MARKERS.some((marker) => matchesAt(tokens, index, marker))) return true;
  }
  return false;
}

type HeadKind = 'anonymous' | 'role' | 'crowd' | 'report' | 'outlet' | null;

function headKind(tokens: Token[], index: number): HeadKind {
  const value = word(tokens, index);
  if (!value) return null;
  if (ANONYMOUS_HEADS.has(value)) return 'anonymous';
  if (ROLE_HEADS.has(value)) return 'role';
  if (REPORT_HEADS.has(value)) return 'report';
  if (OUTLET_HEADS.has(value)) return 'outlet';
  if (CROWD_HEADS.has(value)) return 'crowd';
  return null;
}

/** Whether an unnamed-people head is really unnamed here, and so which category it gives. */
function categoryOfPeople(tokens: Token[], start: number, head: number): Category | null {
  const kind = headKind(tokens, head);
  const value = word(tokens, head);
  if (value === 'source' || value === 'sources') {
    if (word(tokens, head + 1) === 'of' && !hasAnonymityModifier(tokens, head)) return null; // "sources of energy"
  }
  if (kind === 'anonymous') return followedByName(tokens, head) ? null : 'anonymous';
  if (kind === 'role') {
    if (followedByName(tokens, head)) return null;
    if (value === 'members' && word(tokens, head - 1) === 'family') return 'anonymous';
    if (NEEDS_ANONYMITY_MODIFIER.has(value)) {
      if (hasAnonymityModifier(tokens, head)) return 'anonymous';
      return value === 'people' && CROWD_QUANTIFIERS.has(word(tokens, start)) ? 'vague' : null;
    }
    if (
      (value === 'friend' || value === 'friends') &&
      word(tokens, head + 1) !== 'of' &&
      !/close|longtime|old|family/.test(word(tokens, head - 1))
    ) {
      return null;
    }
    return 'anonymous';
  }
  if (kind === 'crowd') {
    if (hasAnonymityModifier(tokens, head)) return 'anonymous'; // "two scientists involved in the trial"
    const determiner = word(tokens, start);
    // "the researchers said" refers back to people the article has named.
    if (start < head && (determiner === 'the' || determiner === 'these' || determiner === 'those')) return null;
    return 'vague';
  }
  return null;
}

/** The end of an anonymity modifier right after the head, for the cue: "familiar with", "with direct knowledge". */
function anonymityModifierEnd(tokens: Token[], head: number): number {
  const next = word(tokens, head + 1);
  if (ANONYMITY_MODIFIERS.has(next)) return ['with', 'to', 'on', 'in'].includes(word(tokens, head + 2)) ? head + 3 : head + 2;
  const knowledge = withKnowledgeEnd(tokens, head);
  return knowledge > 0 ? knowledge : head + 1;
}

const HEAD_FOLLOWERS = new Set(['and', 'or', 'but', 'who', 'that', 'which', 'as', 'than', 'say', 'said']);

/** True when a word follows the one at `head` in the same noun phrase: "official results", "insider trading". */
function modifiesNextWord(tokens: Token[], head: number): boolean {
  const next = tokens[head + 1];
  if (!next?.isWord || next.capitalized) return false;
  const after = next.lower;
  return (
    !MODIFIER_PREPOSITIONS.has(after) &&
    !ANONYMITY_MODIFIERS.has(after) &&
    !HEAD_FOLLOWERS.has(after) &&
    !ATTRIBUTION_VERBS.has(after)
  );
}

/** "according to X", "per X", "citing X", "as first reported by X": X's category. */
export function introducerCues(tokens: Token[], cues: Cue[]): void {
  for (let index = 0; index < tokens.length; index++) {
    const value = word(tokens, index);
    let phrase = -1;
    if (value === 'according' && word(tokens, index + 1) === 'to') phrase = index + 2;
    else if ((value === 'per' && word(tokens, index + 1) !== 'cent') || value === 'citing') phrase = index + 1;
    else if (value === 'reported' && word(tokens, index + 1) === 'by') phrase = index + 2;
    else if (value === 'as' && word(tokens, index + 1) === 'reported' && word(tokens, index + 2) === 'by') phrase = index + 3;
    if (phrase === -1) continue;
    for (let head = phrase; head < tokens.length && head < phrase + MAX_INTRODUCED_PHRASE; head++) {
      if (!tokens[head]!.isWord || ON_RECORD_NOUNS.has(nounLemma(tokens[head]!.lower))) break; // "attorneys for the family"
      const kind = headKind(tokens, head);
      if (kind === null || modifiesNextWord(tokens, head)) continue; // "official results": "official" is no head
      if (kind === 'crowd' && followedByName(tokens, head)) break; // "a study by economists Peter Schott and …"
      let category: Category | null = null;
      if (kind === 'report' || kind === 'outlet') category = isUnnamedReport(tokens, phrase, head) ? 'secondhand' : null;
      else category = categoryOfPeople(tokens, phrase, head);
      if (kind === 'crowd' && category === null) category = 'vague';
      if (category) {
        const last = category === 'anonymous' ? anonymityModifierEnd(tokens, head) : head + 1;
        const first =
          value === 'reported' && word(tokens, index - 1) === 'first' && word(tokens, index - 2) === 'as' ? index - 2 : index;
        cues.push({ category, first, last, source: { first: phrase, last } });
      }
      break;
    }
  }
}

/** Anonymity markers on their own: "who spoke on condition of anonymity". */
export function markerCues(tokens: Token[], cues: Cue[]): void {
  for (let index = 0; index < tokens.length; index++) {
    for (const marker of ANONYMITY_MARKERS) {
      if (!matchesAt(tokens, index, marker)) continue;
      let first = index;
      if (word(tokens, index - 1) === 'on' || word(tokens, index - 1) === 'the') first--;
      if (word(tokens, first - 1) === 'on') first--;
      cues.push({ category: 'anonymous', first, last: index + marker.length });
    }
  }
}
