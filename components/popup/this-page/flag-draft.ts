import type { PageFlag, PageReport } from '../../../contract/messages.ts';
import type { NoteDraft } from '../../../contract/note-model.ts';
import { flagSentenceDraft } from '../../../contract/note-draft.ts';
import type { NoteFormValue } from '../../common/NoteForm.tsx';

/**
 * The popup's own draft of a flag's note, for when the page cannot draft it (it went away, or
 * its answer is late): the sentence as the report gives it, without the words around it.
 */
export const fallbackFlagDraft = (report: PageReport, flag: PageFlag): NoteDraft => flagSentenceDraft(flag, report);

/** The note to save: the page's draft when it gave one for this sentence, with the reader's comment and tags. */
export function flagNoteDraft(report: PageReport, flag: PageFlag, fromPage: NoteDraft | null, value: NoteFormValue): NoteDraft {
  const draft = fromPage && fromPage.quote.exact === flag.sentence.text ? fromPage : fallbackFlagDraft(report, flag);
  return { ...draft, comment: value.comment, tags: value.tags };
}
