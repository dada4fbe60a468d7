/**
 * The source tagger's data from PolNeAR articles: the detector's reading of every sentence
 * (detector/pipeline.ts), each word labelled with the derived category of the human source span
 * it stands in (or of the hedge cue it stands in), and the scoring of a tagger's decisions
 * against the gold sentences the way score-train.ts scores analyze().
 */
import { LABELS, type Tagger } from '../../../detector/learned/tagger.ts';
import { readArticle, type SentenceReading } from '../../../detector/pipeline.ts';
import type { Scorer } from '../../../detector/scorer.ts';
import { splitSentences } from '../../../detector/text/sentences.ts';
import type { Article, Span } from './corpus.ts';
import { firstCategory, type Gold, goldOf, type SentenceLabel, type Scores, scoreLabels, sentenceIndexAt } from './gold.ts';

/** Feature names as numbers, so 800 articles of words fit in memory. */
export class Vocabulary {
  readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }
}

export interface TaggedWord {
  features: Int32Array;
  label: number;
}

export interface TaggedArticle {
  id: string;
  words: TaggedWord[];
  gold: Gold;
  /** Kept only when the article is scored (tuning and held-out folds). */
  readings: SentenceReading[];
}

const UNNAMED: ReadonlySet<string> = new Set(['anonymous', 'vague', 'secondhand']);

/** Per derived relation label, the spans whose words carry it: the source, or a hedge's cue. */
function labelledSpans(article: Article, gold: Gold): Array<[Span, number]> {
  const spans: Array<[Span, number]> = [];
  for (const [index, relation] of article.relations.entries()) {
    const label = gold.relationLabels[index]!;
    if (UNNAMED.has(label) && relation.source) spans.push([relation.source, LABELS.indexOf(label as never)]);
    if (label === 'hedged') spans.push([relation.cue, LABELS.indexOf('hedged')]);
  }
  for (const addition of gold.additions) spans.push([addition, LABELS.indexOf('hedged')]);
  return spans;
}

/** Where a source span's core noun phrase ends: before its first clause, apposition or prepositional tail. */
const TAIL = new Set([
  'of',
  'in',
  'at',
  'for',
  'from',
  'with',
  'who',
  'that',
  'which',
  'on',
  'to',
  'including',
  'like',
  'whose',
  'among',
]);

/** `scorer` reads the open-class candidates: out of fold, one fitted without this article's fold. */
export function tagArticle(article: Article, vocabulary: Vocabulary, scorer?: Scorer, keepReadings = true): TaggedArticle {
  const gold = goldOf(article);
  const spans = labelledSpans(article, gold);
  const words: TaggedWord[] = [];
  const readings: SentenceReading[] = [];
  for (const reading of readArticle(article.text, splitSentences(article.text), scorer)) {
    if (keepReadings) readings.push(reading);
    const cut = new Set<Span>();
    for (const [index, token] of reading.tokens.entries()) {
      const names = reading.words().features[index]!;
      let label = 0;
      for (const [span, spanLabel] of spans) {
        if (!(token.start >= span.start && token.end <= span.end)) continue;
        if (token.start > span.start && (!token.isWord || TAIL.has(token.lower)) && spanLabel !== LABELS.indexOf('hedged'))
          cut.add(span);
        if (!cut.has(span) && (label === 0 || spanLabel < label)) label = spanLabel;
      }
      if (names.length === 0) continue;
      words.push({ features: Int32Array.from(names, (name) => vocabulary.id(name)), label });
    }
  }
  return { id: article.id, words, gold, readings };
}

/** Sentence scores of the tagger's decisions (a flag counts where its cue starts) against the gold sentences. */
export function scoreTagger(articles: TaggedArticle[], tagger: Tagger, margin?: number): Scores {
  return scoreLabels(taggerPairs(articles, tagger, margin));
}

/** Per gold sentence, its label and the tagger's decision. */
export function taggerPairs(articles: TaggedArticle[], tagger: Tagger, margin?: number): Array<[SentenceLabel, SentenceLabel]> {
  const pairs: Array<[SentenceLabel, SentenceLabel]> = [];
  for (const article of articles) {
    const predicted = article.gold.sentences.map((): string[] => []);
    for (const reading of article.readings) {
      const decision = tagger.decide(reading, margin);
      if (!decision) continue;
      const start = reading.tokens[decision.cue.first]!.start;
      predicted[sentenceIndexAt(article.gold.sentences, start)]!.push(decision.category);
    }
    for (const [index, label] of article.gold.labels.entries()) pairs.push([label, firstCategory(predicted[index]!)]);
  }
  return pairs;
}
