import type { PageFlag, PageReport } from '../../../shared/messages.ts';
import type { NoteDraft } from '../../../shared/note-model.ts';
import type { NoteFormValue } from '../../common/NoteForm.tsx';

/**
 * The popup's own draft of a flag's note, for when the page cannot draft it (it went away, or
 * its answer is late): the sentence as the report gives it, without the words around it.
 */
export function fallbackFlagDraft(report: PageReport, flag: PageFlag): NoteDraft {
  const { context, stats } = report;
  return {
    articleUrl: context.url,
    quote: { exact: flag.sentence.text, prefix: '', suffix: '' },
    position: { start: flag.sentence.start, end: flag.sentence.end },
    category: flag.category,
    article: {
      url: context.url,
      title: context.title,
      site: context.site,
      byline: context.byline,
      ...(context.publishedAt ? { publishedAt: context.publishedAt } : {}),
      flagCounts: stats.byCategory,
    },
  };
}

/** The note to save: the page's draft when it gave one for this sentence, with the reader's comment and tags. */
export function flagNoteDraft(report: PageReport, flag: PageFlag, fromPage: NoteDraft | null, value: NoteFormValue): NoteDraft {
  const draft = fromPage && fromPage.quote.exact === flag.sentence.text ? fromPage : fallbackFlagDraft(report, flag);
  return { ...draft, comment: value.comment, tags: value.tags };
}
