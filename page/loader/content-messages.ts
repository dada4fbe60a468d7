/**
 * The shape check for ContentProtocol messages, shared by the always-on loader and the engine:
 * malformed requests are refused, never guessed at.
 */
import { isRecord } from '../../contract/is-record.ts';
import type { ContentMessage } from '../../contract/messages.ts';

/** A notice is a line, not a page. */
const MAX_NOTICE_CHARS = 300;

const isIndex = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;

const VALIDATORS: { [K in ContentMessage['type']]: (m: Record<string, unknown>) => boolean } = {
  'page/report': () => true,
  'page/scan': () => true,
  'page/reveal-flag': (m) => isIndex(m.id),
  'page/step-flag': (m) => m.direction === 1 || m.direction === -1,
  'page/capture-selection': () => true,
  'page/flag-draft': (m) => isIndex(m.id),
  'page/notes-changed': () => true,
  'page/show-notes': () => true,
  'page/notice': (m) =>
    typeof m.text === 'string' && m.text.length <= MAX_NOTICE_CHARS && (m.tone === 'success' || m.tone === 'error'),
  'page/dismiss-flag': (m) => isIndex(m.id) && typeof m.dismissed === 'boolean',
  'page/settings-changed': () => true,
  'page/set-hidden': (m) => m.hidden === undefined || typeof m.hidden === 'boolean',
};

/** True for anything addressed to a page ('page/…'), well-formed or not. */
export const isPageMessage = (value: unknown): value is Record<string, unknown> & { type: string } =>
  isRecord(value) && typeof value.type === 'string' && value.type.startsWith('page/');

export function parseContentMessage(value: unknown): ContentMessage | null {
  if (!isPageMessage(value) || !Object.hasOwn(VALIDATORS, value.type)) return null;
  return VALIDATORS[value.type as ContentMessage['type']](value) ? (value as unknown as ContentMessage) : null;
}
