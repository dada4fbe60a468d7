import { useEffect, useState } from 'preact/hooks';
import { readSettings, saveSettings, onSettingsChange } from '../../contract/settings-store.ts';
import type { Settings } from '../../contract/settings.ts';
import { errorMessage } from './use-async.ts';

export interface SettingsControls {
  /** Null until read. */
  settings: Settings | null;
  /** Why the settings could not be read or saved. */
  error?: string;
  /** Shows the change at once and stores it; a refused write puts the old settings back and rejects. */
  save(next: Settings): Promise<void>;
}

/** The reader's settings, following every change made anywhere (another page, another window). */
export function useSettings(): SettingsControls {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string>();
  useEffect(() => {
    let live = true;
    const unwatch = onSettingsChange((next) => live && setSettings(next));
    readSettings().then(
      (loaded) => live && setSettings((known) => known ?? loaded),
      (failure: unknown) => live && setError(errorMessage(failure)),
    );
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const save = async (next: Settings) => {
    const previous = settings;
    setSettings(next);
    setError(undefined);
    try {
      await saveSettings(next);
    } catch (failure) {
      setSettings(previous);
      setError(errorMessage(failure));
      throw failure;
    }
  };
  return { settings, ...(error ? { error } : {}), save };
}
