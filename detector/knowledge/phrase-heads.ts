/**
 * Which words can head a source phrase, and as what: an insider, a person, a partisan or national
 * group, a finding, a report or outlet, a body on record, or a crowd word ("some", "many").
 */
import { nounLemma } from '../text/lemma.ts';
import { ANONYMITY_MODIFIERS, PHRASE_STOPS } from './lexicon.ts';
import {
  CROWD_WORDS,
  DEMONYM_PLURAL,
  FINDING_NOUNS,
  GROUP_PROPER_NOUNS,
  INSIDER_NOUNS,
  MEDIA_NOUNS,
  ON_RECORD_NOUNS,
  PERSON_NOUNS,
} from './people.ts';
import type { Token } from '../text/tokens.ts';

export type HeadClass = 'insider' | 'person' | 'group' | 'finding' | 'media' | 'record' | 'crowd';

export const COLLECTIVES = new Set([
  'group',
  'number',
  'chorus',
  'handful',
  'couple',
  'lot',
  'dozen',
  'majority',
  'coalition',
  'host',
]);

/** Verbs that end like "analyst": "others insist", "critics persist". */
const IST_VERBS = /^(?:in|per|re|as|ex|con|sub|de)sists?$/;

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
  if (PERSON_NOUNS.has(lemma) || (/[a-z]{3}(?:ist|ian)s?$/.test(lower) && !IST_VERBS.test(lower)))
    return { headClass: 'person', lemma, plural: plural || COLLECTIVES.has(lemma) }; // "a chorus of", "a group": a crowd
  if (GROUP_PROPER_NOUNS.has(lemma)) return { headClass: 'group', lemma, plural };
  if (CROWD_WORDS.has(lower)) return { headClass: 'crowd', lemma: lower, plural: lower !== 'everyone' && lower !== 'everybody' };
  return null;
}

/** True when the word after `head` continues the noun ("state officials", "poll workers"): then `head` is a modifier. */
export function isCompoundModifier(tokens: Token[], head: number): boolean {
  const next = tokens[head + 1];
  if (!next?.isWord || next.quoted !== tokens[head]!.quoted) return false;
  const nextClass = headClassOf(next);
  if (nextClass === null || nextClass.headClass === 'crowd' || PHRASE_STOPS.has(next.lower)) return false;
  // "media outlets estimate Trump needs", "analysts report that": a plural noun and its bare verb.
  const pluralHead = nounLemma(tokens[head]!.lower) !== tokens[head]!.lower;
  return !(pluralHead && !nextClass.plural && startsContent(tokens[head + 2]));
}

const CONTENT_STARTS = new Set(['that', 'the', 'a', 'an', 'he', 'she', 'they', 'it', 'we', 'his', 'her', 'their', 'its']);

/** A word that opens what a verb says: a name, a pronoun, "that", a determiner or a number. */
const startsContent = (token: Token | undefined): boolean =>
  Boolean(token?.isWord && (token.capitalized || CONTENT_STARTS.has(token.lower) || /^\d/.test(token.lower)));

/** "social media": posts by anyone, which no outlet stands behind. */
export const isSocialMedia = (tokens: Token[], head: number): boolean =>
  tokens[head]?.lower === 'media' && tokens[head - 1]?.lower === 'social';

/** "Biden's", "analysts'", "analysts ’": a possessive, which owns the noun after it. */
export function isPossessive(tokens: Token[], head: number): boolean {
  const value = tokens[head]!.lower;
  if (value.endsWith("'s") || value.endsWith("'")) return true;
  const next = tokens[head + 1];
  return Boolean(next && !next.isWord && (next.text === "'" || next.text === '’') && tokens[head + 2]?.isWord && !next.quoted);
}
