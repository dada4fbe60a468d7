/**
 * Evaluations nobody is named for, which what-is-flagged.md calls hedged: "is seen as", "she's
 * considered a front-runner", "the striker, considered a front-runner,", "a militia thought to
 * represent". An agent ("seen as a threat by neighbours") names who holds the view: no hedge.
 */
import type { Cue } from './cue.ts';
import { isLyAdverb } from './predicate.ts';
import { BE_FORMS, POSSESSIVE_PRONOUNS, SUBJECT_PRONOUNS, VIEW_PARTICIPLES } from '../knowledge/lexicon.ts';
import { DETERMINERS_BEFORE_NOUN } from '../phrases/phrase-modifiers.ts';
import { isPunctuation, type Token, word } from '../text/tokens.ts';

const VIEW_COMPLEMENTS = new Set(['as', 'to', 'a', 'an', 'the', 'one', 'among', 'likely', 'unlikely']);

/** Adverbs that may stand between "is" and an evaluating participle: "is also seen as", "is nonetheless considered". */
const ADVERBS_BETWEEN = new Set([
  'also',
  'not',
  'now',
  'still',
  'often',
  'long',
  'nonetheless',
  'nevertheless',
  'even',
  'already',
  'always',
  'once',
  'hardly',
  'rarely',
  'seldom',
  'never',
]);
const isAdverbBetween = (value: string) => ADVERBS_BETWEEN.has(value) || isLyAdverb(value);

/** "she's seen as": a pronoun with its "is" attached. */
const BE_CONTRACTION = /^(?:he|she|it|that|who|what|there)['’]s$/;
/** Words after "considered" that say when or where it is weighed, not what it is judged: "will be considered at the caucus". */
const NOT_JUDGEMENTS = new Set([
  'at',
  'in',
  'on',
  'for',
  'by',
  'during',
  'after',
  'before',
  'when',
  'until',
  'with',
  'from',
  'under',
  'and',
  'or',
  'but',
  'if',
  'because',
  'again',
  'first',
  'next',
  'later',
  'soon',
  'carefully',
]);

/** "seen as", "considered a threat", and "considered" before an adjective ("are not considered top-tier contenders"). */
function viewComplement(tokens: Token[], participle: number): boolean {
  const next = tokens[participle + 1];
  if (VIEW_COMPLEMENTS.has(word(tokens, participle + 1))) return true;
  return (
    word(tokens, participle) === 'considered' && Boolean(next?.isWord) && !next!.capitalized && !NOT_JUDGEMENTS.has(next!.lower)
  );
}

/** "is considered a threat", "was viewed as favorable", "has been mentioned as a candidate": nobody says who thinks so. */
export function viewHedges(tokens: Token[], cues: Cue[]): void {
  for (let index = 0; index + 2 < tokens.length; index++) {
    if (!BE_FORMS.has(word(tokens, index)) && word(tokens, index) !== 'been' && !BE_CONTRACTION.test(word(tokens, index)))
      continue;
    if (word(tokens, index) === 'be' && word(tokens, index - 1) === 'to') continue; // "the chance to be considered": no claim
    let participle = index + 1;
    // "was quickly dubbed": any "-ly" adverb too.
    while (participle < index + 4 && isAdverbBetween(word(tokens, participle))) participle++;
    if (!VIEW_PARTICIPLES.has(word(tokens, participle)) || !viewComplement(tokens, participle)) continue;
    let agent = false;
    for (let after = participle + 1; after < participle + 6 && after < tokens.length; after++)
      if (word(tokens, after) === 'by') agent = true;
    if (agent || tokens[index]!.quoted) continue;
    const first =
      word(tokens, index - 1) === 'has' || word(tokens, index - 1) === 'have' || word(tokens, index - 1) === 'had'
        ? index - 1
        : index;
    const last = word(tokens, participle + 1) === 'as' || word(tokens, participle + 1) === 'to' ? participle + 2 : participle + 1;
    cues.push({ category: 'hedged', first, last });
  }
}

/** Participles that evaluate without "is" before them: "the striker, considered a front-runner,". */
const APPOSITIVE_PARTICIPLES = new Map([
  ['considered', VIEW_COMPLEMENTS],
  ['seen', new Set(['as'])],
  ['viewed', new Set(['as'])],
  ['regarded', new Set(['as'])],
  ['hailed', new Set(['as'])],
  ['touted', new Set(['as'])],
  ['tipped', new Set(['as', 'to', 'for'])],
  ['thought', new Set(['to'])],
  ['believed', new Set(['to'])],
  ['suspected', new Set(['of'])],
]);

/** "X, considered a front-runner,", "the man, suspected of arson,": an agentless evaluation set off by a comma. */
export function appositiveHedges(tokens: Token[], cues: Cue[]): void {
  for (let index = 1; index + 1 < tokens.length; index++) {
    const complements = APPOSITIVE_PARTICIPLES.get(word(tokens, index));
    if (!complements || tokens[index]!.quoted || !isPunctuation(tokens, index - 1) || tokens[index - 1]!.text !== ',') continue;
    let participle = index;
    if (word(tokens, participle + 1) === 'widely' || word(tokens, participle + 1) === 'long') participle++;
    if (!complements.has(word(tokens, participle + 1))) continue;
    let agent = false;
    for (let after = participle + 1; after < participle + 6 && after < tokens.length; after++)
      if (word(tokens, after) === 'by') agent = true;
    if (!agent) cues.push({ category: 'hedged', first: index, last: participle + 2 });
  }
}

/** Participles that hedge right after their noun: "a militia thought to represent", "titles believed to be". */
const REDUCED_PARTICIPLES = new Set(['thought', 'believed', 'understood', 'reputed', 'rumored', 'rumoured']);
const NOT_NOUNS = new Set([...BE_FORMS, ...SUBJECT_PRONOUNS, 'who', 'which', 'that', 'had', 'has', 'have', 'once']);

/** "a militia thought to represent the old regime": the hedge without "is", after the noun it hedges. */
export function reducedRelativeHedges(tokens: Token[], cues: Cue[]): void {
  for (let index = 1; index + 2 < tokens.length; index++) {
    if (!REDUCED_PARTICIPLES.has(word(tokens, index)) || word(tokens, index + 1) !== 'to') continue;
    const noun = tokens[index - 1]!;
    const verb = tokens[index + 2]!;
    if (!noun.isWord || NOT_NOUNS.has(noun.lower) || noun.lower.endsWith('ly') || tokens[index]!.quoted) continue;
    // "believed to the last": a noun phrase after "to", not a verb.
    if (!verb.isWord || verb.capitalized || DETERMINERS_BEFORE_NOUN.has(verb.lower) || POSSESSIVE_PRONOUNS.has(verb.lower))
      continue;
    cues.push({ category: 'hedged', first: index, last: index + 2 });
  }
}
