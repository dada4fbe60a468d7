/**
 * Flags the reader dismissed on an article ("not an issue here", issue #11): remembered per
 * article by the flag's key (contract/flag-key.ts), and undoable. The read is a Dexie call only,
 * so it works inside liveQuery.
 */
import { i18n } from '#i18n';
import { normalizeArticleUrl } from '../contract/article-url.ts';
import type { NotesDb } from './db.ts';
import { checkUrl, isCategory, type Fail } from './note-rules.ts';

/** A key is a category and a sentence; a sentence longer than a passage is not one. */
export const MAX_FLAG_KEY_CHARS = 10_000;

const failArticle: Fail = (problem) => {
  throw new Error(problem(i18n.t('notes.subject.thisArticle')));
};

/** A key as flagKey() writes it: "category:sentence". */
function isFlagKey(key: unknown): key is string {
  if (typeof key !== 'string' || key.length > MAX_FLAG_KEY_CHARS) return false;
  const colon = key.indexOf(':');
  return colon > 0 && colon < key.length - 1 && isCategory(key.slice(0, colon));
}

/** The keys dismissed on an article, oldest dismissal first. */
export async function dismissalsFor(db: NotesDb, url: string): Promise<string[]> {
  const rows = await db.dismissals.where('url').equals(normalizeArticleUrl(url)).toArray();
  return rows.sort((a, b) => a.at - b.at).map((row) => row.key);
}

/** Dismisses a flag, or brings it back. Dismissing twice keeps the first time. */
export async function setDismissal(db: NotesDb, now: () => number, url: string, key: string, dismissed: boolean): Promise<void> {
  const articleUrl = normalizeArticleUrl(checkUrl(url, failArticle));
  if (!isFlagKey(key)) throw new Error(i18n.t('notes.store.noFlagKey'));
  if (!dismissed) {
    await db.dismissals.delete([articleUrl, key]);
    return;
  }
  await db.transaction('rw', db.dismissals, async () => {
    if (!(await db.dismissals.get([articleUrl, key]))) await db.dismissals.put({ url: articleUrl, key, at: now() });
  });
}
