/**
 * How far the derived labels (labeller.ts) agree with the dev split's human labels
 * (shared/bench/polnear-dev/labels-dev.tsv): per relation and per sentence. The derived labels
 * are the held-out fold's gold, so this bounds how much the held-out figure can be trusted; last,
 * the detector on dev against the derived labels, to set beside its score against the human ones.
 * Run: POLNEAR_GIT=… node --import tsx tests/bench/polnear/check-labeller.ts [--verbose]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSplit } from './corpus.ts';
import { scoreArticles } from './score-train.ts';
import { devBenchDir, firstCategory, goldOf, scoreLabels, type SentenceLabel, sentenceIndexAt } from './gold.ts';

const bench = devBenchDir();
if (!bench) throw new Error('shared/bench/polnear-dev not found beside the project');
const verbose = process.argv.includes('--verbose');
const human = new Map<string, string>();
for (const line of readFileSync(join(bench, 'labels-dev.tsv'), 'utf8').trim().split('\n').slice(1)) {
  const [article, , cueStart, cueEnd, , , label] = line.split('\t');
  human.set(`${article}:${cueStart}:${cueEnd}`, label!);
}
const confusion = new Map<string, number>();
const pairs: Array<[SentenceLabel, SentenceLabel]> = [];
const dev = readSplit('dev');
for (const article of dev) {
  const gold = goldOf(article, false);
  const text = article.text;
  const perSentence = gold.sentences.map((): string[] => []);
  for (const [index, relation] of article.relations.entries()) {
    const wanted = human.get(`${article.id}:${relation.cue.start}:${relation.cue.end}`) ?? 'missing';
    const derived = gold.relationLabels[index]!;
    const key = `${wanted}→${derived}`;
    confusion.set(key, (confusion.get(key) ?? 0) + 1);
    perSentence[sentenceIndexAt(gold.sentences, relation.cue.start)]!.push(wanted);
    if (verbose && (process.argv.includes('--all') || (wanted !== derived && (wanted !== 'named' || derived !== 'nosource')))) {
      const source = relation.source ? text.slice(relation.source.start, relation.source.end) : '∅';
      console.log(`${wanted}→${derived}\t[${source}] ${relation.cueText}`);
    }
  }
  for (const [index, labels] of perSentence.entries()) pairs.push([firstCategory(labels), gold.labels[index]!]);
}
console.log(
  [...confusion]
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join('\n'),
);
// A relation without a source is one the labeller may call `nosource` where the human said `named`: both mean unflagged.
const same = (key: string) => {
  const [wanted, derived] = key.split('→');
  return wanted === derived || (wanted === 'named' && derived === 'nosource');
};
const total = [...confusion.values()].reduce((a, b) => a + b, 0);
const agreed = [...confusion].filter(([key]) => same(key)).reduce((a, [, n]) => a + n, 0);
console.log(`derived vs human relations: ${agreed}/${total} agree (${((100 * agreed) / total).toFixed(1)}%)`);
const s = scoreLabels(pairs);
console.log(
  `derived vs human sentences: P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)} F1=${s.f1.toFixed(3)} anonymousF1=${s.anonymousF1.toFixed(3)} vagueF1=${s.vagueF1.toFixed(3)}`,
);

// The detector on dev against the derived labels, beside its score against the human ones
// (run.mjs): the difference is what label noise alone takes off the held-out figure.
const detector = scoreArticles(dev, true);
console.log(
  `detector on dev against derived labels (with additions): P=${detector.precision.toFixed(3)} R=${detector.recall.toFixed(3)} F1=${detector.f1.toFixed(3)}`,
);
