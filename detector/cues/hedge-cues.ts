/**
 * Claims passed on with nobody behind them: hedges ("reportedly", "is said to", "is rumored",
 * "rumors are swirling", "word is"; hedged) and impersonal crowds ("it is widely believed",
 * "there are those who", "by one estimate"; vague).
 */
import type { Cue } from './cue.ts';
import { appositiveHedges, reducedRelativeHedges, viewHedges } from './evaluation-hedges.ts';
import { BE_FORMS, HEDGE_ADVERBS, HEDGE_PARTICIPLES, POSSESSIVE_PRONOUNS } from '../knowledge/lexicon.ts';
import { isPunctuation, type Token, word } from '../text/tokens.ts';

/** "it is widely believed", "there are those who". */
export function impersonalCrowdCues(tokens: Token[], cues: Cue[]): void {
  for (let index = 0; index + 3 < tokens.length; index++) {
    const value = word(tokens, index);
    if (
      value === 'it' &&
      BE_FORMS.has(word(tokens, index + 1)) &&
      ['widely', 'generally', 'commonly', 'broadly'].includes(word(tokens, index + 2))
    ) {
      if (
        [
          'believed',
          'thought',
          'assumed',
          'accepted',
          'expected',
          'held',
          'seen',
          'regarded',
          'considered',
          'acknowledged',
        ].includes(word(tokens, index + 3))
      ) {
        cues.push({ category: 'vague', first: index, last: index + 4 });
      }
    }
    if (value === 'there' && BE_FORMS.has(word(tokens, index + 1))) {
      const who = thoseWho(tokens, index + 2);
      if (who !== -1) cues.push({ category: 'vague', first: index, last: who + 1 });
    }
    // "by one estimate", "by most accounts": unnamed estimates or accounts, however many.
    if (value === 'by' && ESTIMATE_QUANTIFIERS.has(word(tokens, index + 1))) {
      const noun = ESTIMATE_NOUNS.has(word(tokens, index + 2))
        ? index + 2
        : ESTIMATE_NOUNS.has(word(tokens, index + 3))
          ? index + 3
          : -1;
      if (noun !== -1 && !tokens[index]!.quoted) cues.push({ category: 'vague', first: index, last: noun + 1 });
    }
    if (
      (value === 'some' || value === 'many') &&
      word(tokens, index + 1) === 'would' &&
      ['say', 'argue'].includes(word(tokens, index + 2))
    ) {
      cues.push({ category: 'vague', first: index, last: index + 3 });
    }
  }
}

const ESTIMATE_QUANTIFIERS = new Set(['one', 'some', 'many', 'most', 'several', 'various', 'other', 'independent']);
const ESTIMATE_NOUNS = new Set([
  'estimate',
  'estimates',
  'account',
  'accounts',
  'count',
  'counts',
  'calculation',
  'calculations',
  'tally',
  'tallies',
  'reckoning',
]);

/** "those who", "some economists who", "many who": the index of "who" after "there are", or -1. */
function thoseWho(tokens: Token[], from: number): number {
  if (word(tokens, from) === 'those' && word(tokens, from + 1) === 'who') return from + 1;
  if (!['some', 'many', 'plenty', 'few'].includes(word(tokens, from))) return -1;
  for (let index = from + 1; index <= from + 3; index++) if (word(tokens, index) === 'who') return index;
  return -1;
}

/** A hedge word that is only being quoted as a word: `the word "reportedly"`. */
function isQuotedAsWord(tokens: Token[], index: number): boolean {
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  return Boolean(
    before && after && !before.isWord && !after.isWord && before.quoted && after.quoted && /["“'‘]/.test(before.text),
  );
}

const HEDGE_ADJECTIVES = new Set(['alleged', 'purported']);
/** Words that open the noun phrase an adjectival hedge stands in ("the alleged", "his alleged"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', ...POSSESSIVE_PRONOUNS]);
const FIRST_PERSON = new Set(['I', 'we', 'We', 'my', 'My', 'our', 'Our', 'me', 'us']);
/** "reportedly", "is said to", "is rumored", "rumors are swirling", "word is". */
export function hedgeCues(tokens: Token[], cues: Cue[]): void {
  appositiveHedges(tokens, cues);
  reducedRelativeHedges(tokens, cues);
  // "I", "we", "my": someone is speaking, even where the quotation marks are in another sentence.
  const firstPerson = tokens.some((token) => FIRST_PERSON.has(token.text));
  viewHedges(tokens, cues);
  for (let index = 0; index < tokens.length; index++) {
    const value = word(tokens, index);
    // "the alleged bribe", "a purported memo": the adjective hedges the thing it names as the adverb would.
    const hedgeAdjective = HEDGE_ADJECTIVES.has(value) && DETERMINERS.has(word(tokens, index - 1)) && tokens[index + 1]?.isWord;
    if (HEDGE_ADVERBS.has(value) || hedgeAdjective) {
      // A hedge inside a quotation is the speaker's, not the article's (what-is-flagged.md).
      if (!isQuotedAsWord(tokens, index) && !tokens[index]!.quoted && !firstPerson)
        cues.push({ category: 'hedged', first: index, last: index + 1 });
      continue;
    }
    if (BE_FORMS.has(value)) {
      let participle = index + 1;
      if (['widely', 'also', 'now', 'still', 'long', 'generally', 'not', 'once'].includes(word(tokens, participle))) participle++;
      const hedge = word(tokens, participle);
      if (!HEDGE_PARTICIPLES.has(hedge)) continue;
      if (['widely', 'generally'].includes(word(tokens, index + 1))) continue; // vague: "it is widely believed"
      const next = word(tokens, participle + 1);
      if (next === 'to') cues.push({ category: 'hedged', first: index, last: participle + 2 });
      else if (hedge === 'rumored' || hedge === 'rumoured') cues.push({ category: 'hedged', first: index, last: participle + 1 });
      else if (next === 'that' && word(tokens, index - 1) === 'it')
        cues.push({ category: 'hedged', first: index - 1, last: participle + 1 });
      continue;
    }
    if (value === 'rumors' || value === 'rumours' || value === 'rumor' || value === 'rumour') {
      const next = word(tokens, index + 1);
      const after = word(tokens, index + 2);
      if ((next === 'has' || next === 'had') && after === 'it') cues.push({ category: 'hedged', first: index, last: index + 3 });
      // "rumors that the club was for sale": what the rumour says.
      else if (next === 'that' && value.endsWith('s')) cues.push({ category: 'hedged', first: index, last: index + 2 });
      else if (['swirling', 'circulating', 'flying', 'abound', 'persist', 'suggest', 'say'].includes(next))
        cues.push({ category: 'hedged', first: index, last: index + 2 });
      else if (BE_FORMS.has(next) || next === 'have') {
        const verb = next === 'have' ? index + 3 : index + 2;
        if (['swirling', 'circulating', 'flying', 'rife', 'spreading', 'growing'].includes(word(tokens, verb)))
          cues.push({ category: 'hedged', first: index, last: verb + 1 });
      }
      continue;
    }
    if (value === 'word' && word(tokens, index + 1) === 'is' && !isPunctuation(tokens, index + 2)) {
      const first = word(tokens, index - 1) === 'the' ? index - 1 : index;
      if (first === 0 || isPunctuation(tokens, first - 1)) cues.push({ category: 'hedged', first, last: index + 2 });
    }
  }
}

/** "we're told", "I am told", "we have been told": the writer passes on what unnamed people said. */
const TOLD_OPENINGS: ReadonlyArray<readonly string[]> = [
  ["we're", 'told'],
  ["i'm", 'told'],
  ['we', 'are', 'told'],
  ['i', 'am', 'told'],
  ["we've", 'been', 'told'],
  ["i've", 'been', 'told'],
  ['we', 'have', 'been', 'told'],
  ['i', 'have', 'been', 'told'],
];
const TOLD_FIRST_WORDS = new Set(TOLD_OPENINGS.map((words) => words[0]!));

/** The writer's own unnamed sources (anonymous); never inside a quotation, never "told to" or "told by". */
export function toldUsCues(tokens: Token[], cues: Cue[]): void {
  for (let index = 0; index < tokens.length; index++) {
    if (!TOLD_FIRST_WORDS.has(word(tokens, index))) continue;
    const opening = TOLD_OPENINGS.find((words) => words.every((value, at) => word(tokens, index + at) === value));
    if (!opening || tokens[index]!.quoted) continue;
    const last = index + opening.length;
    if (['to', 'by', 'off', 'so'].includes(word(tokens, last))) continue;
    cues.push({ category: 'anonymous', first: index, last, speakerOwned: true });
  }
}
