import type { PageFlag, PageReport } from '../../../shared/messages.ts';
import type { NoteFormValue } from '../../common/NoteForm.tsx';
import type { PopupServices } from '../services.ts';
import { ArticleContext } from './ArticleContext.tsx';
import { flagNoteDraft } from './flag-draft.ts';
import { FlagList } from './FlagList.tsx';
import { PageNotes } from './PageNotes.tsx';
import { SourcesList } from './SourcesList.tsx';
import { SourcingProfile } from './SourcingProfile.tsx';

export interface PageReportViewProps {
  report: PageReport;
  services: PopupServices;
  notesVersion: number;
  onNotesChanged(): void;
}

/** A scanned article: what it is, how it is sourced, and its flags. */
export function PageReportView({ report, services, notesVersion, onNotesChanged }: PageReportViewProps) {
  const saveFlag = async (flag: PageFlag, value: NoteFormValue) => {
    const draft = flagNoteDraft(report, flag, value);
    // The page knows the words around the sentence, which help find it again later.
    const quote = await services.flagQuote(flag.id).catch(() => null);
    if (quote?.exact === draft.quote.exact) draft.quote = quote;
    await services.notes.save(draft);
    await services.notesChanged();
    onNotesChanged();
  };
  return (
    <div class="report">
      <ArticleContext context={report.context} now={services.now()} />
      <SourcingProfile stats={report.stats} />
      <PageNotes
        notes={services.notes}
        url={report.context.url}
        orphanNoteIds={report.orphanNoteIds}
        notesVersion={notesVersion}
      />
      <SourcesList sources={report.sources} />
      <FlagList flags={report.flags} onReveal={(flag) => services.revealFlag(flag.id)} onSave={saveFlag} />
    </div>
  );
}
