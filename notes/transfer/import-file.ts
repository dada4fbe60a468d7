/**
 * Reading a notes file the reader chose. The whole file is checked before anything is written,
 * so a file cut short or edited by hand is refused as a whole with a sentence that says what is
 * wrong, instead of importing half of it. What a file may claim is not taken on trust: derived
 * fields (a note's site) are recomputed and page text is capped.
 */
import { i18n } from '#i18n';
import { CATEGORIES } from '../../detector/types.ts';
import { normalizeArticleUrl, siteOf } from '../../contract/article-url.ts';
import type { Article, Note, NotesExport } from '../../contract/note-model.ts';
import { cappedArticle, flagCountsFrom } from '../article-rows.ts';
import {
  checkCategory,
  checkComment,
  checkPosition,
  checkQuote,
  checkTags,
  checkTime,
  checkUrl,
  formatCount,
  isRecord,
  MAX_PASSAGE_CHARS,
  type Fail,
} from '../note-rules.ts';

export const NOTES_FORMAT: NotesExport['format'] = 'sourcelight-notes';
export const NOTES_FORMAT_VERSION: NotesExport['version'] = 1;
/** Characters, not bytes: about 50 MB for the JSON we write. Bigger is not a notes file, or is too big to read at once. */
export const MAX_IMPORT_CHARS = 50 * 1024 * 1024;
export const MAX_IMPORT_NOTES = 100_000;
/** Every note has an article, and an article without notes carries nothing: more articles than notes are not ours. */
export const MAX_IMPORT_ARTICLES = MAX_IMPORT_NOTES;
/** Ids are ours (UUIDs); a longer one is not from a Sourcelight export. */
const MAX_ID_CHARS = 200;

/** A file the reader chose that cannot be imported; the message is for the reader. */
export class ImportError extends Error {
  override name = 'ImportError';
}

export interface NotesFile {
  articles: Article[];
  notes: Note[];
  /** Ids of notes whose passage was longer than MAX_PASSAGE_CHARS (an export from before the limit) and was cut. */
  cutPassages: Set<string>;
}

function readEnvelope(text: string): { notes: unknown[]; articles: unknown[] } {
  if (text.length > MAX_IMPORT_CHARS) throw new ImportError(i18n.t('notes.import.tooLarge'));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ImportError(i18n.t('notes.import.notJson'));
  }
  if (!isRecord(data) || data.format !== NOTES_FORMAT) throw new ImportError(i18n.t('notes.import.notNotesFile'));
  if (data.version !== NOTES_FORMAT_VERSION) {
    const newer = typeof data.version === 'number' && data.version > NOTES_FORMAT_VERSION;
    throw new ImportError(i18n.t(newer ? 'notes.import.newerVersion' : 'notes.import.unknownVersion'));
  }
  if (!Array.isArray(data.notes) || !Array.isArray(data.articles)) throw new ImportError(i18n.t('notes.import.incomplete'));
  if (data.notes.length > MAX_IMPORT_NOTES) {
    throw new ImportError(i18n.t('notes.import.tooManyNotes', { limit: formatCount(MAX_IMPORT_NOTES) }));
  }
  if (data.articles.length > MAX_IMPORT_ARTICLES) {
    throw new ImportError(i18n.t('notes.import.tooManyArticles', { limit: formatCount(MAX_IMPORT_ARTICLES) }));
  }
  return { notes: data.notes, articles: data.articles };
}

/** The file's notes and articles, checked and in their stored form; throws ImportError. */
export function parseNotesFile(text: string): NotesFile {
  const envelope = readEnvelope(text);
  const articles = envelope.articles.map((raw, index) =>
    checkArticle(raw, (problem) => {
      throw new ImportError(problem(i18n.t('notes.subject.article', { number: index + 1 })));
    }),
  );
  const cutPassages = new Set<string>();
  const notes = envelope.notes.map((raw, index) => {
    const note = checkNote(raw, (problem) => {
      throw new ImportError(problem(i18n.t('notes.subject.note', { number: index + 1 })));
    });
    const original = (raw as { quote: { exact: string } }).quote.exact;
    if (original.length > MAX_PASSAGE_CHARS) cutPassages.add(note.id);
    return note;
  });
  return { articles, notes, cutPassages };
}

/** Only the fields a note has: anything else in the file is dropped, not stored; the site comes from the address. */
function checkNote(raw: unknown, fail: Fail): Note {
  if (!isRecord(raw)) fail((subject) => i18n.t('notes.problem.notANote', { subject }));
  const record = raw as Record<string, unknown>;
  const { id } = record;
  if (typeof id !== 'string' || id.trim() === '' || id.length > MAX_ID_CHARS) {
    fail((subject) => i18n.t('notes.problem.noId', { subject }));
  }
  const articleUrl = normalizeArticleUrl(checkUrl(record.articleUrl, fail));
  const note: Note = {
    id: id as string,
    articleUrl,
    site: siteOf(articleUrl),
    quote: checkQuote(record.quote, fail, true),
    comment: checkComment(record.comment, fail),
    tags: checkTags(record.tags, fail),
    createdAt: checkTime(record.createdAt, (subject) => i18n.t('notes.problem.noCreatedAt', { subject }), fail),
    updatedAt: checkTime(record.updatedAt, (subject) => i18n.t('notes.problem.noUpdatedAt', { subject }), fail),
  };
  const position = checkPosition(record.position, fail);
  if (position) note.position = position;
  const category = checkCategory(record.category, fail);
  if (category) note.category = category;
  return note;
}

function checkTextFields(record: Record<string, unknown>, fail: Fail): void {
  for (const field of ['title', 'site', 'outlet', 'byline', 'publishedAt']) {
    const value = record[field];
    if (value !== undefined && typeof value !== 'string') {
      fail((subject) => i18n.t('notes.problem.fieldNotText', { subject, field }));
    }
  }
}

function checkFlagCounts(raw: unknown, fail: Fail): void {
  if (raw === undefined) return;
  if (!isRecord(raw)) fail((subject) => i18n.t('notes.problem.flagCountsNotNumbers', { subject }));
  for (const category of CATEGORIES) {
    const value = (raw as Record<string, unknown>)[category];
    if (value !== undefined && (!Number.isSafeInteger(value) || (value as number) < 0)) {
      fail((subject) => i18n.t('notes.problem.flagCountNotNumber', { subject, category }));
    }
  }
}

/** An article as stored: text fields capped (a title is a line, not a book), times checked. */
function checkArticle(raw: unknown, fail: Fail): Article {
  if (!isRecord(raw)) fail((subject) => i18n.t('notes.problem.notAnArticle', { subject }));
  const record = raw as Record<string, unknown>;
  const url = normalizeArticleUrl(checkUrl(record.url, fail));
  checkTextFields(record, fail);
  checkFlagCounts(record.flagCounts, fail);
  const text = cappedArticle(record);
  const article: Article = {
    url,
    title: text.title,
    site: text.site || siteOf(url),
    byline: text.byline,
    firstSeen: checkTime(record.firstSeen, (subject) => i18n.t('notes.problem.noFirstSeen', { subject }), fail),
    lastSeen: checkTime(record.lastSeen, (subject) => i18n.t('notes.problem.noLastSeen', { subject }), fail),
    flagCounts: flagCountsFrom((record.flagCounts ?? {}) as Record<string, unknown>),
  };
  if (text.publishedAt) article.publishedAt = text.publishedAt;
  if (text.outlet) article.outlet = text.outlet;
  return article;
}
