/**
 * The Notes page's address: `notes.html#article=<encoded URL>` shows one article's notes,
 * `notes.html#view=reading` opens the Reading view. Pure, so the background, the popup and the
 * page itself agree on it.
 */
import type { NotesPageTarget } from '../popup/services.ts';

export const NOTES_PAGE_FILE = 'notes.html';

export function notesPageHash(target: NotesPageTarget = {}): string {
  const params = new URLSearchParams();
  if (target.view === 'reading') params.set('view', 'reading');
  if (target.articleUrl) params.set('article', target.articleUrl);
  const text = params.toString();
  return text ? `#${text}` : '';
}

/** The path to open, for browser.runtime.getURL. */
export const notesPagePath = (target?: NotesPageTarget) => `/${NOTES_PAGE_FILE}${notesPageHash(target)}`;

export function parseNotesPageHash(hash: string): Required<Pick<NotesPageTarget, 'view'>> & Pick<NotesPageTarget, 'articleUrl'> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const articleUrl = params.get('article')?.trim();
  return { view: params.get('view') === 'reading' ? 'reading' : 'notes', ...(articleUrl ? { articleUrl } : {}) };
}
