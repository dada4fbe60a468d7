import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { parseSettings, SETTINGS_KEY, type Settings } from '../../shared/settings.ts';

/** The settings in browser.storage.local, kept current when any page changes them. */
export function useStoredSettings(): { settings: Settings | null; error?: string; save(next: Settings): void } {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string>();
  useEffect(() => {
    browser.storage.local
      .get(SETTINGS_KEY)
      .then((stored) => setSettings(parseSettings(stored[SETTINGS_KEY])))
      .catch((failure: unknown) => setError(String(failure)));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && SETTINGS_KEY in changes) setSettings(parseSettings(changes[SETTINGS_KEY]?.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  const save = (next: Settings) => {
    setSettings(next);
    browser.storage.local.set({ [SETTINGS_KEY]: next }).catch((failure: unknown) => setError(String(failure)));
  };
  return { settings, error, save };
}
