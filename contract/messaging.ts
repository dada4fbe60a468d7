/**
 * Typed senders over runtime messaging. Every answer travels as a Result, so an error in the
 * background reaches the sender as a message to show, never as a silent undefined.
 *
 * Chrome stops an idle service worker and starts it again on the next message; a message that
 * arrives in between fails with the browser's own wording ("A listener indicated an asynchronous
 * response…", "Receiving end does not exist"). Such a failure is retried; every background
 * message is safe to send twice (a save of the same passage returns the note already stored).
 */
import { i18n } from '#i18n';
// The browser's own API, not the polyfill: this module also runs in every article page (README, "Speed").
import { browser } from '@wxt-dev/browser';
import { type BackgroundProtocol, CHANNEL_FILE, type ContentProtocol, type MessageOf, type Result } from './messages.ts';
import type { NoteDraft, SaveResult } from './note-model.ts';

type Protocol<P> = { [K in keyof P]: { request: object; response: unknown } };
type Request<P extends Protocol<P>, K extends keyof P> = P[K]['request'];
type Response<P extends Protocol<P>, K extends keyof P> = P[K]['response'];

/** Waits before each retry of a background message. */
export const RETRY_DELAYS_MS = [50, 250, 1000];

/** The browser's words when nothing in the tab (or the background) listens. */
const NO_RECEIVER = /receiving end does not exist|could not establish connection/i;
/** unwrap's words when a tab's listeners all stayed silent. */
const SILENT = /did not answer/i;
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Nothing in the tab listens: Chrome's and Firefox's words for it. */
export const isNoReceiverError = (error: unknown): boolean => NO_RECEIVER.test(messageOf(error));

/** The tab gave no answer: nothing listens there, or its listeners all stayed silent. */
export const isUnansweredError = (error: unknown): boolean => isNoReceiverError(error) || SILENT.test(messageOf(error));

/** The browser's words for a background that was restarting, not for a refusal. */
const TRANSIENT = new RegExp(`asynchronous response|message channel closed|did not answer|${NO_RECEIVER.source}`, 'i');

export const isTransientMessagingError = (error: unknown): boolean => TRANSIENT.test(messageOf(error));

function unwrap<T>(answer: unknown): T {
  const result = answer as Result<T> | undefined;
  if (!result || typeof result !== 'object' || !('ok' in result)) throw new Error('Sourcelight did not answer.');
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** Sends, retrying while the background restarts; a failure that outlasts the retries gets a plain message. */
export async function withRetries<T>(
  send: () => Promise<T>,
  wait = (ms: number) => new Promise((r) => setTimeout(r, ms)),
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (!isTransientMessagingError(error)) throw error;
      const delay = RETRY_DELAYS_MS[attempt];
      if (delay === undefined) throw new Error(i18n.t('messaging.unreachable'));
      await wait(delay);
    }
  }
}

export function sendToBackground<K extends keyof BackgroundProtocol>(
  type: K,
  request: Request<BackgroundProtocol, K>,
): Promise<Response<BackgroundProtocol, K>> {
  return withRetries(async () =>
    unwrap(await browser.runtime.sendMessage({ ...request, type } as MessageOf<BackgroundProtocol>)),
  );
}

/** A new note's id, as a version 4 UUID. `crypto.randomUUID` is missing on http:// pages, where the engine runs too. */
export function newNoteId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Saves a draft through the background under an id made here, once: when the background
 * restarts mid-save, the retry finds the note the first attempt stored and it is not stored
 * twice (issue #19).
 */
export function sendNoteSave(draft: NoteDraft): Promise<SaveResult> {
  return sendToBackground('notes/save', { draft: draft.id ? draft : { ...draft, id: newNoteId() } });
}

/**
 * Sends to a tab; when nothing listens there, opens the loader's channel (a page that is no
 * article opens none until asked, see CHANNEL_FILE) and sends once more. A tab with no loader (a
 * browser page, a tab opened before the install) keeps the browser's error.
 */
export async function sendWaking<T>(send: () => Promise<T>, openChannel: () => Promise<unknown>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    if (!isNoReceiverError(error)) throw error;
    try {
      await openChannel();
    } catch {
      throw error;
    }
    return send();
  }
}

const openChannel = (tabId: number) =>
  browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [CHANNEL_FILE] });

export async function sendToTab<K extends keyof ContentProtocol>(
  tabId: number,
  type: K,
  request: Request<ContentProtocol, K>,
): Promise<Response<ContentProtocol, K>> {
  const message = { ...request, type } as MessageOf<ContentProtocol>;
  return unwrap(
    await sendWaking(
      () => browser.tabs.sendMessage(tabId, message),
      () => openChannel(tabId),
    ),
  );
}
