/**
 * What a note may hold, shared by saving, editing and importing, so a note that could not be
 * saved cannot be imported either. Each check reports a problem as the end of a sentence
 * ("has no passage"); the caller names the note ("This note …", "Note 3 …").
 */
import { CATEGORIES, type Category } from '../detector/types.ts';
import type { TextPositionSelector, TextQuoteSelector } from '../shared/note-model.ts';
import { isRecord } from '../shared/is-record.ts';

/** A long passage is fine (a whole paragraph); a megabyte pasted by accident is not. */
export const MAX_PASSAGE_CHARS = 20_000;
export const MAX_COMMENT_CHARS = 10_000;
export const MAX_TAG_CHARS = 50;
/** More tags than fit in the Notes tab's filter are a mistake, not an organising scheme. */
export const MAX_TAGS = 20;

/** Throws, with the problem ("has no passage") turned into the caller's sentence. */
export type Fail = (problem: string) => never;

const count = (value: number) => value.toLocaleString('en');

// import-file.ts checks with the same helper.
export { isRecord };

export const isCategory = (value: unknown): value is Category =>
  typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);

/** Only web pages carry notes: a `javascript:` or `file:` address must never become a link in an export. */
export function isWebUrl(url: unknown): url is string {
  if (typeof url !== 'string') return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

export function checkUrl(url: unknown, fail: Fail): string {
  if (!isWebUrl(url)) fail('is not on a web page (its address must start with http or https)');
  return url;
}

/** The quote, kept exactly as the page had it: anchoring the highlight later depends on every character. */
export function checkQuote(quote: unknown, fail: Fail): TextQuoteSelector {
  if (!isRecord(quote) || typeof quote.exact !== 'string' || quote.exact.trim() === '') fail('has no passage');
  const { exact, prefix = '', suffix = '' } = quote as Record<string, unknown> & { exact: string };
  if (exact.length > MAX_PASSAGE_CHARS) fail(`has a passage longer than ${count(MAX_PASSAGE_CHARS)} characters`);
  if (typeof prefix !== 'string' || typeof suffix !== 'string') fail('has text around its passage that is not text');
  return { exact, prefix: prefix as string, suffix: suffix as string };
}

export function checkPosition(position: unknown, fail: Fail): TextPositionSelector | undefined {
  if (position === undefined) return undefined;
  const valid =
    isRecord(position) &&
    Number.isSafeInteger(position.start) &&
    Number.isSafeInteger(position.end) &&
    (position.start as number) >= 0 &&
    (position.end as number) >= (position.start as number);
  if (!valid) fail('has a position in the page that is not a pair of offsets');
  const { start, end } = position as { start: number; end: number };
  return { start, end };
}

export function checkCategory(category: unknown, fail: Fail): Category | undefined {
  if (category === undefined) return undefined;
  if (!isCategory(category)) fail(`has an unknown category (${JSON.stringify(category)})`);
  return category;
}

/** The comment without surrounding blank space (what the reader sees is what is stored). */
export function checkComment(comment: unknown, fail: Fail): string {
  if (comment === undefined) return '';
  if (typeof comment !== 'string') fail('has a comment that is not text');
  const trimmed = (comment as string).trim();
  if (trimmed.length > MAX_COMMENT_CHARS) fail(`has a comment longer than ${count(MAX_COMMENT_CHARS)} characters`);
  return trimmed;
}

/** Tags trimmed, lower-cased and distinct, so "Election" and "election " are one filter. */
export function checkTags(tags: unknown, fail: Fail): string[] {
  if (tags === undefined) return [];
  if (!Array.isArray(tags) || tags.some((tag) => typeof tag !== 'string')) fail('has tags that are not a list of words');
  const distinct = [...new Set((tags as string[]).map((tag) => tag.trim().toLowerCase()).filter(Boolean))];
  const long = distinct.find((tag) => tag.length > MAX_TAG_CHARS);
  if (long !== undefined) fail(`has a tag longer than ${MAX_TAG_CHARS} characters ("${long.slice(0, 20)}…")`);
  if (distinct.length > MAX_TAGS) fail(`has more than ${MAX_TAGS} tags`);
  return distinct;
}

/** A time stamp in milliseconds since 1970, as Date.now() gives it. */
export function checkTime(value: unknown, what: string, fail: Fail): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) fail(`has no valid ${what}`);
  return value as number;
}
