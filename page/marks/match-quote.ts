/**
 * Finds a saved passage in a page's text again: an exact match first, then an approximate one
 * (Myers' bit-parallel algorithm, `approx-string-match`), each candidate scored by how well the
 * words around it match the saved prefix and suffix and how close it sits to the saved position.
 * Pure: strings in, offsets out, so the content script and the tests call it the same way.
 */
import search from 'approx-string-match';
import { MAX_QUOTE_CONTEXT_CHARS, type TextQuoteSelector } from '../../contract/note-model.ts';

export interface QuoteMatch {
  start: number;
  end: number;
  /** 0 (poor) to 1 (the quote, its context and its place all match). */
  score: number;
  /** True when the passage was found character for character. */
  exact: boolean;
}

/** A passage with more differences than this share of its length counts as gone. */
export const MAX_ERROR_RATIO = 0.25;
/** Caps the approximate search's cost on long passages (its time grows with the error budget). */
export const MAX_ERRORS = 128;
/**
 * The most differences weighed in the words around a passage, whatever their length. The
 * context itself is cut to MAX_QUOTE_CONTEXT_CHARS first: an imported note with a 10,000
 * character prefix once took a budget of 10,000 errors and froze its page for minutes (issue
 * #12, item 5).
 */
export const MAX_CONTEXT_ERRORS = 32;
/** Exact occurrences weighed at most (a common phrase repeated all over a page). */
export const MAX_EXACT_CANDIDATES = 1000;

// How much each signal counts; the quote itself dominates, context breaks ties between copies.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;

/** The context weighed: the characters next to the passage, never more than MAX_QUOTE_CONTEXT_CHARS a side. */
export function weighedContext(quote: TextQuoteSelector): { prefix: string; suffix: string } {
  return { prefix: quote.prefix.slice(-MAX_QUOTE_CONTEXT_CHARS), suffix: quote.suffix.slice(0, MAX_QUOTE_CONTEXT_CHARS) };
}

/** The error budget for comparing `length` characters of context: fixed, so the cost is too. */
export const contextErrorBudget = (length: number) => Math.min(length, MAX_CONTEXT_ERRORS);

/** 0..1: how closely `actual` matches `expected` (1 when nothing was expected, 0 past the error budget). */
function similarity(expected: string, actual: string): number {
  if (!expected) return 1;
  if (!actual) return 0;
  if (expected === actual) return 1;
  let errors = Infinity;
  for (const match of search(actual, expected, contextErrorBudget(expected.length))) errors = Math.min(errors, match.errors);
  return errors === Infinity ? 0 : 1 - errors / expected.length;
}

function score(
  text: string,
  quote: { exact: string; prefix: string; suffix: string },
  start: number,
  end: number,
  errors: number,
  hint: number | undefined,
): number {
  const quoteScore = 1 - errors / Math.max(1, quote.exact.length);
  const prefixScore = similarity(quote.prefix, text.slice(Math.max(0, start - quote.prefix.length), start));
  const suffixScore = similarity(quote.suffix, text.slice(end, end + quote.suffix.length));
  const positionScore = hint === undefined || !text.length ? 1 : 1 - Math.abs(start - hint) / text.length;
  const total =
    QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore;
  return total / (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT);
}

/** The best place for `quote` in `text`, or null when it is not there any more. `hint`: the saved start offset. */
export function matchQuote(text: string, saved: TextQuoteSelector, hint?: number): QuoteMatch | null {
  const exact = saved.exact;
  if (!exact || !text) return null;
  const quote = { exact, ...weighedContext(saved) };

  let best: QuoteMatch | null = null;
  let found = 0;
  for (let at = text.indexOf(exact); at !== -1 && found < MAX_EXACT_CANDIDATES; at = text.indexOf(exact, at + 1)) {
    found++;
    const candidate = {
      start: at,
      end: at + exact.length,
      score: score(text, quote, at, at + exact.length, 0, hint),
      exact: true,
    };
    if (!best || candidate.score > best.score) best = candidate;
  }
  if (best) return best;

  const maxErrors = Math.min(MAX_ERRORS, Math.floor(exact.length * MAX_ERROR_RATIO));
  if (maxErrors < 1) return null;
  for (const match of search(text, exact, maxErrors)) {
    const candidate = {
      start: match.start,
      end: match.end,
      score: score(text, quote, match.start, match.end, match.errors, hint),
      exact: false,
    };
    if (!best || candidate.score > best.score) best = candidate;
  }
  return best;
}
