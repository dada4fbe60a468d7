/**
 * Note drafts from what the reader chose on the page: a flag, or a selection. The passage is
 * described as a text quote (the exact words and a little text either side) plus its position
 * in the body text, which is what re-anchoring needs to find it again on a later visit.
 */
import type { PageFlag, PageReport } from '../../contract/messages.ts';
import { MAX_PASSAGE_CHARS, type NoteDraft } from '../../contract/note-model.ts';
import { articleDraft, flagSentenceDraft, quoteAt, wordsDraft } from '../../contract/note-draft.ts';
import type { BodyText } from '../body/body-text.ts';

export function draftFromFlag(flag: PageFlag, body: BodyText | null, report: Pick<PageReport, 'context' | 'stats'>): NoteDraft {
  return flagSentenceDraft(flag, report, body?.text);
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
  return wordsDraft(range.toString(), report);
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
