/**
 * The Notes tab's search: words as prefixes over the `words` index, tag, site and category
 * filters, newest first, a page at a time with the total. Dexie reads only, in one read
 * transaction, so it works inside liveQuery and the total and the page describe one moment.
 */
import type { NoteQuery, NotePage } from '../contract/note-model.ts';
import { normalizeHostname } from '../contract/settings.ts';
import type { NotesDb } from './db.ts';
import { walkNewest, walkNewestIds } from './newest-walk.ts';
import { queryWords } from './search-words.ts';
import { byNewest, fromStoredNote, NEWEST_INDEX, NO_CATEGORY, type StoredNote } from './stored-note.ts';

export const DEFAULT_QUERY_LIMIT = 50;
/**
 * Up to this many matches, a search reads the notes and sorts them by date in memory; beyond
 * it, it takes the page from the date index and reads only the page's notes.
 */
export const MAX_NOTES_TO_SORT = 500;
/** A search condition matching more notes than this is checked on records, not read as an id list. */
export const BROAD_CONDITION = 2000;

interface Search {
  offset: number;
  limit: number;
  words: string[];
  tag: string | undefined;
  site: string | undefined;
  /** A category, or NO_CATEGORY. */
  category: string | undefined;
}

const wholeNumber = (value: number | undefined, fallback: number) =>
  value !== undefined && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : fallback;

function readQuery(q: NoteQuery): Search {
  return {
    offset: wholeNumber(q.offset, 0),
    limit: wholeNumber(q.limit, DEFAULT_QUERY_LIMIT),
    words: queryWords(q.text ?? ''),
    tag: q.tag?.trim().toLowerCase() || undefined,
    site: q.site ? normalizeHostname(q.site) || undefined : undefined,
    // 'none' is stored as NO_CATEGORY: a missing value would not be in the index.
    category: q.category === 'none' ? NO_CATEGORY : q.category,
  };
}

// A one-letter word matches itself only: as a prefix it would match nearly every note.
const wordMatches = (word: string, each: string) => (word.length === 1 ? each === word : each.startsWith(word));

function matcher(search: Search): (note: StoredNote) => boolean {
  const { words, tag, site, category } = search;
  return (note) =>
    words.every((word) => note.words.some((each) => wordMatches(word, each))) &&
    (!tag || note.tags.includes(tag)) &&
    (!site || note.site === site) &&
    (!category || note.categoryKey === category);
}

function conditions(db: NotesDb, { words, tag, site, category }: Search) {
  return [
    ...words.map((word) => (word.length === 1 ? db.notes.where('words').equals(word) : db.notes.where('words').startsWith(word))),
    ...(tag ? [db.notes.where('tags').equals(tag)] : []),
    ...(site ? [db.notes.where('site').equals(site)] : []),
    ...(category ? [db.notes.where('categoryKey').equals(category)] : []),
  ];
}

/**
 * The ids every narrow condition allows (undefined when none is narrow), and whether some
 * condition was too broad to read as ids: reading keys costs time per key (a round trip's
 * worth in Chrome), so a condition nearly every note meets is checked on the records instead.
 */
async function candidateIds(
  db: NotesDb,
  search: Search,
  broadCondition: number,
): Promise<{ candidates: Set<string> | undefined; broad: boolean }> {
  const keyLists = await Promise.all(conditions(db, search).map((each) => each.limit(broadCondition + 1).primaryKeys()));
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
  return { candidates, broad };
}

async function filteredPage(db: NotesDb, search: Search, broadCondition: number): Promise<NotePage> {
  const { offset, limit } = search;
  const matches = matcher(search);
  const { candidates, broad } = await candidateIds(db, search, broadCondition);
  if (candidates && candidates.size <= MAX_NOTES_TO_SORT) {
    const rows = (await db.notes.bulkGet([...candidates])).filter(
      (note): note is StoredNote => note !== undefined && matches(note),
    );
    const sorted = rows.map(fromStoredNote).sort(byNewest);
    return { notes: sorted.slice(offset, offset + limit), total: sorted.length };
  }
  if (candidates && !broad) {
    // Every condition was read whole: the total is exact, and the page comes from a walk.
    const ids = await walkNewestIds(db, (id) => candidates.has(id), offset + limit);
    const rows = (await db.notes.bulkGet(ids.slice(offset))).filter((note): note is StoredNote => note !== undefined);
    return { notes: rows.map(fromStoredNote), total: candidates.size };
  }
  const keep = candidates ? (note: StoredNote) => candidates.has(note.id) && matches(note) : matches;
  const { found, complete } = await walkNewest(db, keep, offset + limit + 1);
  const page = found.slice(offset, offset + limit).map(fromStoredNote);
  return complete ? { notes: page, total: found.length } : { notes: page, total: found.length, totalIsLowerBound: true };
}

export function searchNotes(db: NotesDb, q: NoteQuery, broadCondition = BROAD_CONDITION): Promise<NotePage> {
  const search = readQuery(q);
  return db.transaction('r', db.notes, async () => {
    if (search.words.length === 0 && !search.tag && !search.site && !search.category) {
      // The common case, the Notes tab opening: one index walk that stops after the page.
      const [rows, total] = await Promise.all([
        db.notes.orderBy(NEWEST_INDEX).offset(search.offset).limit(search.limit).toArray(),
        db.notes.count(),
      ]);
      return { notes: rows.map(fromStoredNote), total };
    }
    return filteredPage(db, search, broadCondition);
  });
}
