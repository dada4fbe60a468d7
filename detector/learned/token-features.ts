/**
 * The features the source tagger (tagger.ts) reads for every word of a sentence: the word's lemma,
 * shape and suffix, its neighbours, the nearest verb of speech or belief after and before it, and
 * what the fixed patterns and open-class candidates found around it. Training
 * (tests/bench/polnear/train-tagger.ts) and the detector compute them with this one function, so
 * learned weights mean the same thing here.
 */
import type { Cue } from '../cues/cue.ts';
import { ATTITUDE_ADJECTIVES, ATTRIBUTION_LEMMAS, HEDGE_ADVERBS } from '../knowledge/lexicon.ts';
import { headClassOf } from '../knowledge/phrase-heads.ts';
import { nounLemma, verbLemma } from '../text/lemma.ts';
import type { Token } from '../text/tokens.ts';

/** An open-class candidate as the tagger sees it: its cue, category and learned score. */
export interface ScoredCandidate {
  cue: Cue;
  score: number;
}

const PRONOUNS = new Set(['he', 'she', 'i', 'we', 'you', 'they', 'it', 'who', 'which', 'that', 'them', 'him', 'her']);
/** How far a source may stand from its verb, in tokens: "X, who …, said". */
const REACH_AFTER = 10;
const REACH_BEFORE = 5;

/** The word's shape: how a subject looks matters more than which name it is. */
export function shape(token: Token | undefined): string {
  if (!token) return '_';
  if (!token.isWord)
    return token.text === ',' ? ',' : /^["“”'‘’]$/.test(token.text) ? 'Q' : token.text === '—' || token.text === '-' ? '-' : 'P';
  if (PRONOUNS.has(token.lower)) return token.lower;
  if (/^\d/.test(token.lower)) return '#';
  if (token.capitalized) return token.text.length > 1 && token.text === token.text.toUpperCase() ? 'AA' : 'Aa';
  return 'a';
}

const lemmaOf = (token: Token | undefined): string => {
  if (!token) return '_';
  if (!token.isWord) return shape(token);
  return /^\d/.test(token.lower) ? '#' : nounLemma(token.lower);
};

/** The lemma when the word passes on speech, belief or attitude, else ''. */
function speechLemma(token: Token): string {
  if (!token.isWord || token.capitalized) return '';
  if (ATTITUDE_ADJECTIVES.has(token.lower) || HEDGE_ADVERBS.has(token.lower)) return token.lower;
  const lemma = verbLemma(token.lower);
  return ATTRIBUTION_LEMMAS.has(lemma) ? lemma : '';
}

/** Words that open a noun phrase: how the phrase opens says whether it points back or stays unnamed. */
const OPENERS = new Set(
  'a an the one some many most several few other others another any all both each every these those this that his her their its our my your no two three four five dozens hundreds thousands'.split(
    ' ',
  ),
);
const MAX_PHRASE = 5;

/** The word that opens the noun phrase the token ends, or '' when the phrase opens bare. */
function openerBefore(tokens: Token[], index: number): string {
  for (let at = index - 1; at >= 0 && at >= index - MAX_PHRASE; at--) {
    const token = tokens[at]!;
    if (!token.isWord) return token.text === ',' ? '' : '';
    if (OPENERS.has(token.lower) || token.lower.endsWith("'s")) return token.lower.endsWith("'s") ? "'s" : token.lower;
    if (speechLemma(token)) return '';
  }
  return '';
}

const bin = (score: number) => Math.min(4, Math.floor(score * 5));
const distance = (gap: number) => (gap <= 1 ? '1' : gap <= 3 ? '3' : 'far');

export interface TokenFeatures {
  /** Per token, its feature names (punctuation gets none). */
  features: string[][];
  /** Per token, the lemma when it passes on speech or belief, else ''. */
  speech: string[];
}

export function tokenFeatures(tokens: Token[], ruleCues: Cue[], candidates: ScoredCandidate[], previous: string): TokenFeatures {
  const speech = tokens.map(speechLemma);
  const inCue = tokens.map((): string[] => []);
  for (const cue of ruleCues)
    for (let index = cue.first; index < cue.last; index++)
      inCue[index]!.push(`r:${cue.category}${index === cue.first ? '^' : ''}`);
  for (const { cue, score } of candidates) {
    const source = cue.source ?? { first: cue.first, last: cue.last };
    for (let index = source.first; index < source.last; index++) inCue[index]!.push(`o:${cue.category}:${bin(score)}`);
  }
  const out: string[][] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (!token.isWord) {
      out.push([]);
      continue;
    }
    const lemma = lemmaOf(token);
    const before = tokens[index - 1];
    const after = tokens[index + 1];
    const features = [
      'bias',
      `w:${lemma}`,
      `sh:${shape(token)}`,
      `sf:${token.lower.slice(-3)}`,
      `p:${lemmaOf(before)}`,
      `pp:${lemmaOf(tokens[index - 2])}`,
      `n:${lemmaOf(after)}`,
      `nn:${lemmaOf(tokens[index + 2])}`,
      `pw:${lemmaOf(before)}_${lemma}`,
      `wn:${lemma}_${lemmaOf(after)}`,
      `ps:${shape(before)}_${shape(token)}_${shape(after)}`,
      ...inCue[index]!,
    ];
    if (token.quoted) features.push('quoted');
    const opener = openerBefore(tokens, index);
    const head = headClassOf(token, after);
    const plural = lemma !== token.lower ? 'pl' : 'sg';
    features.push(`op:${opener}`, `op:${opener}_${lemma}`, `op:${opener}_${plural}`);
    if (head) features.push(`hc:${head.headClass}`, `hc:${head.headClass}_${opener}_${plural}`);
    if (PRONOUNS.has(token.lower)) features.push(`pron:${token.lower}:${previous}`);
    if (speech[index]) features.push(`self:${speech[index]}`);
    for (let other = index + 1; other < tokens.length && other <= index + REACH_AFTER; other++)
      if (speech[other]) {
        const gap = distance(other - index);
        features.push(`va:${speech[other]}`, `va:${gap}`, `wva:${lemma}>${speech[other]}`, `sva:${shape(token)}>${gap}`);
        if (head) features.push(`hva:${head.headClass}_${opener}>${gap}`);
        break;
      }
    for (let other = index - 1; other >= 0 && other >= index - REACH_BEFORE; other--)
      if (speech[other]) {
        const gap = distance(index - other);
        features.push(`vb:${speech[other]}`, `vb:${gap}`, `wvb:${lemma}<${speech[other]}`);
        if (head) features.push(`hvb:${head.headClass}_${opener}<${gap}`);
        break;
      }
    out.push(features);
  }
  return { features: out, speech };
}
