/**
 * The detector itself (analyze) on the PolNeAR train articles the scorer was not fitted on for
 * its threshold (one in five, as in train.ts), against labels derived by labeller.ts: a second
 * check beside dev that a change helps beyond the dev articles.
 */
import { analyze } from '../../../detector/analyze.ts';
import { type Article, readSplit } from './corpus.ts';
import { firstCategory, goldOf, type SentenceLabel, type Scores, scoreLabels, sentenceIndexAt } from './gold.ts';

export function scoreArticles(articles: Article[]): Scores {
  const pairs: Array<[SentenceLabel, SentenceLabel]> = [];
  for (const article of articles) {
    const gold = goldOf(article);
    const predicted = gold.sentences.map((): string[] => []);
    for (const flag of analyze(article.text).flags)
      predicted[sentenceIndexAt(gold.sentences, flag.cue.start)]!.push(flag.category);
    for (const [index, label] of gold.labels.entries()) pairs.push([label, firstCategory(predicted[index]!)]);
  }
  return scoreLabels(pairs);
}

/** The validation fifth of train: the articles train.ts keeps back to choose its threshold. */
export const validationArticles = (): Article[] => readSplit('train').filter((_, index) => index % 5 === 4);
