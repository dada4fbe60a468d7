/**
 * The detector itself (analyze) on the held-out fifth of PolNeAR train (folds.ts: never fitted or
 * tuned on), against labels derived by labeller.ts, with or without the unmarked hedges of
 * gold.ts additionsOf (as dev's --with-additions): the first figure of accuracy.
 */
import { analyze } from '../../../detector/analyze.ts';
import { type Article, readSplit } from './corpus.ts';
import { heldOut } from './folds.ts';
import { firstCategory, goldOf, type SentenceLabel, type Scores, scoreLabels, sentenceIndexAt } from './gold.ts';

export function scoreArticles(articles: Article[], withAdditions = true): Scores {
  const pairs: Array<[SentenceLabel, SentenceLabel]> = [];
  for (const article of articles) {
    const gold = goldOf(article, withAdditions);
    const predicted = gold.sentences.map((): string[] => []);
    for (const flag of analyze(article.text).flags)
      predicted[sentenceIndexAt(gold.sentences, flag.cue.start)]!.push(flag.category);
    for (const [index, label] of gold.labels.entries()) pairs.push([label, firstCategory(predicted[index]!)]);
  }
  return scoreLabels(pairs);
}

/** The held-out fifth of train (folds.ts): never fitted or tuned on by train.ts or train-tagger.ts. */
export const validationArticles = (): Article[] => heldOut(readSplit('train'));
