import type { Note } from '../../../contract/note-model.ts';

export interface ArticleGroup {
  url: string;
  site: string;
  notes: Note[];
}

/** The notes under their articles, in the order the list has them: an article where its first note is. */
export function groupByArticle(notes: readonly Note[]): ArticleGroup[] {
  const groups = new Map<string, ArticleGroup>();
  for (const note of notes) {
    let group = groups.get(note.articleUrl);
    if (!group) {
      group = { url: note.articleUrl, site: note.site, notes: [] };
      groups.set(note.articleUrl, group);
    }
    group.notes.push(note);
  }
  return [...groups.values()];
}
