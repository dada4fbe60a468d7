import type { PageFlag, PageReport } from '../../../core/messages.ts';
import type { NoteDraft } from '../../../core/notes/model.ts';
import type { NoteFormValue } from '../NoteForm.tsx';

/**
 * The note for a flag's sentence. The quote is the whole sentence, so the prefix and suffix
 * stay empty; the position lets the page find it again fast. The article's context goes with
 * it, so the Notes tab knows the article without the page open.
 */
export function flagNoteDraft(report: PageReport, flag: PageFlag, value: NoteFormValue): NoteDraft {
  const { context, stats } = report;
  return {
    articleUrl: context.url,
    quote: { exact: flag.sentence.text, prefix: '', suffix: '' },
    position: { start: flag.sentence.start, end: flag.sentence.end },
    category: flag.category,
    comment: value.comment,
    tags: value.tags,
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
