/**
 * Compiles the reviewable pattern syntax of knowledge.ts into regular expressions. Each list
 * becomes one expression, so a text is read once per list, not once per pattern.
 */

interface Word {
  kind: 'word';
  /** The word as written in the pattern. */
  raw: string;
  source: string;
  joined: boolean;
}
interface Choice {
  kind: 'choice';
  options: Item[][];
  optional: boolean;
  joined: boolean;
}
interface Gap {
  kind: 'gap';
}
interface Not {
  kind: 'not';
  options: Item[][];
}
type Item = Word | Choice | Gap | Not;

export interface PatternOptions {
  /** Sources for `{key}` placeholders. */
  lists?: Record<string, string>;
}

const SPACE = '[\\s\\u00a0]+';
/** A word of a gap: anything but white space and the marks that end a clause or a quotation. */
const GAP_WORD = '[^\\s\\u00a0.!?;:,«»„“”"]+';
const MAX_GAP = 8;
/**
 * A letter or digit of the languages read here, in lower case: Latin letters with their accents,
 * and combining accents (text written decomposed). Not \p{L}: an expression holding Unicode's
 * whole letter class takes fifty times longer to build, and a language has hundreds of them.
 */
export const WORD_CHARACTER = '[0-9a-z\\u00aa\\u00b5\\u00ba\\u00df-\\u00f6\\u00f8-\\u024f\\u0300-\\u036f\\u1e00-\\u1eff]';
const LETTER_BEFORE = `(?<!${WORD_CHARACTER}|${WORD_CHARACTER}-)`;
/** A word ends where no letter, digit or hyphenated continuation follows ("Staatsmedien-Debatte" is one word). */
const LETTER_AFTER = `(?!${WORD_CHARACTER}|-${WORD_CHARACTER})`;

const escapeChar = (char: string) => (/[\\^$.*+?()[\]{}|]/.test(char) ? `\\${char}` : char);

function wordSource(word: string, options: PatternOptions): string {
  if (word === '*') return `${WORD_CHARACTER}+`;
  let out = '';
  for (let index = 0; index < word.length; index++) {
    const char = word[index]!;
    if (char === '{') {
      const close = word.indexOf('}', index);
      const key = word.slice(index + 1, close);
      const list = options.lists?.[key];
      if (list === undefined) throw new Error(`Unknown list {${key}} in pattern word "${word}"`);
      out += `(?:${list})`;
      index = close;
    } else if (char === '*') out += `${WORD_CHARACTER}*`;
    else if (char === "'" || char === '’') out += "['’]";
    else if (char === ',' && word[index + 1] === '?') {
      out += ',?';
      index++;
    } else out += escapeChar(char.toLowerCase());
  }
  return out;
}

/** Parses a pattern into its items. */
export function parsePattern(pattern: string, options: PatternOptions = {}): Item[] {
  return parseSequence(pattern.trim(), { index: 0 }, options);
}

export type { Item };

/** Parses a sequence up to `)` or `|`; `at.index` is the reading position. */
function parseSequence(pattern: string, at: { index: number }, options: PatternOptions): Item[] {
  const items: Item[] = [];
  let joined = false;
  while (at.index < pattern.length) {
    const char = pattern[at.index]!;
    if (char === ')' || char === '|') break;
    if (char === ' ') {
      joined = false;
      at.index++;
      continue;
    }
    if (char === '…') {
      items.push({ kind: 'gap' });
      at.index++;
    } else if (char === '(' || (char === '!' && pattern[at.index + 1] === '(')) {
      const negative = char === '!';
      at.index += negative ? 2 : 1;
      const choices: Item[][] = [];
      for (;;) {
        choices.push(parseSequence(pattern, at, options));
        const stop = pattern[at.index++];
        if (stop === ')') break;
        if (stop !== '|') throw new Error(`Unclosed "(" in pattern "${pattern}"`);
      }
      const filled = choices.filter((choice) => choice.length > 0);
      if (negative) items.push({ kind: 'not', options: filled });
      else items.push({ kind: 'choice', options: filled, optional: filled.length < choices.length, joined });
    } else {
      let end = at.index;
      while (end < pattern.length && !' ()|…'.includes(pattern[end]!)) end++;
      if (pattern[end - 1] === '!' && pattern[end] === '(') end--;
      const raw = pattern.slice(at.index, end);
      items.push({ kind: 'word', raw, source: wordSource(raw, options), joined });
      at.index = end;
    }
    joined = true;
  }
  return items;
}

function sequenceSource(items: Item[]): string {
  let out = '';
  let needsSpace = false;
  for (const item of items) {
    if (item.kind === 'gap') {
      out += `(?:${SPACE}${GAP_WORD}){0,${MAX_GAP}}?`;
      continue;
    }
    if (item.kind === 'not') {
      out += `(?!${SPACE}(?:${item.options.map(sequenceSource).join('|')})${LETTER_AFTER})`;
      continue;
    }
    const body = item.kind === 'word' ? item.source : `(?:${item.options.map(sequenceSource).join('|')})`;
    const space = needsSpace && !item.joined ? SPACE : '';
    if (item.kind === 'choice' && item.optional) {
      out += needsSpace ? `(?:${space}${body})?` : `(?:${body}${SPACE})?`;
      if (!needsSpace) continue;
    } else out += space + body;
    needsSpace = true;
  }
  return out;
}

/** The regular-expression source of one pattern, ending at a whole word; the start is bounded by the caller. */
export function patternSource(pattern: string, options: PatternOptions = {}): string {
  const trimmed = pattern.trim();
  const anchored = trimmed.startsWith('^');
  const at = { index: anchored ? 1 : 0 };
  const items = parseSequence(trimmed, at, options);
  if (at.index < trimmed.length) throw new Error(`Unbalanced ")" in pattern "${pattern}"`);
  return `${anchored ? '^' : ''}${sequenceSource(items)}${LETTER_AFTER}`;
}

/**
 * One expression for a whole list, starting at a whole word; never matches when the list is
 * empty. It reads lower-case text (`lowerCase`): an expression that ignores case spends most of
 * its building time folding the case of every letter class. The word boundary before is tested
 * once for all patterns, not once for each (inside every alternative, a list of eighty verbs read
 * a page twenty times slower).
 */
export function compilePatterns(patterns: string[], options: PatternOptions = {}, flags = 'gu'): RegExp {
  if (patterns.length === 0) return /(?!)/gu;
  const source = `${LETTER_BEFORE}(?:${patterns.map((pattern) => patternSource(pattern, options)).join('|')})`;
  return new RegExp(source, flags);
}

/** `text` in lower case, with every offset kept: a letter whose lower case is longer ("İ") stays as it is. */
export function lowerCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const char of text) {
    const folded = char.toLowerCase();
    out += folded.length === char.length ? folded : char;
  }
  return out;
}

/** A list of words as one alternative (for `{key}` placeholders); longest first, so "a déclaré" wins over "a". */
export function wordListSource(words: string[], options: PatternOptions = {}): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => sequenceSource(parseSequence(word, { index: 0 }, options)))
    .join('|');
}
