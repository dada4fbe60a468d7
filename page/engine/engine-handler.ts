/**
 * The engine's answers to ContentProtocol messages (the loader checked their shape). Every
 * answer is a Result, as contract/messaging.ts expects.
 */
import type { ContentMessage, NoticeTone, Result } from '../../contract/messages.ts';
import { flagDraft, selectionDraft } from '../marks/note-drafts.ts';
import type { PageSession } from './session.ts';

/** The page-side UI the handler reaches: the reader's selection, and the notice line. */
export interface EngineUi {
  selection(): Selection | null;
  notice(text: string, tone: NoticeTone): void;
  /** Hides or shows the highlights, toggling when `hidden` is left out; answers the new state. */
  setHidden(hidden?: boolean): boolean;
  /** A flag was restored from elsewhere: a notice that it is dismissed is no longer true. */
  flagRestored(key: string): void;
  /** The reader changed a setting: the engine reads them again from the background. */
  settingsChanged(): Promise<void>;
}

export function createEngineHandler(session: PageSession, ui: EngineUi) {
  const answer = async (message: ContentMessage): Promise<unknown> => {
    switch (message.type) {
      case 'page/report':
        return session.report();
      case 'page/scan':
      case 'page/show-notes':
        return session.scan();
      case 'page/reveal-flag':
        return session.navigator.reveal(message.id);
      case 'page/step-flag':
        return session.navigator.step(message.direction);
      case 'page/capture-selection':
        return selectionDraft(session, ui.selection());
      case 'page/flag-draft':
        return flagDraft(session, message.id);
      case 'page/notes-changed':
        await session.notesChanged();
        return null;
      case 'page/notice':
        ui.notice(message.text, message.tone);
        return null;
      case 'page/dismiss-flag': {
        const key = session.flagById(message.id)?.key;
        await session.setDismissed(message.id, message.dismissed);
        if (key && !message.dismissed) ui.flagRestored(key);
        return null;
      }
      case 'page/settings-changed':
        await ui.settingsChanged();
        return null;
      case 'page/set-hidden':
        return ui.setHidden(message.hidden);
    }
  };
  return async function handle(message: ContentMessage): Promise<Result<unknown>> {
    try {
      return { ok: true, value: await answer(message) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
