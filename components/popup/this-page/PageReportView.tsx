import type { PageFlag, PageReport } from '../../../contract/messages.ts';
import type { NoteFormValue } from '../../common/NoteForm.tsx';
import { OutletLine } from '../../reading/OutletLine.tsx';
import type { PopupServices } from '../services.ts';
import { ArticleContext } from './ArticleContext.tsx';
import { CappedNotice } from './CappedNotice.tsx';
import { DismissedFlags } from './DismissedFlags.tsx';
import { flagNoteDraft } from './flag-draft.ts';
import { FlagList } from './FlagList.tsx';
import { LanguageNotice } from './LanguageNotice.tsx';
import { PageNotes } from './PageNotes.tsx';
import { hostOf } from './site-switch.ts';
import { SourcesList } from './SourcesList.tsx';
import { SourcingProfile } from './SourcingProfile.tsx';

export interface PageReportViewProps {
  report: PageReport;
  services: PopupServices;
  onDismiss(flag: PageFlag, dismissed: boolean): Promise<void>;
}

/** A scanned article: what it is, how it is sourced, and its flags. */
export function PageReportView({ report, services, onDismiss }: PageReportViewProps) {
  // One way to save: the page drafts the note (it knows the words around the sentence, which
  // help find it again later) and the background stores it, as for a save from the card.
  const saveFlag = async (flag: PageFlag, value: NoteFormValue) => {
    const fromPage = await services.page.flagDraft(flag.id).catch(() => null);
    const result = await services.saveDraft(flagNoteDraft(report, flag, fromPage, value));
    void services.page.notesChanged();
    return result.created;
  };
  const outlet = hostOf(report.context.url);
  return (
    <div class="report">
      <ArticleContext context={report.context} now={services.now()} />
      <SourcingProfile stats={report.stats} />
      <CappedNotice capped={report.capped} />
      <LanguageNotice language={report.language} />
      {outlet && <OutletLine reading={services.reading} site={outlet} />}
      <PageNotes services={services} url={report.context.url} orphanNoteIds={report.orphanNoteIds} />
      <SourcesList sources={report.sources} />
      <FlagList
        flags={report.flags}
        onReveal={(flag) => services.page.revealFlag(flag.id)}
        onSave={saveFlag}
        onDismiss={(flag) => onDismiss(flag, true)}
      />
      <DismissedFlags flags={report.dismissed} onRestore={(flag) => onDismiss(flag, false)} />
    </div>
  );
}
