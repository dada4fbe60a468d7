/** Precision and recall of the detector on the hand-labelled sentences. Run: npm run accuracy */
import { analyze } from '../../detector/analyze.ts';
import { evaluate, type Score } from '../../detector/evaluate.ts';
import { CATEGORIES } from '../../detector/types.ts';
import { HELD_OUT_SENTENCES } from '../fixtures/held-out-sentences.ts';
import { LABELLED_SENTENCES, type LabelledSentence } from '../fixtures/labelled-sentences.ts';

const percent = (value: number) => `${(100 * value).toFixed(1)}%`.padStart(7);
const row = (name: string, score: Score) =>
  `${name.padEnd(11)} precision ${percent(score.precision)}  recall ${percent(score.recall)}  (tp ${score.truePositives}, fp ${score.falsePositives}, fn ${score.falseNegatives})`;

function report(title: string, sentences: LabelledSentence[]): void {
  const result = evaluate(sentences, analyze);
  const positives = sentences.filter((sentence) => sentence.category).length;
  console.log(`${title}: ${sentences.length} sentences, ${positives} positives, ${sentences.length - positives} hard negatives`);
  for (const category of CATEGORIES) console.log(row(category, result.byCategory[category]));
  console.log(row('overall', result.overall));
  for (const mistake of result.mistakes)
    console.log(`  mistake: expected ${mistake.expected ?? 'none'}, found ${mistake.found ?? 'none'}: ${mistake.text}`);
}

report('Labelled set (the detector was tuned on it)', LABELLED_SENTENCES);
report('Held-out set (never used for tuning)', HELD_OUT_SENTENCES);
