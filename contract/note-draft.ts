/**
 * Note drafts as every side builds them: the passage as a text quote (the exact words and a little
 * text either side), its position in the body text, and the article it belongs to. The page drafts
 * from its body text; the popup and the loader, which have none, from the words alone.
 */
import type { PageContext, PageFlag, PageReport } from './messages.ts';
import { MAX_PASSAGE_CHARS, type NoteDraft, type TextQuoteSelector } from './note-model.ts';

/** Characters of context kept either side of a passage. */
export const QUOTE_CONTEXT_CHARS = 32;

type ReportParts = Pick<PageReport, 'context' | 'stats'>;

export function quoteAt(text: string, start: number, end: number): TextQuoteSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT_CHARS), start),
    suffix: text.slice(end, end + QUOTE_CONTEXT_CHARS),
  };
}

export function articleDraft(context: PageContext, stats?: PageReport['stats']): NonNullable<NoteDraft['article']> {
  return {
    url: context.url,
    title: context.title,
    site: context.site,
    byline: context.byline,
    ...(context.publishedAt ? { publishedAt: context.publishedAt } : {}),
    ...(stats ? { flagCounts: stats.byCategory } : {}),
  };
}

/**
 * A flag's sentence as a draft. With the body text it was found in, the words around it come
 * along; without it (or when the text has changed since), the sentence alone.
 */
export function flagSentenceDraft(flag: PageFlag, report: ReportParts, bodyText?: string): NoteDraft {
  const { start, end } = flag.sentence;
  const quote =
    bodyText !== undefined && bodyText.slice(start, end) === flag.sentence.text
      ? quoteAt(bodyText, start, end)
      : { exact: flag.sentence.text, prefix: '', suffix: '' };
  return {
    articleUrl: report.context.url,
    quote,
    position: { start, end },
    category: flag.category,
    article: articleDraft(report.context, report.stats),
  };
}

/** Words the reader chose outside any known text: kept alone, spacing folded, or null when empty. */
export function wordsDraft(words: string, report: ReportParts): NoteDraft | null {
  const exact = words.replace(/\s+/g, ' ').trim().slice(0, MAX_PASSAGE_CHARS);
  if (!exact) return null;
  return {
    articleUrl: report.context.url,
    quote: { exact, prefix: '', suffix: '' },
    article: articleDraft(report.context, report.stats),
  };
}
