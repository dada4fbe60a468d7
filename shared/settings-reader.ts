/**
 * The reader's settings as the page scripts read them: the same stored value as
 * settings-store.ts's item, through the browser's own storage API. The loader runs in every page
 * and the engine in every article, where the storage library (9 kB, and milliseconds of start-up
 * measured by `npm run bench:page`) would cost more than all the rest of reading them.
 */
import { browser } from '@wxt-dev/browser';
import { parseSettings, SETTINGS_KEY, type Settings } from './settings.ts';

/** The parts of `browser.storage` used here, so the page scripts and tests can pass their own. */
export interface SettingsArea {
  local: { get(key: string): Promise<Record<string, unknown>> };
  onChanged: {
    addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    removeListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
  };
}

const nativeStorage = () => browser.storage as unknown as SettingsArea;

/** The stored settings, parsed (defaults when nothing or something broken is stored). */
export async function readSettings(area: SettingsArea = nativeStorage()): Promise<Settings> {
  const stored = await area.local.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>);
  return parseSettings(stored[SETTINGS_KEY]);
}

/** Calls back with the parsed settings after every change; returns the unwatch. */
export function onSettingsChange(callback: (settings: Settings) => void, area: SettingsArea = nativeStorage()): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName === 'local' && SETTINGS_KEY in changes) callback(parseSettings(changes[SETTINGS_KEY]?.newValue));
  };
  area.onChanged.addListener(listener);
  return () => area.onChanged.removeListener(listener);
}
