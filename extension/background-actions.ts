/**
 * What the background does for a keyboard command or a context-menu click. Senders and the
 * store are passed in, so tests drive these with fakes.
 */
import { i18n } from '#i18n';
import type { ContentProtocol, SaveResult } from '../contract/messages.ts';
import { MAX_PASSAGE_CHARS, type Note, type NoteDraft } from '../contract/note-model.ts';

export type TabSender = <K extends keyof ContentProtocol>(
  tabId: number,
  type: K,
  request: ContentProtocol[K]['request'],
) => Promise<ContentProtocol[K]['response']>;

/** Keyboard command names, as declared in the manifest. */
export const COMMAND_DIRECTIONS: Record<string, 1 | -1> = {
  'next-flag': 1,
  'previous-flag': -1,
};

/** Hides or shows the highlights on the page (its own state toggles). */
export const TOGGLE_HIGHLIGHTS_COMMAND = 'toggle-highlights';

export async function runFlagCommand(command: string, tabId: number | undefined, send: TabSender): Promise<void> {
  if (tabId === undefined) return;
  if (command === TOGGLE_HIGHLIGHTS_COMMAND) {
    await send(tabId, 'page/set-hidden', {});
    return;
  }
  const direction = COMMAND_DIRECTIONS[command];
  if (direction === undefined) return;
  await send(tabId, 'page/step-flag', { direction });
}

export const SAVE_SELECTION_MENU_ID = 'sourcelight-save-selection';

/** What the context-menu click knows without asking the page. */
export interface MenuClick {
  tabId: number;
  pageUrl?: string;
  pageTitle?: string;
  /** The browser's copy of the selection (plain text, no context). */
  selectionText?: string;
}

/**
 * Saves what the reader selected on the tab. The content script describes the selection (quote
 * with prefix and suffix, position) and confirms the save on the page; where no content script
 * answers (a page opened before Sourcelight was installed), the browser's selection text is
 * saved as it is, without context, so the reader's choice is never lost.
 */
export async function saveSelectionFromTab(
  click: MenuClick,
  send: TabSender,
  saveNote: (draft: NoteDraft) => Promise<SaveResult>,
): Promise<Note | null> {
  const { tabId } = click;
  const notify = (text: string, tone: 'success' | 'error') => send(tabId, 'page/notice', { text, tone }).catch(() => null);
  let draft: NoteDraft | null;
  let pageAnswers = true;
  try {
    draft = await send(tabId, 'page/capture-selection', {});
  } catch {
    pageAnswers = false;
    draft = fallbackDraft(click);
  }
  if (!draft) {
    if (pageAnswers) await notify(i18n.t('background.selectFirst'), 'error');
    return null;
  }
  try {
    const { note, created } = await saveNote(draft);
    if (pageAnswers) {
      await send(tabId, 'page/notes-changed', {}).catch(() => null);
      await notify(created ? i18n.t('background.saved') : i18n.t('background.alreadySaved'), 'success');
    }
    return note;
  } catch (error) {
    await notify(i18n.t('background.notSaved', { reason: error instanceof Error ? error.message : String(error) }), 'error');
    return null;
  }
}

function fallbackDraft({ pageUrl, pageTitle, selectionText }: MenuClick): NoteDraft | null {
  const exact = selectionText?.replace(/\s+/g, ' ').trim().slice(0, MAX_PASSAGE_CHARS);
  if (!exact || !pageUrl) return null;
  return {
    articleUrl: pageUrl,
    quote: { exact, prefix: '', suffix: '' },
    article: { url: pageUrl, ...(pageTitle ? { title: pageTitle } : {}) },
  };
}
