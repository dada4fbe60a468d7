/**
 * Sentence splitting for German, French and Spanish news, in one linear pass: a line break always
 * ends a sentence (headlines stand alone); ".", "!", "?" and "…" end one when what follows opens a
 * new one, unless the word before is an abbreviation of the language ("z. B.", "Mme", "Sra.",
 * "EE. UU."), an initial, or (in German) an ordinal number ("am 3. Oktober").
 */
import type { Span } from '../types.ts';
import type { LanguageKnowledge } from './knowledge.ts';

/** Marks that may close a sentence after its full stop, in any of the three languages. */
const CLOSERS = new Set(['"', "'", '”', '’', '“', ')', ']', '»', '«']);
/** Marks that may open the next sentence before its first letter. */
const OPENERS = new Set(['"', "'", '“', '„', '‘', '‚', '(', '[', '«', '»', '¿', '¡', '—', '–']);
const TERMINALS = new Set(['.', '!', '?', '…']);

const isSpace = (char: string) =>
  char === ' ' || char === '\t' || char === '\u00a0' || char === '\u202f' || char === '\r' || char === '\f';
const isLower = (char: string) => char !== char.toUpperCase() && char === char.toLowerCase();
const isDigit = (char: string) => char >= '0' && char <= '9';

export class SentenceSplitter {
  private readonly abbreviations: Set<string>;
  /** Closing marks that may stand after a space ("fini. »"): those that open nothing in the language. */
  private readonly spacedClosers: Set<string>;

  constructor(private readonly knowledge: LanguageKnowledge) {
    this.abbreviations = new Set(knowledge.abbreviations);
    const openers = new Set(knowledge.quotes.map(([open]) => open));
    this.spacedClosers = new Set(knowledge.quotes.map(([, close]) => close).filter((close) => !openers.has(close)));
  }

  split(text: string): Span[] {
    const spans: Span[] = [];
    let lineStart = 0;
    while (lineStart <= text.length) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd === -1) lineEnd = text.length;
      this.splitLine(text, lineStart, lineEnd, spans);
      lineStart = lineEnd + 1;
    }
    return spans;
  }

  private splitLine(text: string, lineStart: number, lineEnd: number, spans: Span[]): void {
    let start = lineStart;
    let index = lineStart;
    while (index < lineEnd) {
      const char = text[index]!;
      if (!TERMINALS.has(char)) {
        index++;
        continue;
      }
      const punctuationStart = index;
      while (index < lineEnd && TERMINALS.has(text[index]!)) index++;
      // Decimals and times: "4.2", "20.15 Uhr".
      if (char === '.' && index - punctuationStart === 1 && isDigit(text[index] ?? '')) continue;
      for (;;) {
        while (index < lineEnd && CLOSERS.has(text[index]!)) index++;
        let next = index;
        while (next < lineEnd && isSpace(text[next]!)) next++;
        if (next === index || !this.spacedClosers.has(text[next] ?? '')) break;
        index = next;
      }
      if (this.endsSentence(text, punctuationStart, index, lineEnd)) {
        pushTrimmed(spans, text, start, index);
        start = index;
      }
    }
    pushTrimmed(spans, text, start, lineEnd);
  }

  private endsSentence(text: string, punctuationStart: number, after: number, lineEnd: number): boolean {
    let next = after;
    while (next < lineEnd && isSpace(text[next]!)) next++;
    if (next >= lineEnd) return true;
    if (next === after) return false;
    let first = text[next]!;
    let wordStart = next;
    while (OPENERS.has(first) && wordStart + 1 < lineEnd) first = text[++wordStart]!;
    if (isLower(first)) return false;
    const run = text.slice(punctuationStart, after);
    if (text[punctuationStart] !== '.' || run.startsWith('..')) return true;

    const word = wordBefore(text, punctuationStart);
    if (word.length === 1 && /\p{L}/u.test(word)) return false; // an initial: "M. Dupont", "J. Müller"
    if (/^\p{L}(?:\.\p{L})+$/u.test(word)) return false; // "z.B.", "U.S."
    if (this.abbreviations.has(word)) return false;
    if (this.knowledge.ordinalNumbers && /^\d{1,2}$/.test(word)) return false; // "am 3. Oktober"
    return true;
  }
}

/** The word that ends just before `index`, lower-case, without leading marks. */
function wordBefore(text: string, index: number): string {
  let start = index;
  while (start > 0) {
    const char = text[start - 1]!;
    if (isSpace(char) || char === '\n' || OPENERS.has(char)) break;
    start--;
  }
  return text
    .slice(start, index)
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+/u, '');
}

function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  while (start < end && (isSpace(text[start]!) || text[start] === '\n')) start++;
  while (end > start && (isSpace(text[end - 1]!) || text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  if (start < end) spans.push({ start, end });
}
