/**
 * The content script's answers to ContentProtocol messages. Every answer is a Result (as
 * shared/messaging.ts expects); malformed requests are refused, never guessed at.
 */
import type { ContentMessage, ContentProtocol, NoticeTone, Result } from '../shared/messages.ts';
import type { PageSession } from './page-session.ts';
import { isRecord } from '../shared/is-record.ts';

type Response = ContentProtocol[keyof ContentProtocol]['response'];

const VALIDATORS: { [K in ContentMessage['type']]: (m: Record<string, unknown>) => boolean } = {
  'page/report': () => true,
  'page/scan': () => true,
  'page/reveal-flag': (m) => Number.isInteger(m.id) && (m.id as number) >= 0,
  'page/step-flag': (m) => m.direction === 1 || m.direction === -1,
  'page/capture-selection': () => true,
  'page/flag-draft': (m) => Number.isInteger(m.id) && (m.id as number) >= 0,
  'page/notes-changed': () => true,
  'page/dismiss-flag': (m) => Number.isInteger(m.id) && (m.id as number) >= 0 && typeof m.dismissed === 'boolean',
  'page/set-hidden': (m) => m.hidden === undefined || typeof m.hidden === 'boolean',
  'page/notice': (m) =>
    typeof m.text === 'string' && m.text.length <= MAX_NOTICE_CHARS && (m.tone === 'success' || m.tone === 'error'),
};

/** A notice is a line, not a page. */
const MAX_NOTICE_CHARS = 300;

export function parseContentMessage(value: unknown): ContentMessage | null {
  if (!isRecord(value) || typeof value.type !== 'string' || !Object.hasOwn(VALIDATORS, value.type)) return null;
  return VALIDATORS[value.type as ContentMessage['type']](value) ? (value as unknown as ContentMessage) : null;
}

export type ContentSession = Pick<PageSession, 'report' | 'scan' | 'navigator' | 'flagDraft' | 'selectionDraft' | 'notesChanged'>;

/** The page-side UI the handler reaches: the reader's selection, and the notice line. */
export interface ContentUi {
  selection(): Selection | null;
  notice(text: string, tone: NoticeTone): void;
}

/** Undefined for messages that are not ours (another listener may answer them). */
export function createContentHandler(session: ContentSession, ui: ContentUi) {
  return async function handle(raw: unknown): Promise<Result<Response> | undefined> {
    if (!isRecord(raw) || typeof raw.type !== 'string' || !raw.type.startsWith('page/')) return undefined;
    const message = parseContentMessage(raw);
    if (!message) return { ok: false, error: 'Refused: not a Sourcelight page message.' };
    try {
      switch (message.type) {
        case 'page/report':
          return { ok: true, value: session.report() };
        case 'page/scan':
          return { ok: true, value: await session.scan() };
        case 'page/reveal-flag':
          return { ok: true, value: session.navigator.reveal(message.id) };
        case 'page/step-flag':
          return { ok: true, value: session.navigator.step(message.direction) };
        case 'page/capture-selection':
          return { ok: true, value: session.selectionDraft(ui.selection()) };
        case 'page/flag-draft':
          return { ok: true, value: session.flagDraft(message.id) };
        case 'page/notes-changed':
          await session.notesChanged();
          return { ok: true, value: null };
        case 'page/notice':
          ui.notice(message.text, message.tone);
          return { ok: true, value: null };
        case 'page/dismiss-flag':
        case 'page/set-hidden':
          return { ok: false, error: 'Not available on this page yet.' };
      }
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
