/**
 * What the loader's channel (loader-channel.ts) says for a page while no engine runs there (a
 * page that is no article, a site the reader switched off, or before the engine has started): an
 * honest state and no flags. A selection can still be saved from the context menu, with its
 * words only.
 */
import { CATEGORIES, type Category } from '../../detector/types.ts';
import type { ContentMessage, PageReport, Result } from '../../contract/messages.ts';
import { siteOf } from '../../contract/article-url.ts';
import { wordsDraft } from '../../contract/note-draft.ts';

export type LoaderState = PageReport['state'];

export interface LoaderView {
  doc: Document;
  url: string;
  state: LoaderState;
}

const zeroCounts = () => Object.fromEntries(CATEGORIES.map((category) => [category, 0])) as Record<Category, number>;

export function loaderReport({ doc, url, state }: LoaderView): PageReport {
  // about:blank and the like have no host: siteOf gives ''.
  const site = siteOf(url);
  return {
    state,
    context: { url, title: doc.title.trim(), site, byline: '' },
    flags: [],
    sources: [],
    stats: { sentences: 0, flagged: 0, byCategory: zeroCounts() },
    orphanNoteIds: [],
    notesFound: 0,
    dismissed: [],
    hidden: false,
  };
}

export function answerWithoutEngine(message: ContentMessage, view: LoaderView): Result<unknown> {
  switch (message.type) {
    case 'page/report':
    case 'page/scan':
    case 'page/show-notes':
      return { ok: true, value: loaderReport(view) };
    case 'page/capture-selection': {
      const selection = view.doc.getSelection();
      const range = selection && !selection.isCollapsed && selection.rangeCount ? selection.getRangeAt(0) : null;
      return { ok: true, value: range ? wordsDraft(range.toString(), loaderReport(view)) : null };
    }
    case 'page/step-flag':
    case 'page/flag-draft':
      return { ok: true, value: null };
    case 'page/reveal-flag':
    case 'page/set-hidden':
      return { ok: true, value: false };
    case 'page/notes-changed':
    case 'page/notice':
    case 'page/settings-changed':
      return { ok: true, value: null };
    case 'page/dismiss-flag':
      return { ok: false, error: 'This flag is no longer on the page.' };
  }
}
