/**
 * German, French and Spanish: flag accuracy on the labelled sentences (tuned and held-out sets),
 * language-detection accuracy, and the cost of a 1,000-word article in each language against an
 * English one of the same length read by detector/analyze.ts in the same run.
 * Run: node --import tsx tests/bench/languages.ts
 * Targets: F1 ≥ 0.90 tuned, ≥ 0.80 held-out; detection ≥ 99%; German ≤ 10 ms per 1,000 words and
 * no slower than English.
 */
import { analyze } from '../../detector/analyze.ts';
import { evaluate } from '../../detector/evaluate.ts';
import { type DetectedLanguage, detectLanguage } from '../../detector/language/detect.ts';
import { analyzeInLanguage } from '../../detector/languages/analyze-in-language.ts';
import type { LanguageCode } from '../../detector/languages/knowledge.ts';
import { LABELLED_SENTENCES } from '../fixtures/labelled-sentences.ts';
import { articleOfWords, composeTexts } from '../fixtures/languages/articles.ts';
import { DETECTION_TEXTS } from '../fixtures/languages/detection-texts.ts';
import type { LabelledSentence } from '../fixtures/languages/labelled.ts';
import { LANGUAGE_SETS } from '../fixtures/languages/sets.ts';

const LANGUAGES = Object.keys(LANGUAGE_SETS) as LanguageCode[];
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

function scoreLine(set: LabelledSentence[], language: LanguageCode): string {
  const { precision, recall } = evaluate(set, (text) => analyzeInLanguage(text, language)).overall;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return `F1 ${f1.toFixed(3)}  P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  (${set.length} sentences)`;
}

console.log('flags against the labelled sentences (targets: F1 ≥ 0.90 tuned, ≥ 0.80 held-out)');
for (const language of LANGUAGES) {
  const { tuned, heldOut, heldOutSecond } = LANGUAGE_SETS[language];
  console.log(`  ${language} tuned:      ${scoreLine(tuned, language)}`);
  console.log(`  ${language} held-out:   ${scoreLine(heldOut, language)}`);
  console.log(`  ${language} held-out 2: ${scoreLine(heldOutSecond, language)}`);
}

// Detection: the handwritten paragraphs, and 300-character articles assembled from the labelled
// sentences, each read with a wrong page language as hint.
const pools: Record<Exclude<DetectedLanguage, 'other'>, string[]> = {
  en: LABELLED_SENTENCES.map((sentence) => sentence.text),
  de: [],
  fr: [],
  es: [],
};
for (const language of LANGUAGES) {
  const { tuned, heldOut } = LANGUAGE_SETS[language];
  pools[language] = [...tuned, ...heldOut].map((sentence) => sentence.text);
}
const cases = [...DETECTION_TEXTS];
for (const [language, pool] of Object.entries(pools))
  for (const text of composeTexts(pool, 250, 300, language.charCodeAt(1)))
    cases.push({ language: language as DetectedLanguage, text });
const right = cases.filter(({ language, text }) => detectLanguage(text, language === 'en' ? 'de' : 'en') === language).length;
console.log(`\nlanguage detection: ${right} of ${cases.length} right, ${percent(right / cases.length)} (target ≥ 99%)`);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
function msPerRun(run: () => unknown): number {
  for (let warm = 0; warm < 50; warm++) run();
  return median(
    Array.from({ length: 200 }, () => {
      const start = performance.now();
      run();
      return performance.now() - start;
    }),
  );
}

const WORDS = 1000;
const english = articleOfWords(pools.en, WORDS);
const englishMs = msPerRun(() => analyze(english));
console.log(
  `\n${WORDS.toLocaleString('en')}-word article, median of 200 runs (target: German ≤ 10 ms and no slower than English)`,
);
console.log(`  en  analyze():            ${englishMs.toFixed(2)} ms  (${english.length.toLocaleString('en')} characters)`);
for (const language of LANGUAGES) {
  const article = articleOfWords(pools[language], WORDS);
  const ms = msPerRun(() => analyzeInLanguage(article, language));
  console.log(
    `  ${language}  analyzeInLanguage():  ${ms.toFixed(2)} ms  (${article.length.toLocaleString('en')} characters, ${(ms / englishMs).toFixed(2)}× English)`,
  );
}
const detectMs = msPerRun(() => detectLanguage(articleOfWords(pools.de, WORDS)));
console.log(`  detectLanguage() on the German article: ${detectMs.toFixed(3)} ms`);
