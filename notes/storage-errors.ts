/**
 * Storage failures in words a reader can act on. Our own errors (validation, not found,
 * ImportError) pass through unchanged; IndexedDB and Dexie errors are recognised by name.
 */
import { i18n } from '#i18n';
import Dexie from 'dexie';

export const noteNotFoundMessage = () => i18n.t('notes.store.noteNotFound');
export const quotaMessage = () => i18n.t('notes.store.quotaFull');

function errorNames(error: unknown): string[] {
  const names: string[] = [];
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    names.push(current.name);
    current = (current as Error & { inner?: unknown }).inner ?? current.cause;
  }
  return names;
}

export function readableError(error: unknown): unknown {
  const names = errorNames(error);
  if (names.includes('QuotaExceededError')) return new Error(quotaMessage(), { cause: error });
  if (error instanceof Dexie.DexieError || (typeof DOMException !== 'undefined' && error instanceof DOMException)) {
    return new Error(i18n.t('notes.store.unreadable', { name: names[0] ?? 'Error' }), { cause: error });
  }
  return error;
}

/**
 * Runs store work and rewords its storage errors. Only awaits what `work` returns, so a read
 * wrapped in it still works inside Dexie's liveQuery.
 */
export async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw readableError(error);
  }
}
