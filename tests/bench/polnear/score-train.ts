/**
 * The detector itself (analyze) on the held-out fifth of PolNeAR train (folds.ts: never fitted or
 * tuned on), against labels derived by labeller.ts, with or without the unmarked hedges of
 * gold.ts additionsOf (as dev's --with-additions): the first figure of accuracy.
 */
import { analyze } from '../../../detector/analyze.ts';
import { type Article, readSplit } from './corpus.ts';
import { heldOut, seededSequence } from './folds.ts';
import { firstCategory, goldOf, type SentenceLabel, type Scores, scoreLabels, sentenceIndexAt } from './gold.ts';

/** Per article, the (gold, predicted) sentence labels of `analyze` on it. */
export function labelPairs(articles: Article[], withAdditions = true): Array<Array<[SentenceLabel, SentenceLabel]>> {
  return articles.map((article) => {
    const gold = goldOf(article, withAdditions);
    const predicted = gold.sentences.map((): string[] => []);
    for (const flag of analyze(article.text).flags)
      predicted[sentenceIndexAt(gold.sentences, flag.cue.start)]!.push(flag.category);
    return gold.labels.map((label, index): [SentenceLabel, SentenceLabel] => [label, firstCategory(predicted[index]!)]);
  });
}

export function scoreArticles(articles: Article[], withAdditions = true): Scores {
  return scoreLabels(labelPairs(articles, withAdditions).flat());
}

/**
 * How far F1 moves when other articles like these had been drawn: the 2.5th and 97.5th
 * percentiles of F1 over resamples of the articles (seeded, so every run prints the same).
 */
export function f1Interval(perArticle: Array<Array<[SentenceLabel, SentenceLabel]>>, resamples = 1000): [number, number] {
  const draw = seededSequence(20261207);
  const next = () => draw() / 2147483648;
  const values: number[] = [];
  for (let round = 0; round < resamples; round++) {
    const drawn = Array.from({ length: perArticle.length }, () => perArticle[Math.floor(next() * perArticle.length)]!);
    values.push(scoreLabels(drawn.flat()).f1);
  }
  values.sort((a, b) => a - b);
  return [values[Math.floor(resamples * 0.025)]!, values[Math.floor(resamples * 0.975)]!];
}

/** The held-out fifth of train (folds.ts): never fitted or tuned on by train.ts or train-tagger.ts. */
export const validationArticles = (): Article[] => heldOut(readSplit('train'));
