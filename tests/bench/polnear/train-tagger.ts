/**
 * Trains the source tagger (detector/learned/tagger.ts) on PolNeAR train and writes
 * detector/knowledge/tagger-weights.ts: a multiclass averaged perceptron over the word features of
 * detector/learned/token-features.ts, each word labelled by the derived category of the human
 * source span (or hedge cue) it stands in (labeller.ts).
 *
 * Folds by article (folds.ts): each of folds 0–3 is read by a tagger and a scorer fitted on the
 * other three, and the margin and veto are chosen on those pooled readings; the shipped tagger is
 * fitted on 0–3. Fold 4, the held-out split, is never fitted or tuned on, only scored.
 * Deterministic: same data, same weights.
 *
 * Run: POLNEAR_GIT=… node --import tsx tests/bench/polnear/train-tagger.ts [--dry-run]
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NEVER, Tagger } from '../../../detector/learned/tagger.ts';
import { THRESHOLD } from '../../../detector/knowledge/weights.ts';
import { scorerOf } from '../../../detector/scorer.ts';
import { readSplit } from './corpus.ts';
import { examplesOf } from './examples.ts';
import { taggerKeepsHandFlags } from './hand-guard.ts';
import { fitScorer, inThousandths } from './scorer-fit.ts';
import { crossFolds, development, heldOut } from './folds.ts';
import { type Scores, scoreLabels } from './gold.ts';
import { scoreTagger, tagArticle, taggerPairs, Vocabulary } from './tagger-data.ts';
import { dataOf, fitTagger } from './tagger-fit.ts';

const f = (x: number) => x.toFixed(3);
const line = (s: Scores) =>
  `P ${f(s.precision)} R ${f(s.recall)} F1 ${f(s.f1)} anonymous F1 ${f(s.anonymousF1)} category ${f(s.categoryAccuracy)}`;

const vocabulary = new Vocabulary();
const all = readSplit('train');
// Read by the shipped scorer: folds 0–3 to fit the shipped tagger (words alone), fold 4 to judge it.
const articles = all.map((article, index) => tagArticle(article, vocabulary, undefined, index % 5 === 4));
console.log(
  `train: ${all.length} articles, ${articles.reduce((n, a) => n + a.words.length, 0)} words, ${vocabulary.names.length} features`,
);
// Each of folds 0–3 is read by a tagger fitted on the other three (crossFolds), every one of them
// read through a scorer fitted on those three as well: the shipped scorer has seen the held fold,
// and its surer scores there would make the tagger look better than it is.
const examples = all.map(examplesOf);
const outOfFold = crossFolds(all.map((article, index) => ({ article, examples: examples[index]! }))).map(({ fit, held }) => {
  const scorer = scorerOf(inThousandths(fitScorer(fit.map((item) => item.examples))), THRESHOLD);
  const fitted = fit.map(({ article }) => tagArticle(article, vocabulary, scorer, false));
  return {
    held: held.map(({ article }) => tagArticle(article, vocabulary, scorer)),
    weights: fitTagger(fitted, vocabulary),
  };
});
const pooled = (margin: number, veto?: number) =>
  scoreLabels(outOfFold.flatMap(({ held, weights }) => taggerPairs(held, new Tagger(dataOf(weights, margin, veto)))));
// The margin (words the tagger adds) and the veto (accepted candidates it drops) are chosen on
// folds 0–3 out of fold as the setting nearest to the two targets together, F1 ≥ 0.72 with
// precision ≥ 0.78: the one whose larger shortfall, relative to its target, is smallest. Read by
// models fitted on three folds no setting meets both (the shipped ones, fitted on four, run more
// precise), and F1 alone or precision alone picked far-apart margins (from adding at -200 to
// adding nothing) on differences F1 barely sees. A setting whose shipped tagger would drop a
// hand-labelled flag (by its veto) is out: nothing that exists gets worse. NEVER stands for "the
// tagger adds nothing" and "drops nothing".
const TARGET_F1 = 0.72;
const TARGET_PRECISION = 0.78;
const nearness = (s: Scores) => Math.min(s.f1 / TARGET_F1, s.precision / TARGET_PRECISION);
const alone = pooled(NEVER);
console.log(`folds 0–3, patterns and candidates alone: ${line(alone)}`);
const settings = [{ margin: NEVER, veto: -NEVER, scores: alone }];
for (const veto of [-NEVER, -3000, -2000, -1000, -600, -300, 0])
  for (const margin of [-200, 0, 200, 400, 600, 800, 1000, 1200, NEVER]) {
    const scores = pooled(margin, veto);
    if (process.argv.includes('--verbose')) console.log(`veto ${veto} margin ${margin}: ${line(scores)}`);
    settings.push({ margin, veto, scores });
  }
const shippedWeights = fitTagger(development(articles), vocabulary);
const best = settings
  .filter(({ margin, veto }) => taggerKeepsHandFlags(new Tagger(dataOf(shippedWeights, margin, veto))))
  .reduce((a, b) => (nearness(b.scores) > nearness(a.scores) ? b : a));
console.log(`chosen margin ${best.margin}, veto ${best.veto} (folds 0–3 out of fold: ${line(best.scores)})`);
// When the pooled folds say the tagger should neither add nor veto, it ships without weights: nothing unused goes into the extension.
const inert = best.margin === NEVER && best.veto === -NEVER;
const shipped = inert ? { margin: NEVER, weights: {} } : dataOf(shippedWeights, best.margin, best.veto);
if (inert) console.log('the tagger neither adds nor vetoes out of fold: shipped inert, without weights');
const held = scoreTagger(heldOut(articles), new Tagger(shipped));
console.log(`held-out (fold 4, never fitted or tuned on): ${line(held)}; ${Object.keys(shipped.weights).length} features`);

if (!process.argv.includes('--dry-run')) {
  const path = fileURLToPath(new URL('../../../detector/knowledge/tagger-weights.ts', import.meta.url));
  const body = [
    '/**',
    ' * Generated by tests/bench/polnear/train-tagger.ts from PolNeAR train: do not edit by hand.',
    ' * Averaged-perceptron weights (hundredths) of general word features (lemmas, shapes, neighbours,',
    " * the detector's own cues); no article text. Row: none, anonymous, vague, secondhand, hedged.",
    ` * Held-out fold: ${line(held)}.`,
    ' */',
    "import type { TaggerData } from '../learned/tagger.ts';",
    '',
    `export const TAGGER: TaggerData = ${JSON.stringify(shipped)};`,
    '',
  ].join('\n');
  writeFileSync(path, body);
  execFileSync('npx', ['biome', 'format', '--write', path], { stdio: 'ignore' }); // the house style, so a retrain diffs cleanly
  console.log(`wrote ${path}`);
}
