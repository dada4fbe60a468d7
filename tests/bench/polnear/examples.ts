/**
 * Training examples from PolNeAR articles: every open-class candidate the detector considers
 * (detector/open-cues.ts), labelled positive when a relation whose derived label is unnamed has
 * its source there; and, per sentence, what the fixed patterns alone would flag.
 */
import { findCues } from '../../../detector/cues/attribution.ts';
import { DocumentState } from '../../../detector/discourse.ts';
import { isOutright, namedAttributionAtEnd, openCandidates, relayedAnonymity } from '../../../detector/cues/open-cues.ts';
import { splitSentences } from '../../../detector/text/sentences.ts';
import { readSentences } from '../../../detector/text/sentence-reader.ts';
import { CATEGORIES, type Category } from '../../../detector/types.ts';
import type { Article, Span } from './corpus.ts';
import { goldOf, type SentenceLabel, sentenceIndexAt } from './gold.ts';

export interface Example {
  features: string[];
  positive: boolean;
  category: Category;
  /** Gold sentence the cue starts in. */
  sentence: number;
  /** Flagged whatever its score (open-cues.ts isOutright). */
  outright: boolean;
}

export interface ArticleExamples {
  id: string;
  gold: SentenceLabel[];
  examples: Example[];
  /** Per gold sentence, the best category the fixed patterns give, or none. */
  rules: SentenceLabel[];
}

const UNNAMED = new Set(['anonymous', 'vague', 'secondhand']);
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const rank = (label: SentenceLabel) => (label === 'none' ? CATEGORIES.length : CATEGORIES.indexOf(label));

export function examplesOf(article: Article): ArticleExamples {
  const gold = goldOf(article);
  const sources = article.relations.filter((_, index) => UNNAMED.has(gold.relationLabels[index]!)).map((r) => r.source!);
  const rules: SentenceLabel[] = gold.sentences.map(() => 'none');
  const examples: Example[] = [];
  const state = new DocumentState();
  for (const { tokens } of readSentences(article.text, splitSentences(article.text))) {
    state.nextSentence();
    for (const cue of findCues(tokens)) {
      const index = sentenceIndexAt(gold.sentences, tokens[cue.first]!.start);
      if (rank(cue.category) < rank(rules[index]!)) rules[index] = cue.category;
    }
    const spokenBy = namedAttributionAtEnd(tokens);
    for (const candidate of openCandidates(tokens, state)) {
      if (spokenBy !== -1 && candidate.link.first < spokenBy && !relayedAnonymity(candidate)) continue;
      const { phrase, link } = candidate;
      const span = { start: tokens[phrase.start]!.start, end: tokens[phrase.head]!.end };
      const linkSpan = { start: tokens[link.first]!.start, end: tokens[link.last - 1]!.end };
      const relative = link.kind === 'relative' ? { start: tokens[phrase.end]!.start, end: linkSpan.end } : null;
      const positive = sources.some((source) => overlaps(source, span) || (relative !== null && overlaps(source, relative)));
      examples.push({
        features: candidate.features,
        positive,
        category: candidate.category,
        sentence: sentenceIndexAt(gold.sentences, linkSpan.start),
        outright: isOutright(candidate),
      });
    }
  }
  return { id: article.id, gold: gold.labels, examples, rules };
}

/** Sentence labels when open-class candidates scoring at least `threshold` are added to the fixed patterns. */
export function predictedLabels(
  article: ArticleExamples,
  score: (features: string[]) => number,
  threshold: number,
): SentenceLabel[] {
  const labels = [...article.rules];
  for (const example of article.examples) {
    if (!example.outright && score(example.features) < threshold) continue;
    if (rank(example.category) < rank(labels[example.sentence]!)) labels[example.sentence] = example.category;
  }
  return labels;
}
