/**
 * Lemmas by suffix rules: enough to tell "warned", "warns" and "warning" apart from other words
 * and bring them to "warn", or "allies" to "ally". Not a dictionary: a wrong lemma for a rare
 * word only costs that word its learned weight, since the same rules run in training.
 */

/** Irregular forms the grammar needs. */
const IRREGULAR = new Map<string, string>([
  ['said', 'say'],
  ['says', 'say'],
  ['told', 'tell'],
  ['thought', 'think'],
  ['felt', 'feel'],
  ['knew', 'know'],
  ['known', 'know'],
  ['wrote', 'write'],
  ['written', 'write'],
  ['spoke', 'speak'],
  ['spoken', 'speak'],
  ['saw', 'see'],
  ['seen', 'see'],
  ['gave', 'give'],
  ['given', 'give'],
  ['took', 'take'],
  ['taken', 'take'],
  ['made', 'make'],
  ['found', 'find'],
  ['held', 'hold'],
  ['meant', 'mean'],
  ['understood', 'understand'],
  ['brought', 'bring'],
  ['taught', 'teach'],
  ['sought', 'seek'],
  ['began', 'begin'],
  ['begun', 'begin'],
  ['was', 'be'],
  ['were', 'be'],
  ['is', 'be'],
  ['are', 'be'],
  ['been', 'be'],
  ['am', 'be'],
  ['has', 'have'],
  ['had', 'have'],
  ['did', 'do'],
  ['does', 'do'],
  ['done', 'do'],
  ['went', 'go'],
  ['gone', 'go'],
  ['got', 'get'],
  ['kept', 'keep'],
  ['left', 'leave'],
  ['led', 'lead'],
  ['read', 'read'],
  ['heard', 'hear'],
  ['swore', 'swear'],
  ['sworn', 'swear'],
  ['forecast', 'forecast'],
  ['shown', 'show'],
  ['grown', 'grow'],
  ['drawn', 'draw'],
  ['chose', 'choose'],
  ['chosen', 'choose'],
  ['people', 'person'],
  ['men', 'man'],
  ['women', 'woman'],
  ['children', 'child'],
  ['media', 'media'],
  ['data', 'data'],
  ['news', 'news'],
  ['series', 'series'],
  ['staffs', 'staff'],
  ['chiefs', 'chief'],
  ['analyses', 'analysis'],
  ['theses', 'thesis'],
  ['crises', 'crisis'],
]);

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
/** Stems that keep a final -e when a suffix is taken off: "argued" → "argue", "praised" → "praise". */
const KEEPS_E = /(?:[cgsvz]|u|[^aeiou](?:ib|ud|id|ag|ok)|[^aeiouy]l|th|ndl|rs|ns|rg|at|it|ut|ot|[^aeiou]ur|[^aeiou]ar|ir)$/;
/** One-syllable stems ending consonant-vowel-consonant take an -e back: "hoped" → "hope", "voted" → "vote". */
const SHORT_CVC = /^[^aeiou]*[aeiou][bcdfgklmnprstvz]$/;
/** Doubled final consonants undone: "slammed" → "slam", "planning" → "plan" (but not "called", "passed"). */
const UNDOUBLE = /([bdgmnprtz])\1$/;

function restoreStem(stem: string): string {
  if (stem.length < 2) return stem;
  if (stem.length > 3 && UNDOUBLE.test(stem)) return stem.slice(0, -1);
  if (stem.endsWith('i')) return `${stem.slice(0, -1)}y`; // "worried" → "worry"
  if (SHORT_CVC.test(stem)) return `${stem}e`;
  if (
    KEEPS_E.test(stem) &&
    !/(?:ss|ll|ck|ng|rm|rn|rt|nd|ct|st|lt|pt|ft|mp|sh|ch|wn|wl|rk|rd|ld|nk|rl|lk|ss|xt|sk|sp)$/.test(stem)
  )
    return `${stem}e`;
  return stem;
}

/** The base form of a verb-like word: "warned" → "warn", "warns" → "warn", "urging" → "urge". */
export function verbLemma(lower: string): string {
  const irregular = IRREGULAR.get(lower);
  if (irregular) return irregular;
  if (lower.endsWith('ied')) return lower.length > 4 ? `${lower.slice(0, -3)}y` : lower.slice(0, -1);
  if (lower.endsWith('eed')) return lower.slice(0, -1); // "agreed"
  if (lower.length > 3 && lower.endsWith('ed')) return restoreStem(lower.slice(0, -2));
  if (lower.length > 5 && lower.endsWith('ing')) return restoreStem(lower.slice(0, -3));
  return nounLemma(lower);
}

/** The singular of a noun-like word: "allies" → "ally", "analysts" → "analyst", "witnesses" → "witness". */
export function nounLemma(lower: string): string {
  const irregular = IRREGULAR.get(lower);
  if (irregular) return irregular;
  if (lower.length < 4 || !lower.endsWith('s') || lower.endsWith('ss') || lower.endsWith('us') || lower.endsWith("'s"))
    return lower;
  if (lower.length > 5 && lower.endsWith('sis')) return lower; // "analysis", "crisis": singular already
  if (lower.endsWith('ies') && lower.length > 4) return `${lower.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes|zes|oes)$/.test(lower)) return lower.slice(0, -2);
  const stem = lower.slice(0, -1);
  // "is", "was", "has": short words ending in a vowel + s are rarely plurals.
  if (stem.length < 3 && VOWELS.has(stem.at(-1)!)) return lower;
  return stem;
}
