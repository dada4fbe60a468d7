/**
 * Mending a stored record that an older or faulty build left behind, for the upgrades: a record
 * that can be read as a note is mended and kept; one that cannot (no passage, no address) is set
 * aside whole, never thrown on, so one bad record cannot lock the reader out of every note.
 */
import { siteOf } from '../contract/article-url.ts';
import type { Note } from '../contract/note-model.ts';
import {
  boundedContext,
  checkCategory,
  checkPosition,
  checkTags,
  isRecord,
  isWebUrl,
  MAX_COMMENT_CHARS,
  MAX_TAG_CHARS,
  MAX_TAGS,
  type Fail,
} from './note-rules.ts';

/** Why a record was set aside: a code, kept with the record, not shown as it is. */
export type SetAsideReason = 'not-a-note' | 'no-address' | 'no-passage';
/** What was mended on a record that was kept. */
export type Repair = 'dates' | 'comment' | 'tags' | 'context' | 'position' | 'category';

export type RecordVerdict = { note: Note; repairs: Repair[] } | { setAside: SetAsideReason };

class Unusable extends Error {}
const rejectValue: Fail = () => {
  throw new Unusable();
};

/** The value when the rule accepts it as it is, else `fallback` and a repair noted. */
function mend<T>(read: () => T, fallback: T, repair: Repair, repairs: Repair[]): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof Unusable)) throw error;
    repairs.push(repair);
    return fallback;
  }
}

const validTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

function mendDates(record: Record<string, unknown>, repairs: Repair[]): { createdAt: number; updatedAt: number } {
  const { createdAt, updatedAt } = record;
  if (validTime(createdAt) && validTime(updatedAt)) return { createdAt, updatedAt };
  repairs.push('dates');
  // A note without a date sorts oldest, not newest: it is older than any build that dates notes.
  const created = validTime(createdAt) ? createdAt : validTime(updatedAt) ? updatedAt : 0;
  return { createdAt: created, updatedAt: validTime(updatedAt) ? updatedAt : created };
}

function mendTags(raw: unknown, repairs: Repair[]): string[] {
  try {
    return checkTags(raw, rejectValue);
  } catch (error) {
    if (!(error instanceof Unusable)) throw error;
  }
  repairs.push('tags');
  const words = Array.isArray(raw) ? raw.filter((tag): tag is string => typeof tag === 'string') : [];
  const distinct = new Set(words.map((tag) => tag.trim().toLowerCase()));
  return [...distinct].filter((tag) => tag && tag.length <= MAX_TAG_CHARS).slice(0, MAX_TAGS);
}

function mendComment(raw: unknown, repairs: Repair[]): string {
  if (raw === undefined) return '';
  if (typeof raw === 'string' && raw.length <= MAX_COMMENT_CHARS) return raw;
  repairs.push('comment');
  return typeof raw === 'string' ? raw.slice(0, MAX_COMMENT_CHARS) : '';
}

/**
 * A stored record as a note, mended where it can be; the site is derived from the address, and
 * fields a note does not have are dropped. A passage longer than today's limit is kept: it was
 * valid when saved, and cutting it would change the reader's note.
 */
export function mendStoredNote(raw: unknown): RecordVerdict {
  if (!isRecord(raw) || typeof raw.id !== 'string' || raw.id === '') return { setAside: 'not-a-note' };
  if (!isWebUrl(raw.articleUrl)) return { setAside: 'no-address' };
  const quote = raw.quote;
  if (!isRecord(quote) || typeof quote.exact !== 'string' || quote.exact.trim() === '') return { setAside: 'no-passage' };

  const repairs: Repair[] = [];
  const textOr = (value: unknown) => (typeof value === 'string' ? value : '');
  const context = boundedContext(textOr(quote.prefix), textOr(quote.suffix));
  // A missing prefix or suffix is how early builds wrote "none"; one that is not text, or too long, is mended.
  const contextMended =
    [quote.prefix, quote.suffix].some((value) => value !== undefined && typeof value !== 'string') ||
    context.prefix !== textOr(quote.prefix) ||
    context.suffix !== textOr(quote.suffix);
  if (contextMended) repairs.push('context');
  const note: Note = {
    id: raw.id,
    articleUrl: raw.articleUrl,
    site: siteOf(raw.articleUrl),
    quote: { exact: quote.exact, ...context },
    comment: mendComment(raw.comment, repairs),
    tags: mendTags(raw.tags, repairs),
    ...mendDates(raw, repairs),
  };
  const position = mend(() => checkPosition(raw.position, rejectValue), undefined, 'position', repairs);
  if (position) note.position = position;
  const category = mend(() => checkCategory(raw.category, rejectValue), undefined, 'category', repairs);
  if (category) note.category = category;
  return { note, repairs };
}
