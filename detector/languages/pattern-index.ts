/**
 * Reads a text once for many pattern lists. The text is cut into words once; a pattern is tried
 * only at a word it can start with (its first word, looked up in one map), so the cost grows with
 * the words of the text, not with the number of patterns. Patterns whose first word is open ("*kreisen
 * zufolge") are tried at every word. Within a list, matches are in order and apart; where two
 * patterns match at one word the longer wins.
 */
import type { Span } from '../types.ts';
import { type Item, lowerCase, type PatternOptions, parsePattern, patternSource, WORD_CHARACTER } from './patterns.ts';

interface Entry {
  list: number;
  expression: RegExp;
}

/** Words of the lower-cased text, as the patterns bound them. */
const WORD = new RegExp(`${WORD_CHARACTER}+`, 'gu');
const WORD_CHAR = new RegExp(WORD_CHARACTER, 'u');
const FIRST_LETTERS = new RegExp(`^${WORD_CHARACTER}+`, 'u');

/** The lower-case words a pattern can start with, or undefined when any word can start it. */
function firstWords(items: Item[], lists: Record<string, string[]>, options: PatternOptions): Set<string> | undefined {
  const words = new Set<string>();
  for (const item of items) {
    if (item.kind === 'word') {
      const first = firstOfWord(item.raw, lists, options);
      if (!first) return undefined;
      for (const word of first) words.add(word);
      return words;
    }
    if (item.kind !== 'choice') return undefined;
    for (const option of item.options) {
      const first = firstWords(option, lists, options);
      if (!first) return undefined;
      for (const word of first) words.add(word);
    }
    if (!item.optional) return words;
  }
  return undefined;
}

function firstOfWord(raw: string, lists: Record<string, string[]>, options: PatternOptions): Set<string> | undefined {
  if (raw.startsWith('{')) {
    const list = lists[raw.slice(1, raw.indexOf('}'))];
    if (!list) return undefined;
    const words = new Set<string>();
    for (const entry of list) {
      const first = firstWords(parsePattern(entry, options), lists, options);
      if (!first) return undefined;
      for (const word of first) words.add(word);
    }
    return words;
  }
  const letters = FIRST_LETTERS.exec(raw.toLowerCase())?.[0];
  if (!letters || raw[letters.length] === '*' || raw[letters.length] === '{') return undefined;
  return new Set([letters.toLowerCase()]);
}

export class PatternIndex<Name extends string> {
  private readonly names: Name[];
  private readonly byWord = new Map<string, Entry[]>();
  private readonly open: Entry[] = [];

  /** `lists` holds the pattern lists to read; `words` the word lists their `{placeholders}` name. */
  constructor(lists: Record<Name, string[]>, words: Record<string, string[]>, options: PatternOptions) {
    this.names = Object.keys(lists) as Name[];
    this.names.forEach((name, list) => {
      const keyed = new Map<string, string[]>();
      const open: string[] = [];
      for (const pattern of lists[name]) {
        const first = firstWords(parsePattern(pattern, options), words, options);
        if (!first) open.push(pattern);
        else for (const word of first) keyed.set(word, [...(keyed.get(word) ?? []), pattern]);
      }
      // Words that start the same patterns share one expression ("ein", "eine", "zwei" … {person}).
      const compiled = new Map<string, RegExp>();
      const compile = (patterns: string[]) => {
        const key = patterns.join('\n');
        let expression = compiled.get(key);
        if (!expression) {
          expression = new RegExp(patterns.map((pattern) => patternSource(pattern, options)).join('|'), 'yu');
          compiled.set(key, expression);
        }
        return expression;
      };
      for (const [word, patterns] of keyed) {
        const entries = this.byWord.get(word) ?? [];
        entries.push({ list, expression: compile(patterns) });
        this.byWord.set(word, entries);
      }
      if (open.length > 0) this.open.push({ list, expression: compile(open) });
    });
  }

  /** Every list's matches in `original` (read in lower case, offsets kept). */
  scan(original: string): Record<Name, Span[]> {
    const text = lowerCase(original);
    const found: Span[][] = this.names.map(() => []);
    const free = this.names.map(() => 0);
    const best: Array<Span | undefined> = this.names.map(() => undefined);
    const touched: number[] = [];
    const tryEntry = (entry: Entry, start: number) => {
      if (start < free[entry.list]!) return;
      entry.expression.lastIndex = start;
      const match = entry.expression.exec(text);
      if (!match || match[0].length === 0) return;
      const known = best[entry.list];
      if (!known) touched.push(entry.list);
      if (!known || known.end < start + match[0].length) best[entry.list] = { start, end: start + match[0].length };
    };
    WORD.lastIndex = 0;
    for (let word = WORD.exec(text); word; word = WORD.exec(text)) {
      // The second half of a hyphenated word ("Staatsmedien-Debatte") starts no pattern.
      if (word.index > 1 && text[word.index - 1] === '-' && WORD_CHAR.test(text[word.index - 2]!)) continue;
      const entries = this.byWord.get(word[0]);
      if (entries) for (const entry of entries) tryEntry(entry, word.index);
      for (const entry of this.open) tryEntry(entry, word.index);
      for (const list of touched) {
        const span = best[list]!;
        found[list]!.push(span);
        free[list] = span.end;
        best[list] = undefined;
      }
      touched.length = 0;
    }
    return Object.fromEntries(this.names.map((name, list) => [name, found[list]])) as Record<Name, Span[]>;
  }
}
