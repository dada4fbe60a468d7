/**
 * The content script's answers to ContentProtocol messages. Every answer is a Result (as
 * core/extension/messaging.ts expects); malformed requests are refused, never guessed at.
 */
import type { ContentMessage, ContentProtocol, Result } from '../messages.ts';
import type { PageSession } from './page-session.ts';

type Response = ContentProtocol[keyof ContentProtocol]['response'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const VALIDATORS: { [K in ContentMessage['type']]: (m: Record<string, unknown>) => boolean } = {
  'page/report': () => true,
  'page/scan': () => true,
  'page/reveal-flag': (m) => Number.isInteger(m.id) && (m.id as number) >= 0,
  'page/step-flag': (m) => m.direction === 1 || m.direction === -1,
  'page/capture-selection': () => true,
  'page/notes-changed': () => true,
};

export function parseContentMessage(value: unknown): ContentMessage | null {
  if (!isRecord(value) || typeof value.type !== 'string' || !Object.hasOwn(VALIDATORS, value.type)) return null;
  return VALIDATORS[value.type as ContentMessage['type']](value) ? (value as unknown as ContentMessage) : null;
}

export type ContentSession = Pick<PageSession, 'report' | 'scan' | 'navigator'>;

/** Undefined for messages that are not ours (another listener may answer them). */
export function createContentHandler(session: ContentSession) {
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
        // Notes are wired by the notes work: until then there is no selection to capture and
        // nothing to re-anchor, which these answers say.
        case 'page/capture-selection':
        case 'page/notes-changed':
          return { ok: true, value: null };
      }
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
