/**
 * Which language an article is in, from its own words: the share of each language's most common
 * short words (articles, prepositions, auxiliaries), nudged by letters only some languages write
 * (ß, ñ, ç, ã). Italian, Portuguese, Dutch and Catalan have profiles too, so their articles are
 * recognised as 'other' (no flags) instead of being read as the nearest language we do read.
 *
 * The page's `lang` attribute (or `LANG`) is a hint: it decides only when the text is a few words,
 * because templates often carry a wrong or default `lang`.
 */

export type DetectedLanguage = 'en' | 'de' | 'fr' | 'es' | 'other';

type Profiled = 'en' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl' | 'ca';
const PROFILED: Profiled[] = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ca'];
const READ = new Set<string>(['en', 'de', 'fr', 'es']);

// The most frequent function words of news prose in each language (lower-case; elided French and
// Italian articles appear as "l", "d", "dell" because apostrophes split words).
const COMMON_WORDS: Record<Profiled, string> = {
  en: 'the of and to in is was that for on with as by at it he she his her from said has have had were are be been this which an but not they their who will would after about more than also its or one new says',
  de: 'der die das und in ist nicht ein eine einen einem einer den dem des mit auf für von sich auch im zu zum zur bei nach wird wurde werden hat haben sind war sei dass es sie er wie aus über noch nur oder aber bis am um vor durch gegen seit schon laut mehr sagte diese dieser ihre ihr sein seine kein keine wurden',
  fr: 'le la les de des du un une et est en que qui dans pour pas sur par au aux avec ce cette il elle ils ont a été sont plus ne se son sa ses mais ou selon entre après l d qu n était aussi leur comme depuis sans deux lors dont',
  es: 'el la los las de del y a en que un una es por con para se no al su sus lo como más pero ha han fue son está este esta según entre sobre también hasta desde muy ya hay era sin tras dos cuando ser le les sido será están',
  it: 'il lo la i gli le di del della dei delle e a è che un una per con non da al alla nel nella si come più ma anche sono ha hanno stato essere questo questa dopo tra fra sul sulla dell all nell degli ai dal dalla ancora secondo oggi suo sua loro l',
  pt: 'o a os as de do da dos das e é que um uma em no na nos nas por para com não se ao à mais mas foi são está como seu sua pelo pela também ser ter já entre após ainda segundo disse até isso este esta ele ela',
  nl: 'de het een en van in is dat op te met voor niet zijn aan er door om ook als bij maar nog naar uit werd wordt over dan tot hij zij ze wel heeft hebben geen deze dit die was waren worden al zou na volgens kan',
  ca: 'el la els les de del dels i a en que amb per és va van un una al als seu seva seus però més molt també perquè hi ha han fa com quan on ja sobre aquest aquesta segons després entre fins sense ser',
};

// Letters that only some of the languages write, and how much one occurrence counts for each.
const TELLING_LETTERS: Record<string, Partial<Record<Profiled, number>>> = {
  ß: { de: 1 },
  ä: { de: 0.5 },
  ö: { de: 0.5 },
  ü: { de: 0.5 },
  ñ: { es: 1 },
  '¿': { es: 1 },
  '¡': { es: 1 },
  ç: { fr: 0.5, pt: 0.5 },
  œ: { fr: 1 },
  è: { fr: 0.5, it: 0.3 },
  ê: { fr: 0.5, pt: 0.3 },
  ù: { fr: 0.5 },
  ã: { pt: 1 },
  õ: { pt: 1 },
  ò: { it: 1 },
  ì: { it: 1 },
};

/** word → the languages whose profile holds it, as bits in PROFILED order. */
const PROFILE_BITS = new Map<string, number>();
PROFILED.forEach((language, index) => {
  for (const word of COMMON_WORDS[language].split(' ')) PROFILE_BITS.set(word, (PROFILE_BITS.get(word) ?? 0) | (1 << index));
});

/** Enough text read to decide; the rest of a long article changes nothing. */
const SAMPLE_CHARS = 6000;
/** Below this many words the text says too little, and the hint decides. */
const FEW_WORDS = 12;
/** Below this share of profile words among all words, the text is in none of the profiled languages. */
const MIN_SHARE = 0.18;

const WORD = /\p{L}+/gu;

function hintLanguage(hint: string | undefined): string | undefined {
  if (!hint) return undefined;
  const code = hint
    .trim()
    .toLowerCase()
    .split(/[-_.@]/)[0];
  return code && /^[a-z]{2,3}$/.test(code) ? code : undefined;
}

function scoresOf(text: string): { scores: number[]; words: number; evidence: number } {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const lower = sample.toLowerCase();
  const scores = PROFILED.map(() => 0);
  let words = 0;
  let evidence = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(lower); match; match = WORD.exec(lower)) {
    words++;
    const bits = PROFILE_BITS.get(match[0]);
    if (bits === undefined) continue;
    evidence++;
    for (let index = 0; index < PROFILED.length; index++) if (bits & (1 << index)) scores[index]!++;
  }
  for (const char of lower) {
    const weights = TELLING_LETTERS[char];
    if (!weights) continue;
    for (const [language, weight] of Object.entries(weights)) scores[PROFILED.indexOf(language as Profiled)]! += weight;
  }
  return { scores, words, evidence };
}

export function detectLanguage(text: string, hint?: string): DetectedLanguage {
  const hinted = hintLanguage(hint);
  const fromHint: DetectedLanguage | undefined =
    hinted === undefined ? undefined : READ.has(hinted) ? (hinted as DetectedLanguage) : 'other';
  const { scores, words, evidence } = scoresOf(text);
  if (words < FEW_WORDS) return fromHint ?? (evidence === 0 ? 'other' : bestOf(scores));
  if (evidence / words < MIN_SHARE) return 'other';
  return bestOf(scores);
}

function bestOf(scores: number[]): DetectedLanguage {
  let best = 0;
  for (let index = 1; index < scores.length; index++) if (scores[index]! > scores[best]!) best = index;
  const language = PROFILED[best]!;
  return READ.has(language) ? (language as DetectedLanguage) : 'other';
}
