/**
 * The notes store over Dexie: every read and write of notes and articles goes through here.
 * Rules for what a note may hold are in note-rules.ts, the file format in import-file.ts, the
 * Markdown in markdown.ts; this file decides what is read and written, in which transaction.
 */
import Dexie, { type Collection, type InsertType } from 'dexie';
import { normalizeHostname } from '../shared/settings.ts';
import { CATEGORIES, type Category } from '../detector/types.ts';
import { normalizeArticleUrl, siteOf } from '../shared/article-url.ts';
import { fromStoredNote, NO_CATEGORY, toStoredNote, type NotesDb, type StoredNote } from './db.ts';
import { NOTES_FORMAT, NOTES_FORMAT_VERSION, parseNotesFile } from './import-file.ts';
import { notesToMarkdown } from './markdown.ts';
import type {
  Article,
  ArticleDraft,
  ImportSummary,
  Note,
  NoteDraft,
  NoteFacets,
  NotePage,
  NotePatch,
  NoteQuery,
  NotesExport,
  NotesRepository,
} from '../shared/note-model.ts';
import {
  checkCategory,
  checkComment,
  checkPosition,
  checkQuote,
  checkTags,
  checkUrl,
  MAX_TAGS,
  type Fail,
} from './note-rules.ts';
import { queryWords } from './search-words.ts';

// Part of this module's API: the popup catches it to show the reader its message.
export { ImportError } from './import-file.ts';

export const DEFAULT_QUERY_LIMIT = 50;
/**
 * Up to this many matches, a search reads the notes and sorts them by date in memory; beyond
 * it, it takes the page from the date index and reads only the page's notes.
 */
export const MAX_NOTES_TO_SORT = 500;
/** A search condition matching more notes than this is checked on records, not read as an id list. */
export const BROAD_CONDITION = 2000;
/** Records per read when walking the notes newest first; doubles up to WALK_CHUNK_MAX. */
const WALK_CHUNK = 200;
const WALK_CHUNK_MAX = 3200;

export const NOTE_NOT_FOUND = 'Note not found';
export const QUOTA_MESSAGE = 'Your browser refused to store more notes: the disk or its quota is full.';

/** The newest-first index: −createdAt, then id, so every key is distinct (see db.ts). */
const NEWEST = '[newestFirst+id]';

/** Notes newest first, from just after the index key `after` (from the newest when null). */
function newestAfter(db: NotesDb, after: [number, string] | null): Collection<StoredNote, string, InsertType<StoredNote, 'id'>> {
  return after ? db.notes.where(NEWEST).above(after) : db.notes.orderBy(NEWEST);
}

/**
 * Reads notes newest first, a chunk at a time (one getAll each), until `wanted` of them pass
 * `keep` or the notes run out. Each chunk starts after the last key read.
 */
async function walkNewest(
  db: NotesDb,
  keep: (note: StoredNote) => boolean,
  wanted: number,
): Promise<{ found: StoredNote[]; complete: boolean }> {
  const found: StoredNote[] = [];
  let chunk = WALK_CHUNK;
  let after: [number, string] | null = null;
  for (;;) {
    const rows: StoredNote[] = await newestAfter(db, after).limit(chunk).toArray();
    for (const note of rows) {
      if (!keep(note)) continue;
      found.push(note);
      if (found.length >= wanted) return { found, complete: false };
    }
    if (rows.length < chunk) return { found, complete: true };
    const last: StoredNote = rows[rows.length - 1]!;
    after = [last.newestFirst, last.id];
    chunk = Math.min(chunk * 2, WALK_CHUNK_MAX);
  }
}

/** Ids per read when walking the newest-first index by key; doubles up to KEY_CHUNK_MAX. */
const KEY_CHUNK = 500;
const KEY_CHUNK_MAX = 8000;

/**
 * Ids newest first, a chunk at a time (one getAllKeys each), until `wanted` pass `keep`: for a
 * search whose matching ids are known, this reads no records but the page's. A chunk continues
 * after the last id's index key, which one `get` tells.
 */
async function walkNewestIds(db: NotesDb, keep: (id: string) => boolean, wanted: number): Promise<string[]> {
  const found: string[] = [];
  let chunk = KEY_CHUNK;
  let after: [number, string] | null = null;
  for (;;) {
    const ids = (await newestAfter(db, after).limit(chunk).primaryKeys()) as string[];
    for (const id of ids) {
      if (!keep(id)) continue;
      found.push(id);
      if (found.length >= wanted) return found;
    }
    const lastId = ids[ids.length - 1];
    const last = ids.length === chunk && lastId !== undefined ? await db.notes.get(lastId) : undefined;
    if (!last) return found;
    after = [last.newestFirst, last.id];
    chunk = Math.min(chunk * 2, KEY_CHUNK_MAX);
  }
}

export interface NotesRepositoryOptions {
  now?: () => number;
  newId?: () => string;
  /** Overrides BROAD_CONDITION (tests reach the broad-search path with a small store). */
  broadCondition?: number;
}

const failNote: Fail = (problem) => {
  throw new Error(`This note ${problem}.`);
};

const wholeNumber = (value: number | undefined, fallback: number) =>
  value !== undefined && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : fallback;

/** Two saves of one passage: same article, same words, same place in the page. */
const passageKey = (note: Pick<Note, 'articleUrl' | 'quote' | 'position'>) =>
  `${note.articleUrl}\u0000${note.position?.start ?? ''}\u0000${note.quote.exact}`;

/** Newest first; the id breaks ties the way the newestFirst index does, so pages never overlap. */
const byNewest = (a: Note, b: Note) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Page order: by position, notes without one after those with one, then by age. */
const pageOrder = (a: Note, b: Note) =>
  (a.position?.start ?? Infinity) - (b.position?.start ?? Infinity) || a.createdAt - b.createdAt;

const emptyFlagCounts = (): Record<Category, number> =>
  Object.fromEntries(CATEGORIES.map((category) => [category, 0])) as Record<Category, number>;

function flagCountsFrom(draft: Partial<Record<Category, number>>): Record<Category, number> {
  const counts = emptyFlagCounts();
  for (const category of CATEGORIES) {
    const value = draft[category];
    if (Number.isSafeInteger(value) && (value as number) >= 0) counts[category] = value as number;
  }
  return counts;
}

/** The article row after a visit: what the page says now wins, what it leaves out is kept. */
function visitedArticle(url: string, existing: Article | undefined, draft: ArticleDraft | undefined, now: number): Article {
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const article: Article = {
    url,
    title: text(draft?.title) || existing?.title || '',
    site: text(draft?.site) || existing?.site || siteOf(url),
    byline: text(draft?.byline) || existing?.byline || '',
    firstSeen: existing?.firstSeen ?? now,
    lastSeen: now,
    flagCounts: draft?.flagCounts ? flagCountsFrom(draft.flagCounts) : (existing?.flagCounts ?? emptyFlagCounts()),
  };
  const publishedAt = text(draft?.publishedAt) || existing?.publishedAt;
  if (publishedAt) article.publishedAt = publishedAt;
  return article;
}

/** An imported article merged into the stored one: the more recent visit's details win. */
function mergedArticle(existing: Article, incoming: Article): Article {
  const newer = incoming.lastSeen > existing.lastSeen ? incoming : existing;
  const older = newer === incoming ? existing : incoming;
  const merged: Article = {
    url: existing.url,
    title: newer.title || older.title,
    site: newer.site || older.site,
    byline: newer.byline || older.byline,
    firstSeen: Math.min(existing.firstSeen, incoming.firstSeen),
    lastSeen: Math.max(existing.lastSeen, incoming.lastSeen),
    flagCounts: newer.flagCounts,
  };
  const publishedAt = newer.publishedAt || older.publishedAt;
  if (publishedAt) merged.publishedAt = publishedAt;
  return merged;
}

const sameArticle = (a: Article, b: Article) => JSON.stringify(a) === JSON.stringify(b);

function errorNames(error: unknown): string[] {
  const names: string[] = [];
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    names.push(current.name);
    current = (current as Error & { inner?: unknown }).inner ?? current.cause;
  }
  return names;
}

/**
 * Storage failures in words a reader can act on. Our own errors (validation, not found,
 * ImportError) pass through unchanged; IndexedDB and Dexie errors are recognised by name.
 */
function readableError(error: unknown): unknown {
  const names = errorNames(error);
  if (names.includes('QuotaExceededError')) return new Error(QUOTA_MESSAGE, { cause: error });
  if (error instanceof Dexie.DexieError || (typeof DOMException !== 'undefined' && error instanceof DOMException)) {
    return new Error(`Your notes could not be read or saved (${names[0]}). Closing and reopening the browser usually helps.`, {
      cause: error,
    });
  }
  return error;
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw readableError(error);
  }
}

export function createNotesRepository(db: NotesDb, options: NotesRepositoryOptions = {}): NotesRepository {
  const now = options.now ?? Date.now;
  const newId = options.newId ?? (() => crypto.randomUUID());
  const broadCondition = options.broadCondition ?? BROAD_CONDITION;

  async function save(draft: NoteDraft): Promise<Note> {
    const articleUrl = normalizeArticleUrl(checkUrl(draft.articleUrl, failNote));
    const quote = checkQuote(draft.quote, failNote);
    const position = checkPosition(draft.position, failNote);
    const category = checkCategory(draft.category, failNote);
    const comment = checkComment(draft.comment, failNote);
    const tags = checkTags(draft.tags, failNote);
    return guarded(() =>
      db.transaction('rw', db.notes, db.articles, async () => {
        const time = now();
        await db.articles.put(visitedArticle(articleUrl, await db.articles.get(articleUrl), draft.article, time));
        const key = passageKey({ articleUrl, quote, position });
        const existing = (await db.notes.where('articleUrl').equals(articleUrl).toArray()).find(
          (note) => passageKey(note) === key,
        );
        if (existing) {
          const merged = [...new Set([...existing.tags, ...tags])];
          if (merged.length > MAX_TAGS) failNote(`would have more than ${MAX_TAGS} tags`);
          const note: Note = { ...fromStoredNote(existing), comment: comment || existing.comment, tags: merged, updatedAt: time };
          if (!note.category && category) note.category = category;
          await db.notes.put(toStoredNote(note));
          return note;
        }
        const note: Note = {
          id: newId(),
          articleUrl,
          site: siteOf(articleUrl),
          quote,
          comment,
          tags,
          createdAt: time,
          updatedAt: time,
        };
        if (position) note.position = position;
        if (category) note.category = category;
        await db.notes.add(toStoredNote(note));
        return note;
      }),
    );
  }

  async function update(id: string, patch: NotePatch): Promise<Note> {
    const comment = patch.comment === undefined ? undefined : checkComment(patch.comment, failNote);
    const tags = patch.tags === undefined ? undefined : checkTags(patch.tags, failNote);
    return guarded(() =>
      db.transaction('rw', db.notes, async () => {
        const stored = await db.notes.get(id);
        if (!stored) throw new Error(NOTE_NOT_FOUND);
        const note: Note = { ...fromStoredNote(stored), updatedAt: now() };
        if (comment !== undefined) note.comment = comment;
        if (tags !== undefined) note.tags = tags;
        await db.notes.put(toStoredNote(note));
        return note;
      }),
    );
  }

  async function remove(id: string): Promise<Note> {
    return guarded(() =>
      db.transaction('rw', db.notes, async () => {
        const stored = await db.notes.get(id);
        if (!stored) throw new Error(NOTE_NOT_FOUND);
        await db.notes.delete(id);
        return fromStoredNote(stored);
      }),
    );
  }

  async function query(q: NoteQuery): Promise<NotePage> {
    const offset = wholeNumber(q.offset, 0);
    const limit = wholeNumber(q.limit, DEFAULT_QUERY_LIMIT);
    const words = queryWords(q.text ?? '');
    const tag = q.tag?.trim().toLowerCase() || undefined;
    const site = q.site ? normalizeHostname(q.site) || undefined : undefined;
    // 'none' is stored as NO_CATEGORY: a missing value would not be in the index.
    const category = q.category === 'none' ? NO_CATEGORY : q.category;

    // One read transaction, so the total and the page describe the same moment.
    return guarded(() =>
      db.transaction('r', db.notes, async () => {
        if (words.length === 0 && !tag && !site && !category) {
          // The common case, the Notes tab opening: one index walk that stops after the page.
          const [rows, total] = await Promise.all([
            db.notes.orderBy(NEWEST).offset(offset).limit(limit).toArray(),
            db.notes.count(),
          ]);
          return { notes: rows.map(fromStoredNote), total };
        }
        const conditions = [
          // A one-letter word matches itself only: as a prefix it would match nearly every note.
          ...words.map((word) =>
            word.length === 1 ? db.notes.where('words').equals(word) : db.notes.where('words').startsWith(word),
          ),
          ...(tag ? [db.notes.where('tags').equals(tag)] : []),
          ...(site ? [db.notes.where('site').equals(site)] : []),
          ...(category ? [db.notes.where('categoryKey').equals(category)] : []),
        ];
        const matches = (note: StoredNote) =>
          words.every((word) => note.words.some((each) => (word.length === 1 ? each === word : each.startsWith(word)))) &&
          (!tag || note.tags.includes(tag)) &&
          (!site || note.site === site) &&
          (!category || note.categoryKey === category);

        // Each condition's note ids, read up to BROAD_CONDITION: reading keys costs time per key
        // (a round trip's worth in Chrome), so a condition nearly every note meets is never read
        // whole; it is checked on the records instead.
        const keyLists = await Promise.all(conditions.map((collection) => collection.limit(broadCondition + 1).primaryKeys()));
        let candidates: Set<string> | undefined;
        let broad = false;
        for (const keys of keyLists) {
          if (keys.length > broadCondition) {
            broad = true;
            continue;
          }
          const before = candidates;
          // A note with "deal" and "dealer" is listed twice under "deal": the Set keeps one.
          candidates = before ? new Set((keys as string[]).filter((id) => before.has(id))) : new Set(keys as string[]);
        }

        if (candidates && candidates.size <= MAX_NOTES_TO_SORT) {
          const rows = (await db.notes.bulkGet([...candidates])).filter(
            (note) => note !== undefined && matches(note),
          ) as StoredNote[];
          const sorted = rows.map(fromStoredNote).sort(byNewest);
          return { notes: sorted.slice(offset, offset + limit), total: sorted.length };
        }
        const known = candidates;
        if (known && !broad) {
          // Every condition was read whole: the total is exact, and the page comes from a walk.
          const ids = await walkNewestIds(db, (id) => known.has(id), offset + limit);
          const rows = (await db.notes.bulkGet(ids.slice(offset))).filter((note) => note !== undefined) as StoredNote[];
          return { notes: rows.map(fromStoredNote), total: known.size };
        }
        const keep = known ? (note: StoredNote) => known.has(note.id) && matches(note) : matches;
        const { found, complete } = await walkNewest(db, keep, offset + limit + 1);
        const page = found.slice(offset, offset + limit).map(fromStoredNote);
        return complete ? { notes: page, total: found.length } : { notes: page, total: found.length, totalIsLowerBound: true };
      }),
    );
  }

  async function facets(): Promise<NoteFacets> {
    return guarded(async () => {
      const [tags, sites] = await Promise.all([db.notes.orderBy('tags').uniqueKeys(), db.notes.orderBy('site').uniqueKeys()]);
      return {
        tags: (tags as string[]).sort(),
        sites: (sites as string[]).filter(Boolean).sort(),
      };
    });
  }

  async function exportJson(): Promise<NotesExport> {
    return guarded(() =>
      db.transaction('r', db.notes, db.articles, async () => {
        const [notes, articles] = await Promise.all([db.notes.orderBy('createdAt').toArray(), db.articles.toArray()]);
        articles.sort((a, b) => a.firstSeen - b.firstSeen || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
        return {
          format: NOTES_FORMAT,
          version: NOTES_FORMAT_VERSION,
          exportedAt: new Date(now()).toISOString(),
          articles,
          notes: notes.map(fromStoredNote),
        };
      }),
    );
  }

  async function exportMarkdown(): Promise<string> {
    const data = await exportJson();
    return notesToMarkdown(data.articles, data.notes, data.exportedAt);
  }

  async function importJson(text: string): Promise<ImportSummary> {
    // Everything is checked before the transaction starts: a bad file writes nothing.
    const file = parseNotesFile(text);
    return guarded(() =>
      db.transaction('rw', db.notes, db.articles, async () => {
        const urls = [...new Set([...file.articles.map((a) => a.url), ...file.notes.map((n) => n.articleUrl)])];
        const [storedArticles, storedById, storedOnPages] = await Promise.all([
          db.articles.bulkGet(urls),
          db.notes.bulkGet(file.notes.map((note) => note.id)),
          db.notes.where('articleUrl').anyOf(urls).toArray(),
        ]);
        const knownIds = new Set(storedById.filter((note) => note !== undefined).map((note) => note.id));
        const knownPassages = new Set(storedOnPages.map(passageKey));
        const added: Note[] = [];
        for (const note of file.notes) {
          const key = passageKey(note);
          if (knownIds.has(note.id) || knownPassages.has(key)) continue;
          // The file may repeat itself; the first copy wins.
          knownIds.add(note.id);
          knownPassages.add(key);
          added.push(note);
        }

        const articles = new Map(urls.map((url, index) => [url, storedArticles[index]]));
        const writes = new Map<string, Article>();
        let newArticles = 0;
        for (const incoming of file.articles) {
          const current = writes.get(incoming.url) ?? articles.get(incoming.url);
          const next = current ? mergedArticle(current, incoming) : incoming;
          if (!current) newArticles++;
          if (!current || !sameArticle(current, next)) writes.set(incoming.url, next);
          articles.set(incoming.url, next);
        }
        // A note whose article the file left out still gets a row, so exports can group it.
        for (const note of added) {
          if (articles.get(note.articleUrl)) continue;
          const article: Article = {
            url: note.articleUrl,
            title: '',
            site: note.site,
            byline: '',
            firstSeen: note.createdAt,
            lastSeen: note.createdAt,
            flagCounts: emptyFlagCounts(),
          };
          articles.set(note.articleUrl, article);
          writes.set(note.articleUrl, article);
          newArticles++;
        }

        await db.articles.bulkPut([...writes.values()]);
        await db.notes.bulkAdd(added.map(toStoredNote));
        return { added: added.length, skipped: file.notes.length - added.length, articles: newArticles };
      }),
    );
  }

  return {
    save,
    update,
    remove,
    async restore(note) {
      await guarded(() => db.notes.put(toStoredNote(note)));
    },
    async get(id) {
      return guarded(async () => {
        const stored = await db.notes.get(id);
        return stored && fromStoredNote(stored);
      });
    },
    async forPage(url) {
      return guarded(async () => {
        const notes = await db.notes.where('articleUrl').equals(normalizeArticleUrl(url)).toArray();
        return notes.map(fromStoredNote).sort(pageOrder);
      });
    },
    query,
    facets,
    async article(url) {
      return guarded(() => db.articles.get(normalizeArticleUrl(url)));
    },
    async count() {
      return guarded(() => db.notes.count());
    },
    exportJson,
    exportMarkdown,
    importJson,
  };
}
