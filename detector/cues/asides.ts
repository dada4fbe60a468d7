/**
 * An aside between a source phrase and its verb: "A diplomat, who spoke on condition of anonymity,
 * said", "officials — two of them senior — said", "others, including Sen. Jeff Merkley (D-Ore.) and
 * Rep. Raúl Grijalva, are urging". The verb is read after it.
 */
import type { Token } from '../text/tokens.ts';

const MAX_ASIDE = 24;
const DASHES = new Set(['—', '–', '--', '-']);
/** Words that open a list of examples, which may hold commas, initials and parentheses of its own. */
const LISTING = new Set(['including', 'like', 'such', 'among', 'especially', 'notably']);
/** Marks a plain aside may hold: "a 33-year-old", "O'Brien". */
const INNER_MARKS = new Set(['-', "'"]);
const LIST_MARKS = new Set([',', '.', '(', ')', '-', "'", '&']);

/**
 * Where the predicate may start when an aside opens at `from`: `from` itself when none does, the
 * index after its closing mark, or null when the aside is not one (it runs on, or holds a clause's
 * marks). A listing aside closes at the first mark after which `verbAt` finds the verb.
 */
export function afterAside(tokens: Token[], from: number, verbAt: (index: number) => boolean): number | null {
  const open = tokens[from];
  if (!open || open.isWord || (open.text !== ',' && !DASHES.has(open.text))) return from;
  const closes = (token: Token) => !token.isWord && (open.text === ',' ? token.text === ',' : DASHES.has(token.text));
  const listing = LISTING.has(tokens[from + 1]?.lower ?? '');
  for (let index = from + 1; index < tokens.length && index <= from + MAX_ASIDE; index++) {
    const token = tokens[index]!;
    if (token.isWord) continue;
    if (closes(token)) {
      if (!listing || verbAt(index + 1)) return index + 1;
      continue;
    }
    if (!(listing ? LIST_MARKS : INNER_MARKS).has(token.text)) return null;
  }
  return null;
}
