/**
 * What the card's buttons do: save a note, dismiss the flag, hide the page's highlights, open
 * the notes. Each goes out through a callback the host was given; the reader hears back in the
 * card's status line or in a notice that offers the way back (Undo, Show again).
 */
import { i18n } from '#i18n';
import type { CardActions, CardStatus } from '../../components/card/Card.tsx';
import type { NoteFormValue } from '../../components/common/NoteForm.tsx';
import type { NoticeTone, PageFlag } from '../../contract/messages.ts';
import type { NoticeAction, PageCallbacks } from './card-api.ts';
import type { CardAnchor } from './card-position.ts';

/** The card as it is open now. */
export interface OpenCard extends CardAnchor {
  flag: PageFlag;
  pinned: boolean;
  writing: boolean;
  status: CardStatus;
}

export interface ActionContext {
  callbacks: PageCallbacks;
  accept(event: Event): boolean;
  current(): OpenCard | null;
  redraw(): void;
  hide(): void;
  /** Keyboard focus is inside the card. */
  focusInside(): boolean;
  focusPrimary(): void;
  notice(text: string, tone: NoticeTone, action?: NoticeAction, takeFocus?: boolean): void;
  markSaved(key: string): void;
  setPageHidden(hidden: boolean): void;
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));
const failed = (error: unknown) => i18n.t('card.failed', { reason: reason(error) });

export function createCardActions(context: ActionContext): CardActions {
  const { callbacks } = context;
  const report = (error: unknown) => callbacks.onError?.(error);

  /** Runs a page action after closing the card; its notice takes focus if the card had it. */
  const act = (run: () => Promise<unknown> | undefined, done: string, undo?: NoticeAction) => {
    const hadFocus = context.focusInside();
    context.hide();
    Promise.resolve()
      .then(run)
      .then(
        () => context.notice(done, 'success', undo, hadFocus),
        (error: unknown) => context.notice(failed(error), 'error'),
      )
      .catch(report);
  };

  const save = async (flag: PageFlag, value: NoteFormValue) => {
    const open = context.current();
    if (!open || open.flag.id !== flag.id || open.status.kind === 'saving') return;
    open.status = { kind: 'saving' };
    context.redraw();
    let status: CardStatus;
    let saved = false;
    try {
      const result = await callbacks.onSave(flag, value);
      context.markSaved(flag.key);
      saved = true;
      status = { kind: 'done', tone: 'success', text: i18n.t(result.created ? 'card.saved' : 'card.alreadySaved') };
    } catch (error) {
      status = { kind: 'done', tone: 'error', text: i18n.t('card.notSaved', { reason: reason(error) }) };
    }
    const now = context.current();
    if (now?.flag.id !== flag.id) return;
    const refocus = context.focusInside();
    now.status = status;
    if (saved) now.writing = false; // a failed save keeps what the reader wrote
    context.redraw();
    if (saved && refocus) context.focusPrimary();
  };

  const setHidden = (hidden: boolean) => async () => {
    await callbacks.onHidePage(hidden);
    context.setPageHidden(hidden);
  };

  return {
    accept: context.accept,
    onClose: () => context.hide(),
    onStartNote() {
      const open = context.current();
      if (!open) return;
      open.writing = true;
      open.pinned = true;
      open.status = { kind: 'idle' };
      context.redraw();
    },
    onCancelNote() {
      const open = context.current();
      if (!open) return;
      open.writing = false;
      context.redraw();
      context.focusPrimary();
    },
    onSaveNote(value) {
      const open = context.current();
      if (open) save(open.flag, value).catch(report);
    },
    onDismiss() {
      const flag = context.current()?.flag;
      if (!flag) return;
      act(() => callbacks.onDismiss(flag, true), i18n.t('card.dismissed'), {
        label: i18n.t('card.undo'),
        run: () => act(() => callbacks.onDismiss(flag, false), i18n.t('card.undone')),
      });
    },
    onHidePage() {
      act(setHidden(true), i18n.t('card.hidden'), {
        label: i18n.t('card.showAgain'),
        run: () => act(setHidden(false), i18n.t('card.shown')),
      });
    },
    onOpenNotes() {
      const flagId = context.current()?.flag.id;
      Promise.resolve()
        .then(() => callbacks.onOpenNotes())
        .catch((error: unknown) => {
          const open = context.current();
          if (!open || open.flag.id !== flagId) return;
          open.status = { kind: 'done', tone: 'error', text: failed(error) };
          context.redraw();
        });
    },
  };
}
