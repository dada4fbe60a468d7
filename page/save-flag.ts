/**
 * "Save as note" on the hover card: the flag's passage with its context, the reader's comment
 * and tags, saved through the background (content scripts never open the database), then the
 * page finds its notes again so the new one is painted at once.
 */
import type { SaveResult } from '../shared/messages.ts';
import type { NoteDraft } from '../shared/note-model.ts';
import type { SaveRequest } from './hover-card.ts';
import type { PageSession } from './page-session.ts';

export async function saveFlagAsNote(
  session: Pick<PageSession, 'flagDraft' | 'notesChanged'>,
  request: SaveRequest,
  save: (draft: NoteDraft) => Promise<SaveResult>,
): Promise<SaveResult> {
  const draft = session.flagDraft(request.flagId);
  if (!draft) throw new Error('This flag is no longer on the page.');
  const saved = await save({ ...draft, comment: request.comment, tags: request.tags });
  await session.notesChanged();
  return saved;
}
