/**
 * What a note may hold, shared by saving, editing, importing and the upgrades, so a note that
 * could not be saved cannot be imported either. Each check reports a problem as a sentence
 * about a subject the caller names ("This note …", "Note 3 …"), in the reader's language.
 */
import { i18n } from '#i18n';
import { CATEGORIES, type Category } from '../detector/types.ts';
import {
  MAX_COMMENT_CHARS,
  MAX_NOTE_ID_CHARS,
  MAX_PASSAGE_CHARS,
  MAX_QUOTE_CONTEXT_CHARS,
  MAX_TAG_CHARS,
  MAX_TAGS,
  type TextPositionSelector,
  type TextQuoteSelector,
} from '../contract/note-model.ts';
import { isWebUrl } from '../contract/article-url.ts';
import { isRecord } from '../contract/is-record.ts';

// The one passage limit lives with the note model; it is re-exported for the store's callers.
export { MAX_COMMENT_CHARS, MAX_PASSAGE_CHARS, MAX_QUOTE_CONTEXT_CHARS, MAX_TAG_CHARS, MAX_TAGS };

/** A problem as a sentence about its subject ("This note", "Note 3"). */
export type Problem = (subject: string) => string;
/** Throws, with the problem turned into the caller's sentence. */
export type Fail = (problem: Problem) => never;

/** A count as the reader's language writes it ("10,000", "10.000", "10 000"). */
export const formatCount = (value: number) => value.toLocaleString(i18n.t('extension.lang'));

// import-file.ts checks with the same helper.
export { isRecord, isWebUrl };

export const isCategory = (value: unknown): value is Category =>
  typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);

/** Letters, digits and hyphens, as a UUID has: an id a sender made, never markup or a key path. */
const NOTE_ID = new RegExp(`^[A-Za-z0-9-]{1,${MAX_NOTE_ID_CHARS}}$`);

/** The id a sender made for a new note (see NoteDraft.id), or undefined when it made none. */
export function checkNewNoteId(id: unknown, fail: Fail): string | undefined {
  if (id === undefined) return undefined;
  if (typeof id !== 'string' || !NOTE_ID.test(id)) fail((subject) => i18n.t('notes.problem.badId', { subject }));
  return id;
}

export function checkUrl(url: unknown, fail: Fail): string {
  if (!isWebUrl(url)) fail((subject) => i18n.t('notes.problem.notOnWeb', { subject }));
  return url;
}

/**
 * The words either side of a passage, cut to MAX_QUOTE_CONTEXT_CHARS: the prefix keeps its end
 * and the suffix its start, the characters next to the passage.
 */
export function boundedContext(prefix: string, suffix: string): { prefix: string; suffix: string } {
  return { prefix: prefix.slice(-MAX_QUOTE_CONTEXT_CHARS), suffix: suffix.slice(0, MAX_QUOTE_CONTEXT_CHARS) };
}

/**
 * The quote, kept exactly as the page had it (anchoring the highlight later depends on every
 * character), with its context cut to the words next to it. With `cutLongPassage`, a passage
 * over the limit is cut instead of refused, and what was cut off starts the suffix: import uses
 * it for files written when the limit was higher.
 */
export function checkQuote(quote: unknown, fail: Fail, cutLongPassage = false): TextQuoteSelector {
  if (!isRecord(quote) || typeof quote.exact !== 'string' || quote.exact.trim() === '') {
    fail((subject) => i18n.t('notes.problem.noPassage', { subject }));
  }
  const { exact, prefix = '', suffix = '' } = quote as Record<string, unknown> & { exact: string };
  if (typeof prefix !== 'string' || typeof suffix !== 'string') {
    fail((subject) => i18n.t('notes.problem.contextNotText', { subject }));
  }
  if (exact.length <= MAX_PASSAGE_CHARS) return { exact, ...boundedContext(prefix as string, suffix as string) };
  if (!cutLongPassage) {
    fail((subject) => i18n.t('notes.problem.passageTooLong', { subject, limit: formatCount(MAX_PASSAGE_CHARS) }));
  }
  return { exact: exact.slice(0, MAX_PASSAGE_CHARS), ...boundedContext(prefix as string, exact.slice(MAX_PASSAGE_CHARS)) };
}

export function checkPosition(position: unknown, fail: Fail): TextPositionSelector | undefined {
  if (position === undefined) return undefined;
  const valid =
    isRecord(position) &&
    Number.isSafeInteger(position.start) &&
    Number.isSafeInteger(position.end) &&
    (position.start as number) >= 0 &&
    (position.end as number) >= (position.start as number);
  if (!valid) fail((subject) => i18n.t('notes.problem.badPosition', { subject }));
  const { start, end } = position as { start: number; end: number };
  return { start, end };
}

export function checkCategory(category: unknown, fail: Fail): Category | undefined {
  if (category === undefined) return undefined;
  if (!isCategory(category)) {
    fail((subject) => i18n.t('notes.problem.unknownCategory', { subject, category: JSON.stringify(category).slice(0, 40) }));
  }
  return category;
}

/** The comment without surrounding blank space (what the reader sees is what is stored). */
export function checkComment(comment: unknown, fail: Fail): string {
  if (comment === undefined) return '';
  if (typeof comment !== 'string') fail((subject) => i18n.t('notes.problem.commentNotText', { subject }));
  const trimmed = (comment as string).trim();
  if (trimmed.length > MAX_COMMENT_CHARS) {
    fail((subject) => i18n.t('notes.problem.commentTooLong', { subject, limit: formatCount(MAX_COMMENT_CHARS) }));
  }
  return trimmed;
}

/** Tags trimmed, lower-cased and distinct, so "Election" and "election " are one filter. */
export function checkTags(tags: unknown, fail: Fail): string[] {
  if (tags === undefined) return [];
  if (!Array.isArray(tags) || tags.some((tag) => typeof tag !== 'string')) {
    fail((subject) => i18n.t('notes.problem.tagsNotWords', { subject }));
  }
  const distinct = [...new Set((tags as string[]).map((tag) => tag.trim().toLowerCase()).filter(Boolean))];
  const long = distinct.find((tag) => tag.length > MAX_TAG_CHARS);
  if (long !== undefined) {
    fail((subject) => i18n.t('notes.problem.tagTooLong', { subject, limit: MAX_TAG_CHARS, tag: long.slice(0, 20) }));
  }
  if (distinct.length > MAX_TAGS) fail((subject) => i18n.t('notes.problem.tooManyTags', { subject, limit: MAX_TAGS }));
  return distinct;
}

/** A time stamp in milliseconds since 1970, as Date.now() gives it; `problem` names which one is missing. */
export function checkTime(value: unknown, problem: Problem, fail: Fail): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) fail(problem);
  return value as number;
}
