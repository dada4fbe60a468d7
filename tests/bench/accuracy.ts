/**
 * Precision and recall of the detector on the hand-labelled sentences; with $POLNEAR_GIT set,
 * also on real news: PolNeAR dev (../shared/bench/polnear-dev, human labels) and the held-back
 * fifth of PolNeAR train (labels derived by tests/bench/polnear/labeller.ts). Run: npm run accuracy
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { analyze } from '../../detector/analyze.ts';
import { evaluate, type Score } from '../../detector/evaluate.ts';
import { CATEGORIES } from '../../detector/types.ts';
import { HELD_OUT_SENTENCES } from '../fixtures/held-out-sentences.ts';
import { LABELLED_SENTENCES, type LabelledSentence } from '../fixtures/labelled-sentences.ts';
import { devBenchDir } from './polnear/gold.ts';
import { scoreLabels } from './polnear/gold.ts';
import { f1Interval, labelPairs, validationArticles } from './polnear/score-train.ts';

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

function realNews(): void {
  const git = process.env.POLNEAR_GIT;
  if (!git) {
    console.log('\nPolNeAR dev and train: skipped (set POLNEAR_GIT to the git dir of a clone of networkdynamics/PolNeAR)');
    return;
  }
  const bench = devBenchDir();
  if (bench) {
    console.log('\nPolNeAR dev, with additions (human labels):');
    const root = join(import.meta.dirname, '..', '..');
    process.stdout.write(
      execFileSync(process.execPath, [join(bench, 'run.mjs'), root, '--with-additions'], { encoding: 'utf8' }),
    );
  } else console.log('\nPolNeAR dev: skipped (shared/bench/polnear-dev not found beside the project; set POLNEAR_BENCH)');
  const articles = validationArticles();
  const f = (x: number) => x.toFixed(3);
  console.log(
    '\nPolNeAR train, the held-out fifth (fold 4, never trained or tuned on; labels derived by tests/bench/polnear/labeller.ts):',
  );
  for (const withAdditions of [true, false]) {
    const pairs = labelPairs(articles, withAdditions);
    const train = scoreLabels(pairs.flat());
    const [low, high] = f1Interval(pairs);
    console.log(
      `${withAdditions ? 'with additions   ' : 'without additions'} flagged P ${f(train.precision)} R ${f(train.recall)} F1 ${f(train.f1)} (${train.tp}/${train.fp}/${train.fn}; F1 ${f(low)}–${f(high)} over resampled articles); anonymous F1 ${f(train.anonymousF1)}; vague F1 ${f(train.vagueF1)}; category accuracy ${f(train.categoryAccuracy)}`,
    );
  }
}

report('Labelled set (the detector was tuned on it)', LABELLED_SENTENCES);
report('Held-out set (never used for tuning)', HELD_OUT_SENTENCES);
realNews();
