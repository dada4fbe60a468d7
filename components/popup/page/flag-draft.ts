import type { PageFlag, PageReport } from '../../../shared/messages.ts';
import type { NoteDraft } from '../../../shared/note-model.ts';
import { draftFromFlag } from '../../../page/note-drafts.ts';
import type { NoteFormValue } from '../../common/NoteForm.tsx';

/**
 * The note for a flag's sentence, drafted as the page drafts it (without the page's text, so
 * no prefix or suffix: the popup asks the page for those separately), with the reader's words.
 */
export function flagNoteDraft(report: PageReport, flag: PageFlag, value: NoteFormValue): NoteDraft {
  return { ...draftFromFlag(flag, null, report), comment: value.comment, tags: value.tags };
}
