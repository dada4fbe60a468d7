/**
 * Detector throughput on a large generated corpus, against one plain regular-expression pass
 * over the same text in the same run. Run: npm run bench
 */
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../detector/analyze.ts';

const TARGET_BYTES = 12 * 1024 * 1024;
const REPETITIONS = 5;

// Sentences written for this benchmark: plain reporting, named attribution, hard negatives and
// every kind of cue, mixed by a seeded generator so every run reads the same text.
const PLAIN = [
  'The council approved the budget on Tuesday after a two-hour debate.',
  'Shares in the company rose 4.2 per cent in early trading in New York.',
  'The match was delayed by rain for almost an hour before the second half.',
  'Researchers measured the temperature of the lake every day for three years.',
  'The new bridge will open to traffic in the spring, two months later than planned.',
  'Mayor Karen Bass said the city would hire 200 more firefighters next year.',
  'The Department of Justice said in a statement that the case had been closed.',
  'Apple spokesperson Josh Rosenstock declined to comment on the report.',
  'As Reuters first reported, the deal values the firm at $3.5 billion.',
  'Some 40,000 people attended the final, a record for the ground.',
  'Others were injured when the stage collapsed during the encore.',
  'The film won the critics’ choice award for best documentary.',
  'Regulators are investigating insider trading in the weeks before the merger.',
  'The project uses open-source software and renewable sources of energy.',
  'Inside the stadium, fans sang for the full ninety minutes.',
  '“We are proud of this team,” the coach told reporters after the game.',
  'She said the results were encouraging but that more work was needed.',
  'Dr. Amina Yusuf, who led the study at 9 a.m. on Jan. 5, said the U.S. data matched.',
];
const CUED = [
  'According to insiders, the board will vote on the plan next week.',
  'People familiar with the matter said the talks had stalled over price.',
  'A senior official, who spoke on condition of anonymity, said the plan was dead.',
  'Critics say the scheme favours large landlords over tenants.',
  'Many economists believe rates will fall before the end of the year.',
  'According to media reports, the striker has agreed a new contract.',
  'A British tabloid claimed the couple had split in the summer.',
  'The singer reportedly turned down the role twice.',
  'The deal is said to be worth more than $1 billion.',
  'Rumors are swirling that the coach will leave at the end of the season.',
];

function generateCorpus(bytes: number): string {
  let seed = 20261124;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    const sentences: string[] = [];
    const count = 3 + Math.floor(random() * 4);
    for (let index = 0; index < count; index++) {
      const pool = random() < 0.15 ? CUED : PLAIN;
      sentences.push(pool[Math.floor(random() * pool.length)]!);
    }
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    size += paragraph.length + 1;
  }
  return paragraphs.join('\n');
}

/** The baseline: one pass of one plain regular expression over the text, counting matches. */
const PLAIN_REGEX =
  /\b(?:insiders?|sources?|officials?|critics|experts|reportedly|allegedly|according to|reports?|media|rumou?rs?|said)\b/gi;
function plainRegexPass(text: string): number {
  let count = 0;
  PLAIN_REGEX.lastIndex = 0;
  while (PLAIN_REGEX.exec(text)) count++;
  return count;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const text = generateCorpus(TARGET_BYTES);
const megabytes = Buffer.byteLength(text, 'utf8') / (1024 * 1024);
// Warm up both, so the JIT has compiled what is measured.
analyze(text.slice(0, 1_000_000));
plainRegexPass(text);

const detectorTimes: number[] = [];
const regexTimes: number[] = [];
let flagged = 0;
for (let round = 0; round < REPETITIONS; round++) {
  regexTimes.push(time(() => plainRegexPass(text)));
  detectorTimes.push(time(() => (flagged = analyze(text).stats.flagged)));
}
const detectorMs = median(detectorTimes);
const regexMs = median(regexTimes);
console.log(`corpus: ${megabytes.toFixed(1)} MB, ${flagged.toLocaleString('en')} sentences flagged`);
console.log(
  `detector:         ${detectorMs.toFixed(0)} ms  ${(megabytes / (detectorMs / 1000)).toFixed(1)} MB/s (median of ${REPETITIONS})`,
);
console.log(
  `plain regex pass: ${regexMs.toFixed(0)} ms  ${(megabytes / (regexMs / 1000)).toFixed(1)} MB/s (median of ${REPETITIONS})`,
);
console.log(`ratio: detector takes ${(detectorMs / regexMs).toFixed(2)}× the time of one regex pass`);

// A typical article: about 1,000 words of the same mix, analysed alone, as the page and the
// scanner do. Target: at most 10 ms in Node.
const words = text.split(' ');
const article = words.slice(0, 1000).join(' ');
for (let warm = 0; warm < 50; warm++) analyze(article);
const articleMs = median(Array.from({ length: 200 }, () => time(() => analyze(article))));
const articleRegexMs = median(Array.from({ length: 200 }, () => time(() => plainRegexPass(article))));
console.log(
  `\n1,000-word article (${article.length.toLocaleString('en')} characters): ${articleMs.toFixed(2)} ms per 1,000 words (median of 200, target ≤ 10 ms); regex pass ${articleRegexMs.toFixed(3)} ms, ratio ${(articleMs / articleRegexMs).toFixed(0)}×`,
);
// The learned weights ship in the extension: their size counts against the zip's budget (≤ 3 MB more).
for (const file of ['tagger-weights.ts', 'weights.ts']) {
  const bytes = statSync(fileURLToPath(new URL(`../../detector/knowledge/${file}`, import.meta.url))).size;
  console.log(`shipped weights detector/knowledge/${file}: ${(bytes / 1024).toFixed(0)} KB`);
}

// Many named people: short sentences, each naming someone new. Source mentions were found with
// a search per name, which made this quadratic; doubling the text should double the time.
const SYLLABLES = ['ba', 'ko', 'ri', 'mu', 'te', 'sa', 'lo', 'ni', 'de', 'vu', 'ga', 'pe', 'zo', 'hi', 'fa', 'ju'];
function personName(index: number): string {
  let name = '';
  for (let rest = index + SYLLABLES.length; rest > 0; rest = Math.floor(rest / SYLLABLES.length))
    name += SYLLABLES[rest % SYLLABLES.length];
  return name.charAt(0).toUpperCase() + name.slice(1);
}
function manyNamesText(bytes: number): string {
  const sentences: string[] = [];
  let size = 0;
  for (let index = 0; size < bytes; index++) {
    const sentence = `Then ${personName(index)} says so.`;
    sentences.push(sentence);
    size += sentence.length + 1;
  }
  return sentences.join(' ');
}
console.log('\nmany named people ("Then Xxxx says so.", each a different name):');
let first = 0;
for (const kilobytes of [100, 200, 400, 800]) {
  const names = manyNamesText(kilobytes * 1024);
  analyze(names.slice(0, 20_000));
  const ms = median([0, 1, 2].map(() => time(() => analyze(names))));
  const baseline = median([0, 1, 2].map(() => time(() => plainRegexPass(names))));
  if (kilobytes === 100) first = ms;
  console.log(
    `  ${String(kilobytes).padStart(3)} KB: ${ms.toFixed(0).padStart(5)} ms  (${(ms / first).toFixed(1)}× the 100 KB time; regex pass ${baseline.toFixed(1)} ms, ratio ${(ms / baseline).toFixed(0)}×)`,
  );
}
