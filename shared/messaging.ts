/**
 * Typed senders over runtime messaging. Every answer travels as a Result, so an error in the
 * background reaches the sender as a message to show, never as a silent undefined.
 */
import { browser } from 'wxt/browser';
import type { BackgroundProtocol, ContentProtocol, MessageOf, Result } from './messages.ts';

type Protocol<P> = { [K in keyof P]: { request: object; response: unknown } };
type Request<P extends Protocol<P>, K extends keyof P> = P[K]['request'];
type Response<P extends Protocol<P>, K extends keyof P> = P[K]['response'];

function unwrap<T>(answer: unknown): T {
  const result = answer as Result<T> | undefined;
  if (!result || typeof result !== 'object' || !('ok' in result)) throw new Error('Sourcelight did not answer.');
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

export async function sendToBackground<K extends keyof BackgroundProtocol>(
  type: K,
  request: Request<BackgroundProtocol, K>,
): Promise<Response<BackgroundProtocol, K>> {
  return unwrap(await browser.runtime.sendMessage({ ...request, type } as MessageOf<BackgroundProtocol>));
}

export async function sendToTab<K extends keyof ContentProtocol>(
  tabId: number,
  type: K,
  request: Request<ContentProtocol, K>,
): Promise<Response<ContentProtocol, K>> {
  return unwrap(await browser.tabs.sendMessage(tabId, { ...request, type } as MessageOf<ContentProtocol>));
}
