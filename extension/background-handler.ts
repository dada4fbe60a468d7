/**
 * The background's answer to every message of the contract. The services are passed in, so
 * tests drive it with fakes and the entrypoint only wires the real ones.
 */
import type { BackgroundProtocol, Result } from '../shared/messages.ts';
import type { NoteDraft } from '../shared/note-model.ts';
import { badgeText } from './badge.ts';
import { isFromThisExtension, parseBackgroundMessage, type MessageSender } from './message-guards.ts';

export interface BackgroundServices {
  runtimeId: string;
  setBadgeText(tabId: number, text: string): Promise<void>;
  saveNote(draft: NoteDraft): Promise<BackgroundProtocol['notes/save']['response']>;
  notesForPage(url: string): Promise<BackgroundProtocol['notes/for-page']['response']>;
}

type Response = BackgroundProtocol[keyof BackgroundProtocol]['response'];

export function createBackgroundHandler(services: BackgroundServices) {
  return async function handle(raw: unknown, sender: MessageSender): Promise<Result<Response>> {
    if (!isFromThisExtension(sender, services.runtimeId)) return { ok: false, error: 'Refused: not from Sourcelight.' };
    const message = parseBackgroundMessage(raw);
    if (!message) return { ok: false, error: 'Refused: not a Sourcelight message.' };
    try {
      switch (message.type) {
        case 'badge/set': {
          const tabId = sender.tab?.id;
          if (tabId === undefined) return { ok: false, error: 'A badge needs a tab.' };
          await services.setBadgeText(tabId, badgeText(message.count));
          return { ok: true, value: null };
        }
        case 'notes/save':
          return { ok: true, value: await services.saveNote(message.draft) };
        case 'notes/for-page':
          return { ok: true, value: await services.notesForPage(message.url) };
      }
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
