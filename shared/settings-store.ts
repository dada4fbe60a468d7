/** The reader's settings in browser.storage.local, as a @wxt-dev/storage item with a watch. */
import { storage, type WxtStorageItem } from '@wxt-dev/storage';
import { parseSettings, SETTINGS_KEY, type Settings } from './settings.ts';

/**
 * The stored settings as a @wxt-dev/storage item. It holds whatever is stored, unchecked: every
 * read goes through parseSettings, so a broken value still gives usable settings. Defined on
 * first use: defining an item reads storage (for migrations), which neither a content script's
 * start nor Node (the notes store is used from Node benchmarks) should pay for.
 */
let item: WxtStorageItem<unknown, Record<string, never>> | undefined;
export function settingsItem(): WxtStorageItem<unknown, Record<string, never>> {
  item ??= storage.defineItem<unknown, Record<string, never>>(`local:${SETTINGS_KEY}`);
  return item;
}

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await settingsItem().getValue());
}

export async function saveSettings(next: Settings): Promise<void> {
  await settingsItem().setValue(parseSettings(next));
}

/** Calls back with the parsed settings after every change, from any page; returns the unwatch. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem().watch((value) => callback(parseSettings(value)));
}
