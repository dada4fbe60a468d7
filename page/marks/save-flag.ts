/**
 * "Save as note" on the card: the flag's passage with its context, saved through the background
 * (content scripts never open the database), then the page finds its notes again so the new one
 * is painted at once. Its comment and tags are written in the side panel, never in the page.
 */
import { i18n } from '#i18n';
import type { PageFlag, SaveResult } from '../../contract/messages.ts';
import type { NoteDraft } from '../../contract/note-model.ts';
import { type DraftSource, flagDraft } from './note-drafts.ts';
import type { PageSession } from '../engine/session.ts';

export async function saveFlagAsNote(
  session: DraftSource & Pick<PageSession, 'notesChanged'>,
  flag: PageFlag,
  save: (draft: NoteDraft) => Promise<SaveResult>,
): Promise<SaveResult> {
  const draft = flagDraft(session, flag.id);
  if (!draft) throw new Error(i18n.t('card.flagGone'));
  const saved = await save(draft);
  await session.notesChanged();
  return saved;
}
