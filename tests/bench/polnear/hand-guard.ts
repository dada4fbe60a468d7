/**
 * What the learned parts may not lose. The highest threshold the attribution scorer may take
 * without losing a hand-labelled flag that only an open-class candidate finds, and whether a
 * tagger setting keeps every hand-labelled flag (its veto may drop a candidate's): over the
 * labelled set the detector was tuned on (tests/fixtures/labelled-sentences.ts, never the held-out
 * one), the seed article's eight flags
 * (what-is-flagged.md) and the real-news shapes written for issue #17's error classes
 * (tests/fixtures/real-news-shapes/error-classes.ts, but their known gaps). "Nothing that exists
 * gets worse" bounds what the pooled folds choose.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findCues } from '../../../detector/cues/attribution.ts';
import { isOutright, openCandidates } from '../../../detector/cues/open-cues.ts';
import { DocumentState } from '../../../detector/discourse.ts';
import type { Tagger } from '../../../detector/learned/tagger.ts';
import { readArticle } from '../../../detector/pipeline.ts';
import { readSentences } from '../../../detector/text/sentence-reader.ts';
import { splitSentences } from '../../../detector/text/sentences.ts';
import { LABELLED_SENTENCES } from '../../fixtures/labelled-sentences.ts';
import { ERROR_CLASS_SENTENCES } from '../../fixtures/real-news-shapes/error-classes.ts';

/** Words of the seed article's flagged sentences, from the seed table of what-is-flagged.md. */
const SEED_CUES = [
  'reportedly',
  'according to insiders',
  'Some political insiders speculated',
  'Others think',
  'Per multiple sources',
  'an insider claimed',
  'other prominent people',
  'Sources spoke with',
];

/** Per text, the best candidate score of each flagged sentence that no fixed pattern flags. */
function neededScores(text: string, flagged: (sentence: string) => boolean, score: (features: string[]) => number): number[] {
  const needed: number[] = [];
  const sentences = splitSentences(text);
  const state = new DocumentState();
  for (const { index, tokens } of readSentences(text, sentences)) {
    state.nextSentence();
    const candidates = openCandidates(tokens, state);
    const span = sentences[index]!;
    if (!flagged(text.slice(span.start, span.end)) || findCues(tokens).length > 0 || candidates.length === 0) continue;
    if (candidates.some(isOutright)) continue; // a noun of complaint flags whatever its score
    needed.push(Math.max(...candidates.map((candidate) => score(candidate.features))));
  }
  return needed;
}

/** The hand-labelled texts, each with which of its sentences must be flagged. */
function handFlags(): Array<[text: string, flagged: (sentence: string) => boolean]> {
  const texts: Array<[string, (sentence: string) => boolean]> = [];
  for (const sentence of LABELLED_SENTENCES) if (sentence.category) texts.push([sentence.text, () => true]);
  for (const sentence of ERROR_CLASS_SENTENCES) if (sentence.expected && !sentence.gap) texts.push([sentence.text, () => true]);
  const seed = readFileSync(fileURLToPath(new URL('../../fixtures/seed-article.txt', import.meta.url)), 'utf8');
  texts.push([seed, (sentence) => SEED_CUES.some((cue) => sentence.includes(cue))]);
  return texts;
}

/** Whether the tagger, read with the shipped scorer, still flags every hand-labelled flag. */
export function taggerKeepsHandFlags(tagger: Tagger): boolean {
  return handFlags().every(([text, flagged]) => {
    const sentences = splitSentences(text);
    return [...readArticle(text, sentences)].every((reading) => {
      const span = sentences[reading.index]!;
      return !flagged(text.slice(span.start, span.end)) || tagger.decide(reading) !== null;
    });
  });
}

export function handGuard(score: (features: string[]) => number): number {
  const needed = handFlags().flatMap(([text, flagged]) => neededScores(text, flagged, score));
  return needed.length ? Math.min(...needed) : 1;
}
