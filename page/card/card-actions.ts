/**
 * What the card's buttons do: save a note, dismiss the flag, hide the page's highlights, open
 * the notes. Each goes out through a callback the host was given; the reader hears back in the
 * card's status line or in a notice that offers the way back (Undo, Show again).
 *
 * "Save as note" saves the passage at once and asks for the side panel on the new note: the
 * reader writes its comment and tags there, never in the page, where a page's capturing key
 * listeners would see every character.
 */
import { i18n } from '#i18n';
import type { CardActions, CardStatus } from '../../components/card/Card.tsx';
import type { NoticeTone, PageFlag } from '../../contract/messages.ts';
import type { NoticeAction, PageCallbacks } from './card-api.ts';
import type { NoticeTopic } from './card-notice.ts';
import type { CardAnchor } from './card-position.ts';

/** The card as it is open now. */
export interface OpenCard extends CardAnchor {
  flag: PageFlag;
  pinned: boolean;
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
  notice(text: string, tone: NoticeTone, action?: NoticeAction, takeFocus?: boolean, topic?: NoticeTopic): void;
  markSaved(key: string): void;
  setPageHidden(hidden: boolean): void;
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));
const failed = (error: unknown) => i18n.t('card.failed', { reason: reason(error) });

export function createCardActions(context: ActionContext): CardActions {
  const { callbacks } = context;
  const report = (error: unknown) => callbacks.onError?.(error);

  /** Runs a page action after closing the card; its notice takes focus if the card had it. */
  const act = (run: () => Promise<unknown> | undefined, done: string, undo?: NoticeAction, topic?: NoticeTopic) => {
    const hadFocus = context.focusInside();
    context.hide();
    Promise.resolve()
      .then(run)
      .then(
        () => context.notice(done, 'success', undo, hadFocus, topic),
        (error: unknown) => context.notice(failed(error), 'error'),
      )
      .catch(report);
  };

  /** Shows a status on the card, if it is still open on the same flag. */
  const say = (flagId: number, status: CardStatus) => {
    const open = context.current();
    if (open?.flag.id !== flagId) return;
    open.status = status;
    context.redraw();
  };

  /** The side panel on the note, or the way to open it where the browser would not. */
  const openInPanel = async (flagId: number, noteId: string, created: boolean) => {
    const { opened } = await callbacks.onOpenNote(noteId).catch(() => ({ opened: false }));
    const text = created
      ? i18n.t(opened ? 'card.savedInPanel' : 'card.savedOpenPanel')
      : i18n.t(opened ? 'card.alreadySavedInPanel' : 'card.alreadySavedOpenPanel');
    say(flagId, { kind: 'done', tone: 'success', text });
  };

  const save = async (flag: PageFlag) => {
    const open = context.current();
    if (!open || open.flag.id !== flag.id || open.status.kind === 'saving') return;
    say(flag.id, { kind: 'saving' });
    try {
      const result = await callbacks.onSave(flag);
      context.markSaved(flag.key);
      // Said at once; the side panel's answer then says where the comment is written.
      say(flag.id, { kind: 'done', tone: 'success', text: i18n.t(result.created ? 'card.saved' : 'card.alreadySaved') });
      await openInPanel(flag.id, result.note.id, result.created);
    } catch (error) {
      say(flag.id, { kind: 'done', tone: 'error', text: i18n.t('card.notSaved', { reason: reason(error) }) });
    }
  };

  const setHidden = (hidden: boolean) => async () => {
    await callbacks.onHidePage(hidden);
    context.setPageHidden(hidden);
  };

  return {
    accept: context.accept,
    onClose: () => context.hide(),
    onSave() {
      const open = context.current();
      if (open) save(open.flag).catch(report);
    },
    onDismiss() {
      const flag = context.current()?.flag;
      if (!flag) return;
      act(
        () => callbacks.onDismiss(flag, true),
        i18n.t('card.dismissed'),
        { label: i18n.t('card.undo'), run: () => act(() => callbacks.onDismiss(flag, false), i18n.t('card.undone')) },
        `dismissed:${flag.key}`,
      );
    },
    onHidePage() {
      act(
        setHidden(true),
        i18n.t('card.hidden'),
        { label: i18n.t('card.showAgain'), run: () => act(setHidden(false), i18n.t('card.shown'), undefined, 'shown') },
        'hidden',
      );
    },
    onOpenNotes() {
      const flagId = context.current()?.flag.id;
      Promise.resolve()
        .then(() => callbacks.onOpenNotes())
        .catch((error: unknown) => {
          if (flagId !== undefined) say(flagId, { kind: 'done', tone: 'error', text: failed(error) });
        });
    },
  };
}
