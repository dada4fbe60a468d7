/**
 * Sentence-level gold for a PolNeAR article, scored the way shared/bench/polnear-dev scores dev:
 * CoreNLP sentences; a sentence's label is the first of anonymous > vague > secondhand > hedged
 * among the relations whose cue starts in it, else none.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { HEDGE_ADVERBS } from '../../../detector/knowledge/lexicon.ts';
import { CATEGORIES, type Category } from '../../../detector/types.ts';
import type { Article, CoreToken, Span } from './corpus.ts';
import { type Label, labelRelations } from './labeller.ts';

export type SentenceLabel = Category | 'none';

export function firstCategory(labels: readonly string[]): SentenceLabel {
  for (const category of CATEGORIES) if (labels.includes(category)) return category;
  return 'none';
}

/** The last sentence starting at or before `position` (whitespace counts with the sentence before). */
export function sentenceIndexAt(sentences: Span[], position: number): number {
  let low = 0;
  let high = sentences.length - 1;
  let best = 0;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sentences[middle]!.start <= position) {
      best = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return best;
}

export interface Gold {
  sentences: Span[];
  labels: SentenceLabel[];
  /** Derived label of each relation, in the article's relation order. */
  relationLabels: Label[];
  /** Hedges in the article's own voice that the annotators left unmarked (see additionsOf). */
  additions: Span[];
}

const inside = (token: CoreToken, span: Span | null) => span !== null && token[2] >= span.start && token[3] <= span.end;

/**
 * The hedges ("reportedly", "allegedly", "apparently", …) in the article's own voice that
 * PolNeAR's annotators did not mark, as the dev benchmark's --with-additions counts them: a hedge
 * adverb outside every relation's cue and outside the content of every relation with a named
 * source (there it is the speaker's, what-is-flagged.md). Found from the human spans alone.
 */
export function additionsOf(article: Article, relationLabels: Label[]): Span[] {
  const additions: Span[] = [];
  for (const token of article.sentences.flat()) {
    if (!HEDGE_ADVERBS.has(token[0].toLowerCase())) continue;
    const claimed = article.relations.some(
      (relation, index) => inside(token, relation.cue) || (relationLabels[index] === 'named' && inside(token, relation.content)),
    );
    if (!claimed) additions.push({ start: token[2], end: token[3] });
  }
  return additions;
}

/** Sentence labels of an article; with `additions`, unmarked hedges in the article's voice count (as on dev). */
export function goldOf(article: Article, withAdditions = true): Gold {
  const sentences = article.sentences.map((tokens) => ({ start: tokens[0]![2], end: tokens.at(-1)![3] }));
  const relationLabels = labelRelations(article.sentences.flat(), article.relations);
  const perSentence = sentences.map((): string[] => []);
  for (const [index, relation] of article.relations.entries())
    perSentence[sentenceIndexAt(sentences, relation.cue.start)]!.push(relationLabels[index]!);
  const additions = withAdditions ? additionsOf(article, relationLabels) : [];
  for (const addition of additions) perSentence[sentenceIndexAt(sentences, addition.start)]!.push('hedged');
  return { sentences, labels: perSentence.map(firstCategory), relationLabels, additions };
}

export interface Scores {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  anonymousF1: number;
  vagueF1: number;
  categoryAccuracy: number;
}

/** Flagged-vs-none and anonymous scores of predicted sentence labels against gold ones. */
export function scoreLabels(pairs: Array<[gold: SentenceLabel, predicted: SentenceLabel]>): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let right = 0;
  let anonymous = { tp: 0, fp: 0, fn: 0 };
  const vague = { tp: 0, fp: 0, fn: 0 };
  for (const [gold, predicted] of pairs) {
    if (gold !== 'none' && predicted !== 'none') {
      tp++;
      if (gold === predicted) right++;
    } else if (predicted !== 'none') fp++;
    else if (gold !== 'none') fn++;
    if (gold === 'anonymous' && predicted === 'anonymous') anonymous.tp++;
    else if (predicted === 'anonymous') anonymous.fp++;
    else if (gold === 'anonymous') anonymous.fn++;
    if (gold === 'vague' && predicted === 'vague') vague.tp++;
    else if (predicted === 'vague') vague.fp++;
    else if (gold === 'vague') vague.fn++;
  }
  const f1 = (t: number, p: number, n: number) => (2 * t) / (2 * t + p + n || 1);
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  anonymous = { ...anonymous };
  return {
    tp,
    fp,
    fn,
    precision,
    recall,
    f1: f1(tp, fp, fn),
    anonymousF1: f1(anonymous.tp, anonymous.fp, anonymous.fn),
    vagueF1: f1(vague.tp, vague.fp, vague.fn),
    categoryAccuracy: right / (tp || 1),
  };
}

/** shared/bench/polnear-dev, looked for beside the project and its parents. */
export function devBenchDir(from = process.cwd()): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'bench', 'polnear-dev');
    if (existsSync(join(candidate, 'score.mjs'))) return candidate;
    if (dirname(dir) === dir) return process.env.POLNEAR_BENCH;
  }
}
