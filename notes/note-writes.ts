/**
 * Saving, editing, deleting and restoring notes, each in one transaction: a failed write
 * leaves nothing half-written. What a note may hold is decided in note-rules.ts.
 */
import { i18n } from '#i18n';
import { normalizeArticleUrl, siteOf } from '../contract/article-url.ts';
import type { Note, NoteDraft, NotePatch, SaveResult } from '../contract/note-model.ts';
import { visitedArticle } from './article-rows.ts';
import type { NotesDb } from './db.ts';
import {
  checkCategory,
  checkComment,
  checkNewNoteId,
  checkPosition,
  checkQuote,
  checkTags,
  checkUrl,
  MAX_TAGS,
  type Fail,
} from './note-rules.ts';
import { noteNotFoundMessage } from './storage-errors.ts';
import { fromStoredNote, passageKey, toStoredNote } from './stored-note.ts';

export interface WriteContext {
  db: NotesDb;
  now: () => number;
  newId: () => string;
}

const failNote: Fail = (problem) => {
  throw new Error(problem(i18n.t('notes.subject.thisNote')));
};

/** The draft's fields, checked: throws the reader's sentence before any transaction starts. */
function checkedDraft(draft: NoteDraft) {
  return {
    id: checkNewNoteId(draft.id, failNote),
    articleUrl: normalizeArticleUrl(checkUrl(draft.articleUrl, failNote)),
    quote: checkQuote(draft.quote, failNote),
    position: checkPosition(draft.position, failNote),
    category: checkCategory(draft.category, failNote),
    comment: checkComment(draft.comment, failNote),
    tags: checkTags(draft.tags, failNote),
  };
}

/**
 * Saves a passage and its article's details. The same passage of the same article saved again
 * is the same note: the new comment and tags are merged in, and `created` is false. A draft
 * with the id of a note already stored is that save arriving again (its answer was lost): it
 * changes nothing and answers as the first did.
 */
export async function saveDraft({ db, now, newId }: WriteContext, draft: NoteDraft): Promise<SaveResult> {
  const { id, articleUrl, quote, position, category, comment, tags } = checkedDraft(draft);
  return db.transaction('rw', db.notes, db.articles, async () => {
    const stored = id === undefined ? undefined : await db.notes.get(id);
    if (stored) {
      const same = stored.articleUrl === articleUrl && stored.quote.exact === quote.exact;
      if (!same) failNote((subject) => i18n.t('notes.problem.idTaken', { subject }));
      return { note: fromStoredNote(stored), created: true };
    }
    const time = now();
    await db.articles.put(visitedArticle(articleUrl, await db.articles.get(articleUrl), draft.article, time));
    const key = passageKey({ articleUrl, quote, position });
    const onPage = await db.notes.where('articleUrl').equals(articleUrl).toArray();
    const existing = onPage.find((note) => passageKey(note) === key);
    if (existing) {
      const merged = [...new Set([...existing.tags, ...tags])];
      if (merged.length > MAX_TAGS)
        failNote((subject) => i18n.t('notes.problem.tooManyTagsMerged', { subject, limit: MAX_TAGS }));
      const note: Note = { ...fromStoredNote(existing), comment: comment || existing.comment, tags: merged, updatedAt: time };
      if (!note.category && category) note.category = category;
      await db.notes.put(toStoredNote(note));
      return { note, created: false };
    }
    const note: Note = {
      id: id ?? newId(),
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
    return { note, created: true };
  });
}

export async function updateNote({ db, now }: WriteContext, id: string, patch: NotePatch): Promise<Note> {
  const comment = patch.comment === undefined ? undefined : checkComment(patch.comment, failNote);
  const tags = patch.tags === undefined ? undefined : checkTags(patch.tags, failNote);
  return db.transaction('rw', db.notes, async () => {
    const stored = await db.notes.get(id);
    if (!stored) throw new Error(noteNotFoundMessage());
    const note: Note = { ...fromStoredNote(stored), updatedAt: now() };
    if (comment !== undefined) note.comment = comment;
    if (tags !== undefined) note.tags = tags;
    await db.notes.put(toStoredNote(note));
    return note;
  });
}

/** Deletes and returns the note, so the caller can offer undo. */
export async function removeNote({ db }: WriteContext, id: string): Promise<Note> {
  return db.transaction('rw', db.notes, async () => {
    const stored = await db.notes.get(id);
    if (!stored) throw new Error(noteNotFoundMessage());
    await db.notes.delete(id);
    return fromStoredNote(stored);
  });
}

/** Puts a deleted note back (undo); its derived fields are recomputed, not taken on trust. */
export async function restoreNote({ db }: WriteContext, note: Note): Promise<void> {
  await db.notes.put(toStoredNote(note));
}
