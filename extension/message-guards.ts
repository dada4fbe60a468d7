/**
 * Shape checks for messages arriving at the background. Anything a web page could forge is
 * refused here: a message must come from this extension and match the contract exactly.
 */
import type { BackgroundMessage } from '../shared/messages.ts';
import { isRecord } from '../shared/is-record.ts';

export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/** True for this extension's own content scripts and pages; false for other extensions and web pages. */
export function isFromThisExtension(sender: MessageSender, runtimeId: string): boolean {
  return sender.id === runtimeId;
}

const BADGE_COUNT_LIMIT = 1_000_000;

type Validators = { [K in BackgroundMessage['type']]: (message: Record<string, unknown>) => boolean };

const VALIDATORS: Validators = {
  'badge/set': (m) => Number.isInteger(m.count) && (m.count as number) >= 0 && (m.count as number) < BADGE_COUNT_LIMIT,
  'notes/save': (m) => isRecord(m.draft),
  'notes/for-page': (m) => typeof m.url === 'string',
};

/** The message as the contract types it, or null when it does not fit. */
export function parseBackgroundMessage(value: unknown): BackgroundMessage | null {
  if (!isRecord(value) || typeof value.type !== 'string' || !Object.hasOwn(VALIDATORS, value.type)) return null;
  const validate = VALIDATORS[value.type as BackgroundMessage['type']];
  return validate(value) ? (value as unknown as BackgroundMessage) : null;
}
