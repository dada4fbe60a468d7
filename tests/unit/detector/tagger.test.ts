/** The source tagger's decision rules, on hand-made weights: what it adds, what it leaves to the patterns. */
import { describe, expect, test } from 'vitest';
import { TAGGER } from '../../../detector/knowledge/tagger-weights.ts';
import { NEVER, Tagger } from '../../../detector/learned/tagger.ts';
import { readArticle } from '../../../detector/pipeline.ts';
import { splitSentences } from '../../../detector/text/sentences.ts';

const readingOf = (text: string) => [...readArticle(text, splitSentences(text))][0]!;
/** Rows: none, anonymous, vague, secondhand, hedged. */
const model = (margin: number) => new Tagger({ margin, weights: { bias: [100, 0, 0, 0, 0], 'w:zorblax': [0, 0, 900, 0, 0] } });

describe('Tagger', () => {
  test('a word that leads "none" by the margin flags its sentence, the cue reaching to the verb it leans on', () => {
    const reading = readingOf('The zorblax said the plan would fail.');
    const decision = model(300).decide(reading);
    expect(decision?.category).toBe('vague');
    expect(reading.tokens.slice(decision!.cue.first, decision!.cue.last).map((token) => token.text)).toEqual(['zorblax', 'said']);
  });

  test('below the margin, or with the margin at NEVER, it adds nothing', () => {
    expect(model(900).decide(readingOf('The zorblax said the plan would fail.'))).toBeNull();
    expect(model(NEVER).decide(readingOf('The zorblax said the plan would fail.'))).toBeNull();
  });

  test('an unnamed source it finds must lean on a verb of speech or belief: a crowd that only acts is no flag', () => {
    expect(model(300).decide(readingOf('The zorblax crossed the river at dawn.'))).toBeNull();
    const hedging = new Tagger({ margin: 300, weights: { bias: [100, 0, 0, 0, 0], 'w:zorblax': [0, 0, 0, 0, 900] } });
    expect(hedging.decide(readingOf('The zorblax crossed the river at dawn.'))?.category).toBe('hedged');
  });

  test('a fixed pattern keeps its own category and cue', () => {
    const decision = model(300).decide(readingOf('The zorblax reportedly quit.'));
    expect(decision?.category).toBe('hedged');
  });

  test('the shipped weights load, every row with five labels (none when training shipped the tagger inert)', () => {
    const rows = Object.values(TAGGER.weights);
    expect(rows.every((row) => row.length === 5)).toBe(true);
    if (rows.length === 0) expect(TAGGER.margin).toBe(NEVER);
  });
});
