/** Words and punctuation of one sentence, with offsets into the analysed text and quotation state. */

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  isWord: boolean;
  /** First letter upper-case. */
  capitalized: boolean;
  /** Inside a quotation ("…" or “…”). */
  quoted: boolean;
}

const OPENING_QUOTES = new Set(['“', '«']);
const CLOSING_QUOTES = new Set(['”', '»']);
/** Characters allowed inside a word, between letters: "didn't", "left-leaning", "U.S", "AT&T". */
const INNER = new Set(["'", '’', '-', '.', '&']);

function isWordChar(code: number, char: string): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return char.toLowerCase() !== char.toUpperCase() || /\p{L}|\p{N}/u.test(char);
}

/** Titles and initialisms whose period is part of the word. */
const ABBREVIATED = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'sgt',
  'st',
  'rev',
  'prof',
  'jr',
  'sr',
  'capt',
]);
const isAbbreviation = (value: string) => ABBREVIATED.has(value.toLowerCase()) || /^(?:\p{Lu}\.)+\p{Lu}$/u.test(value);

const isSpaceCode = (code: number) =>
  code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || code === 12 || code === 11;

function pushToken(tokens: Token[], text: string, start: number, end: number, isWord: boolean, quoted: boolean): void {
  const value = text.slice(start, end);
  const lower = value.toLowerCase();
  tokens.push({
    start,
    end,
    text: value,
    lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
    isWord,
    capitalized: isWord && value[0] !== lower[0],
    quoted,
  });
}

/** One pass over the sentence's characters; no regular expression, since this runs on every candidate sentence. */
export function tokenize(text: string, start: number, end: number, quotedAtStart = false): Token[] {
  const tokens: Token[] = [];
  let quoted = quotedAtStart;
  let index = start;
  while (index < end) {
    const code = text.charCodeAt(index);
    if (isSpaceCode(code)) {
      index++;
      continue;
    }
    const char = text[index]!;
    if (isWordChar(code, char)) {
      let wordEnd = index + 1;
      while (wordEnd < end) {
        const next = text.charCodeAt(wordEnd);
        if (isWordChar(next, text[wordEnd]!)) wordEnd++;
        else if (INNER.has(text[wordEnd]!) && wordEnd + 1 < end && isWordChar(text.charCodeAt(wordEnd + 1), text[wordEnd + 1]!))
          wordEnd += 2;
        else break;
      }
      if (text[wordEnd] === '!' && wordEnd - index <= 3) wordEnd++; // "OK!" is one word
      // "Mr.", "Sen.", "U.S.": the period of an abbreviation belongs to it, so it cannot end a phrase.
      if (text[wordEnd] === '.' && isAbbreviation(text.slice(index, wordEnd))) wordEnd++;
      pushToken(tokens, text, index, wordEnd, true, quoted);
      index = wordEnd;
      continue;
    }
    const isQuote = char === '"' || OPENING_QUOTES.has(char) || CLOSING_QUOTES.has(char);
    if (char === '"') quoted = !quoted;
    else if (OPENING_QUOTES.has(char)) quoted = true;
    else if (CLOSING_QUOTES.has(char)) quoted = false;
    pushToken(tokens, text, index, index + 1, false, quoted || isQuote);
    index++;
  }
  return tokens;
}

/** The lower-case word at `index`, or '' for punctuation and positions outside the sentence. */
export const word = (tokens: Token[], index: number): string => (tokens[index]?.isWord ? tokens[index]!.lower : '');

/** True when the token at `index` is punctuation (the given mark, if any). */
export const isPunctuation = (tokens: Token[], index: number, mark?: string): boolean =>
  index >= 0 && index < tokens.length && !tokens[index]!.isWord && (mark === undefined || tokens[index]!.text === mark);

/** True when the words from `index` on are `phrase`. */
export function matchesAt(tokens: Token[], index: number, phrase: readonly string[]): boolean {
  for (let offset = 0; offset < phrase.length; offset++) if (word(tokens, index + offset) !== phrase[offset]) return false;
  return true;
}

/** Whether a quotation is still open after [start, end), given whether one was open before it. */
export function quotedAfter(text: string, start: number, end: number, quotedAtStart: boolean): boolean {
  let quoted = quotedAtStart;
  for (let index = start; index < end; index++) {
    const char = text[index]!;
    if (char === '"') quoted = !quoted;
    else if (OPENING_QUOTES.has(char)) quoted = true;
    else if (CLOSING_QUOTES.has(char)) quoted = false;
  }
  return quoted;
}
