/**
 * What an import writes, decided before writing: which notes are new, which are already there,
 * which clash with a different note under the same id (the one already there is kept, and the
 * clash is counted, never dropped in silence), and which article rows to add or merge. Pure:
 * the caller reads the store and writes the plan in one transaction.
 */
import type { Article, ImportSummary, Note } from '../../contract/note-model.ts';
import { articleForNote, mergedArticle, sameArticle } from '../article-rows.ts';
import type { NotesFile } from './import-file.ts';
import { passageKey } from '../stored-note.ts';

/** What the store holds that the file touches. */
export interface StoreView {
  /** Stored notes under the file's ids. */
  byId: Map<string, Note>;
  /** Stored notes on the file's articles. */
  onPages: Note[];
  /** Stored article rows under the file's URLs. */
  articles: Map<string, Article | undefined>;
}

export interface ImportPlan {
  notes: Note[];
  articles: Article[];
  summary: Required<ImportSummary>;
}

/**
 * Same note: the same words on the same article. A copy whose comment or tags differ is the
 * same note edited elsewhere, and the reader's own copy is kept; one whose passage or article
 * differs is another note under the same id: a conflict.
 */
const samePassage = (a: Note, b: Note) => a.articleUrl === b.articleUrl && a.quote.exact === b.quote.exact;

function planNotes(file: NotesFile, store: StoreView) {
  const known = new Map(store.byId);
  const passages = new Set(store.onPages.map(passageKey));
  const added: Note[] = [];
  let conflicts = 0;
  for (const note of file.notes) {
    const holder = known.get(note.id);
    if (holder) {
      if (!samePassage(holder, note)) conflicts++;
      continue;
    }
    const key = passageKey(note);
    if (passages.has(key)) continue;
    // The file may repeat itself; the first copy wins, and a different one under its id is a conflict.
    known.set(note.id, note);
    passages.add(key);
    added.push(note);
  }
  return { added, conflicts };
}

/**
 * Article rows: the file's, merged into the stored ones, for the articles that hold a note
 * (an article without notes carries nothing, and a file of them would only fill the disk);
 * and a bare row for a new note whose article the file left out.
 */
function planArticles(file: NotesFile, store: StoreView, added: Note[]) {
  const holdNotes = new Set([...store.onPages, ...added].map((note) => note.articleUrl));
  const current = new Map(store.articles);
  const writes = new Map<string, Article>();
  let newArticles = 0;
  for (const incoming of file.articles) {
    if (!holdNotes.has(incoming.url)) continue;
    const existing = current.get(incoming.url);
    const next = existing ? mergedArticle(existing, incoming) : incoming;
    if (!existing) newArticles++;
    if (!existing || !sameArticle(existing, next)) writes.set(incoming.url, next);
    current.set(incoming.url, next);
  }
  for (const note of added) {
    if (current.get(note.articleUrl)) continue;
    const article = articleForNote(note);
    current.set(note.articleUrl, article);
    writes.set(note.articleUrl, article);
    newArticles++;
  }
  return { articles: [...writes.values()], newArticles };
}

export function planImport(file: NotesFile, store: StoreView): ImportPlan {
  const { added, conflicts } = planNotes(file, store);
  const { articles, newArticles } = planArticles(file, store, added);
  return {
    notes: added,
    articles,
    summary: {
      added: added.length,
      skipped: file.notes.length - added.length - conflicts,
      conflicts,
      trimmed: added.filter((note) => file.cutPassages.has(note.id)).length,
      articles: newArticles,
    },
  };
}
