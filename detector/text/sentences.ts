/**
 * Sentence splitting for news text, in one linear pass. Intl.Segmenter is not used: it is an
 * order of magnitude slower and splits after "Mr." and "U.S." anyway.
 */
import type { Span } from '../types.ts';

/** Words that end with a period without ending the sentence (compared lower-case, without the final period). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'gov',
  'sen',
  'rep',
  'reps',
  'sens',
  'st',
  'ste',
  'mt',
  'ft',
  'gen',
  'lt',
  'col',
  'capt',
  'cmdr',
  'adm',
  'sgt',
  'cpl',
  'pvt',
  'maj',
  'rev',
  'fr',
  'hon',
  'pres',
  'supt',
  'insp',
  'det',
  'atty',
  'jr',
  'sr',
  'esq',
  'inc',
  'corp',
  'co',
  'ltd',
  'llc',
  'plc',
  'bros',
  'dept',
  'univ',
  'assn',
  'vs',
  'v',
  'etc',
  'approx',
  'est',
  'fig',
  'vol',
  'ed',
  'eds',
  'ave',
  'blvd',
  'rd',
  'hwy',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'd.c',
  'u.s.a',
  'n.y',
  'l.a',
  'ph.d',
  'm.d',
  'b.a',
  'ok',
  'cf',
  'al',
  'op',
  'pp',
  'para',
  'art',
  'sec',
  'ch',
]);

/**
 * Abbreviations that often do end a sentence ("... at 9 a.m. The") — a break there is taken
 * only when the next word is a usual sentence opener.
 */
const SENTENCE_FINAL_ABBREVIATIONS = new Set(['a.m', 'p.m', 'u.s', 'u.k', 'etc', 'inc', 'corp', 'co', 'ltd', 'jr', 'sr', 'd.c']);
const SENTENCE_OPENERS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'his',
  'her',
  'their',
  'its',
  'our',
  'this',
  'that',
  'these',
  'those',
  'but',
  'and',
  'in',
  'on',
  'at',
  'after',
  'before',
  'when',
  'while',
  'as',
  'if',
  'there',
  'some',
  'many',
  'others',
  'officials',
  'sources',
  'police',
  'critics',
  'however',
  'meanwhile',
  'still',
  'yet',
  'so',
  'then',
]);

const BULLET = /^(?:[-•*·–—]|\d{1,3}[.)])\s+/;
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);
const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '«']);

const isLower = (ch: string) => ch !== ch.toUpperCase() && ch === ch.toLowerCase();
const isDigit = (ch: string) => ch >= '0' && ch <= '9';
const isSpace = (ch: string) => ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\r' || ch === '\f' || ch === '\v';

/** The word that ends just before `index` (at a period), lower-cased, inner periods kept. */
function wordBefore(text: string, index: number): string {
  let start = index;
  while (start > 0) {
    const ch = text[start - 1]!;
    if (isSpace(ch) || ch === '\n' || OPENERS.has(ch)) break;
    start--;
  }
  return text.slice(start, index).toLowerCase();
}

function wordAfter(text: string, index: number): string {
  const match = /^[\p{L}']+/u.exec(text.slice(index, index + 24));
  return match ? match[0].toLowerCase() : '';
}

/** Whether the sentence may end at the terminal punctuation run [stop, after). */
function endsSentence(text: string, punctuationStart: number, after: number, lineEnd: number): boolean {
  let next = after;
  while (next < lineEnd && isSpace(text[next]!)) next++;
  if (next === after || next >= lineEnd) return next >= lineEnd;
  let first = text[next]!;
  let wordStart = next;
  while (OPENERS.has(first) && wordStart + 1 < lineEnd) first = text[++wordStart]!;
  // Only a lower-case letter continues the sentence: a capital, a digit, an emoji or a symbol starts a new one.
  if (isLower(first)) return false;

  const terminal = text[punctuationStart]!;
  const run = text.slice(punctuationStart, after);
  if (terminal !== '.' || run.startsWith('..') || run.startsWith('…')) {
    // "?", "!" and ellipses end a sentence when a capitalised word follows.
    return true;
  }
  const word = wordBefore(text, punctuationStart).replace(/^[^\p{L}\p{N}]+/u, '');
  if ((word === 'no' || word === 'nos') && isDigit(first)) return false; // "No. 10"
  if (word.length === 1 && /\p{L}/u.test(word)) return false; // an initial: "J. K. Rowling"
  if (/^\p{L}(\.\p{L})+$/u.test(word) && !SENTENCE_FINAL_ABBREVIATIONS.has(word)) return false; // "U.N.", "Ph.D."
  if (ABBREVIATIONS.has(word)) {
    return SENTENCE_FINAL_ABBREVIATIONS.has(word) && SENTENCE_OPENERS.has(wordAfter(text, wordStart));
  }
  return true;
}

function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  while (start < end && (isSpace(text[start]!) || text[start] === '\n')) start++;
  while (end > start && (isSpace(text[end - 1]!) || text[end - 1] === '\n')) end--;
  if (start < end) spans.push({ start, end });
}

/** Splits one line (no newline inside) into sentences. */
function splitLine(text: string, lineStart: number, lineEnd: number, spans: Span[]): void {
  let start = lineStart;
  while (start < lineEnd && isSpace(text[start]!)) start++;
  const bullet = BULLET.exec(text.slice(start, Math.min(lineEnd, start + 8)));
  if (bullet) start += bullet[0].length;

  let index = start;
  while (index < lineEnd) {
    const ch = text[index]!;
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') {
      index++;
      continue;
    }
    const punctuationStart = index;
    while (index < lineEnd && (text[index] === '.' || text[index] === '!' || text[index] === '?' || text[index] === '…')) index++;
    // Decimals and versions: "3.5", "v2.1".
    if (ch === '.' && index - punctuationStart === 1 && isDigit(text[index] ?? '') && isDigit(text[punctuationStart - 1] ?? ''))
      continue;
    while (index < lineEnd && CLOSERS.has(text[index]!)) index++;
    if (endsSentence(text, punctuationStart, index, lineEnd)) {
      pushTrimmed(spans, text, start, index);
      start = index;
    }
  }
  pushTrimmed(spans, text, start, lineEnd);
}

/** Sentence spans of `text`, trimmed; a line break always ends a sentence, so headlines and list items stand alone. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    splitLine(text, lineStart, lineEnd, spans);
    lineStart = lineEnd + 1;
  }
  return spans;
}
