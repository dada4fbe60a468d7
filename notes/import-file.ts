/**
 * Reading a notes file the reader chose. The whole file is checked before anything is written,
 * so a file cut short or edited by hand is refused as a whole with a sentence that says what is
 * wrong, instead of importing half of it.
 */
import { CATEGORIES, type Category } from '../detector/types.ts';
import { normalizeArticleUrl, siteOf } from '../shared/article-url.ts';
import type { Article, Note, NotesExport } from '../shared/note-model.ts';
import {
  checkCategory,
  checkComment,
  checkPosition,
  checkQuote,
  checkTags,
  checkTime,
  checkUrl,
  isRecord,
  type Fail,
} from './note-rules.ts';

export const NOTES_FORMAT: NotesExport['format'] = 'sourcelight-notes';
export const NOTES_FORMAT_VERSION: NotesExport['version'] = 1;
/** Characters, not bytes: about 50 MB for the JSON we write. Bigger is not a notes file, or is too big to read at once. */
export const MAX_IMPORT_CHARS = 50 * 1024 * 1024;
export const MAX_IMPORT_NOTES = 100_000;
/** Ids are ours (UUIDs); a longer one is not from a Sourcelight export. */
const MAX_ID_CHARS = 200;

/** A file the reader chose that cannot be imported; the message is for the reader. */
export class ImportError extends Error {
  override name = 'ImportError';
}

export interface NotesFile {
  articles: Article[];
  notes: Note[];
}

/** The file's notes and articles, checked and in their stored form; throws ImportError. */
export function parseNotesFile(text: string): NotesFile {
  if (text.length > MAX_IMPORT_CHARS) {
    throw new ImportError('This file is larger than 50 MB, more than a Sourcelight notes file can be.');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ImportError('Not a Sourcelight notes file: it is not JSON.');
  }
  if (!isRecord(data) || data.format !== NOTES_FORMAT) throw new ImportError('Not a Sourcelight notes file.');
  if (data.version !== NOTES_FORMAT_VERSION) {
    throw new ImportError(
      typeof data.version === 'number' && data.version > NOTES_FORMAT_VERSION
        ? 'This notes file comes from a newer Sourcelight. Update Sourcelight, then import it again.'
        : 'This notes file has a version Sourcelight does not know.',
    );
  }
  if (!Array.isArray(data.notes) || !Array.isArray(data.articles)) {
    throw new ImportError('This notes file is incomplete: it has no list of notes or of articles.');
  }
  if (data.notes.length > MAX_IMPORT_NOTES) {
    throw new ImportError(
      `This file holds more than ${MAX_IMPORT_NOTES.toLocaleString('en')} notes, more than Sourcelight imports at once.`,
    );
  }
  const articles = data.articles.map((raw, index) =>
    checkArticle(raw, (problem) => {
      throw new ImportError(`Article ${index + 1} ${problem}.`);
    }),
  );
  const notes = data.notes.map((raw, index) =>
    checkNote(raw, (problem) => {
      throw new ImportError(`Note ${index + 1} ${problem}.`);
    }),
  );
  return { articles, notes };
}

/** Only the fields a note has: anything else in the file is dropped, not stored. */
function checkNote(raw: unknown, fail: Fail): Note {
  if (!isRecord(raw)) fail('is not a note');
  const record = raw as Record<string, unknown>;
  const { id } = record;
  if (typeof id !== 'string' || id.trim() === '' || id.length > MAX_ID_CHARS) fail('has no id');
  const articleUrl = normalizeArticleUrl(checkUrl(record.articleUrl, fail));
  if (record.site !== undefined && typeof record.site !== 'string') fail('has a site that is not text');
  const note: Note = {
    id: id as string,
    articleUrl,
    site: (record.site as string | undefined) || siteOf(articleUrl),
    quote: checkQuote(record.quote, fail),
    comment: checkComment(record.comment, fail),
    tags: checkTags(record.tags, fail),
    createdAt: checkTime(record.createdAt, 'date of creation', fail),
    updatedAt: checkTime(record.updatedAt, 'date of change', fail),
  };
  const position = checkPosition(record.position, fail);
  if (position) note.position = position;
  const category = checkCategory(record.category, fail);
  if (category) note.category = category;
  return note;
}

function optionalText(record: Record<string, unknown>, field: string, fail: Fail): string {
  const value = record[field];
  if (value === undefined) return '';
  if (typeof value !== 'string') fail(`has a ${field} that is not text`);
  return value as string;
}

function checkFlagCounts(raw: unknown, fail: Fail): Record<Category, number> {
  if (raw !== undefined && !isRecord(raw)) fail('has flag counts that are not numbers');
  const source = (raw ?? {}) as Record<string, unknown>;
  const counts = {} as Record<Category, number>;
  for (const category of CATEGORIES) {
    const value = source[category] ?? 0;
    if (!Number.isSafeInteger(value) || (value as number) < 0) fail(`has a ${category} flag count that is not a number`);
    counts[category] = value as number;
  }
  return counts;
}

function checkArticle(raw: unknown, fail: Fail): Article {
  if (!isRecord(raw)) fail('is not an article');
  const record = raw as Record<string, unknown>;
  const url = normalizeArticleUrl(checkUrl(record.url, fail));
  const article: Article = {
    url,
    title: optionalText(record, 'title', fail),
    site: optionalText(record, 'site', fail) || siteOf(url),
    byline: optionalText(record, 'byline', fail),
    firstSeen: checkTime(record.firstSeen, 'date first seen', fail),
    lastSeen: checkTime(record.lastSeen, 'date last seen', fail),
    flagCounts: checkFlagCounts(record.flagCounts, fail),
  };
  if (record.publishedAt !== undefined) article.publishedAt = optionalText(record, 'publishedAt', fail);
  return article;
}
