/**
 * The reader's settings in browser.storage.local, read, watched and saved the one way every
 * extension context shares: the browser's own storage API (a storage library would add 9 kB).
 * Pages never call this: the engine asks the background ('settings/read'), as building the
 * storage API in a page's world costs milliseconds on every article (`npm run bench:page`).
 */
import { browser } from '@wxt-dev/browser';
import { parseSettings, SETTINGS_KEY, type Settings } from './settings.ts';

type ChangeListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

/** The parts of `browser.storage` used here, so the page scripts and tests can pass their own. */
export interface SettingsArea {
  local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
  onChanged: { addListener(listener: ChangeListener): void; removeListener(listener: ChangeListener): void };
}

const nativeStorage = () => browser.storage as unknown as SettingsArea;

/** The stored settings, parsed (defaults when nothing or something broken is stored). */
export async function readSettings(area: SettingsArea = nativeStorage()): Promise<Settings> {
  const stored = await area.local.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>);
  return parseSettings(stored[SETTINGS_KEY]);
}

/** Stores the settings, parsed first so nothing malformed is ever written. */
export async function saveSettings(next: Settings, area: SettingsArea = nativeStorage()): Promise<void> {
  await area.local.set({ [SETTINGS_KEY]: parseSettings(next) });
}

/** Calls back with the parsed settings after every change, from any context; returns the unwatch. */
export function onSettingsChange(callback: (settings: Settings) => void, area: SettingsArea = nativeStorage()): () => void {
  const listener: ChangeListener = (changes, areaName) => {
    if (areaName === 'local' && SETTINGS_KEY in changes) callback(parseSettings(changes[SETTINGS_KEY]?.newValue));
  };
  area.onChanged.addListener(listener);
  return () => area.onChanged.removeListener(listener);
}
