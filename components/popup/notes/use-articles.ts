import type { Article, Note } from '../../../contract/note-model.ts';
import type { NotesRepository } from '../../../notes/notes-store.ts';
import { useLiveQuery } from '../../hooks/use-live-query.ts';

const NO_ARTICLES: ReadonlyMap<string, Article> = new Map();

/**
 * The articles of the listed notes, for their titles: read after the rows (rows first), and
 * live, so a title learnt on a later visit shows.
 */
export function useArticles(notes: NotesRepository, listed: readonly Note[] | null): ReadonlyMap<string, Article> {
  const urls = listed ? [...new Set(listed.map((note) => note.articleUrl))] : [];
  const articles = useLiveQuery(async () => {
    const found = await Promise.all(urls.map((url) => notes.article(url)));
    return new Map(found.filter((article) => article !== undefined).map((article) => [article.url, article]));
  }, [urls.join('\n')]);
  return articles.status === 'done' ? articles.value : NO_ARTICLES;
}
