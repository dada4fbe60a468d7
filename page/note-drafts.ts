/**
 * Note drafts from what the reader chose on the page: a flag, or a selection. The passage is
 * described as a text quote (the exact words and a little text either side) plus its position
 * in the body text, which is what re-anchoring needs to find it again on a later visit.
 */
import type { PageContext, PageFlag, PageReport } from '../shared/messages.ts';
import { MAX_PASSAGE_CHARS, type NoteDraft, type TextQuoteSelector } from '../shared/note-model.ts';
import type { BodyText } from './body-text.ts';

/** Characters of context kept either side of a passage. */
export const QUOTE_CONTEXT_CHARS = 32;

const foldSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

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

export function draftFromFlag(flag: PageFlag, body: BodyText | null, report: Pick<PageReport, 'context' | 'stats'>): NoteDraft {
  const { start, end } = flag.sentence;
  const quote =
    body && body.text.slice(start, end) === flag.sentence.text
      ? quoteAt(body.text, start, end)
      : { exact: flag.sentence.text, prefix: '', suffix: '' };
  return {
    articleUrl: report.context.url,
    quote,
    position: { start, end },
    category: flag.category,
    article: articleDraft(report.context, report.stats),
  };
}

/**
 * The selection as a draft, or null when it holds no text. A selection inside the article body
 * gets its context and position; one elsewhere on the page keeps its words only.
 */
export function draftFromSelection(
  range: Range,
  body: BodyText | null,
  report: Pick<PageReport, 'context' | 'stats'>,
): NoteDraft | null {
  const span = body?.spanOf(range);
  if (body && span) {
    let { start, end } = span;
    // Trim the white space a drag-select picks up at either end.
    while (start < end && /\s/.test(body.text[start]!)) start++;
    while (end > start && /\s/.test(body.text[end - 1]!)) end--;
    end = Math.min(end, start + MAX_PASSAGE_CHARS);
    if (end > start) {
      return {
        articleUrl: report.context.url,
        quote: quoteAt(body.text, start, end),
        position: { start, end },
        article: articleDraft(report.context, report.stats),
      };
    }
  }
  const exact = foldSpace(range.toString()).slice(0, MAX_PASSAGE_CHARS);
  if (!exact) return null;
  return {
    articleUrl: report.context.url,
    quote: { exact, prefix: '', suffix: '' },
    article: articleDraft(report.context, report.stats),
  };
}

/** What a draft is made from: the page's flags, its body text as last analysed, its report. */
export interface DraftSource {
  flagById(id: number): PageFlag | undefined;
  text(): BodyText | null;
  report(): PageReport;
}

/** A draft for one flag ('Save as note' on the card or in the popup), or null for an unknown id. */
export function flagDraft(source: DraftSource, id: number): NoteDraft | null {
  const flag = source.flagById(id);
  return flag ? draftFromFlag(flag, source.text(), source.report()) : null;
}

/** The reader's selection as a draft (the context menu), or null when nothing is selected. */
export function selectionDraft(source: DraftSource, selection: Selection | null): NoteDraft | null {
  if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
  return draftFromSelection(selection.getRangeAt(0), source.text(), source.report());
}
