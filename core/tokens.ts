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

// A word may hold inner apostrophes, hyphens and periods ("didn't", "left-leaning", "U.S");
// "OK!" keeps its bang so the outlet is one word.
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}'’\-.&]*[\p{L}\p{N}])?!?|\S/gu;
const LETTER = /\p{L}/u;

const OPENING_QUOTES = new Set(['“', '«']);
const CLOSING_QUOTES = new Set(['”', '»']);

export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  let quoted = false;
  for (const match of slice.matchAll(TOKEN)) {
    const value = match[0];
    const first = value[0]!;
    const isWord = LETTER.test(first) || (first >= '0' && first <= '9');
    if (!isWord) {
      if (first === '"') quoted = !quoted;
      else if (OPENING_QUOTES.has(first)) quoted = true;
      else if (CLOSING_QUOTES.has(first)) quoted = false;
    }
    const tokenStart = start + match.index!;
    tokens.push({
      start: tokenStart,
      end: tokenStart + value.length,
      text: value,
      lower: value.toLowerCase().replace(/’/g, "'"),
      isWord,
      capitalized: isWord && first !== first.toLowerCase(),
      quoted: quoted || (!isWord && (first === '"' || OPENING_QUOTES.has(first) || CLOSING_QUOTES.has(first))),
    });
  }
  return tokens;
}
