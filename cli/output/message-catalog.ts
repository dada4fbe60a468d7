/**
 * The extension's strings (locales/<code>.yml) outside a browser: the scanner prints them, and
 * the unit tests answer `browser.i18n.getMessage` with the English ones. Same substitution rules
 * as the browser.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';

// Paths, not URL objects: DOM test environments replace the global URL.
export const LOCALES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../locales');

/** The language every other one falls back to, key by key (the manifest's default_locale). */
export const DEFAULT_LANGUAGE = 'en';

/** The file of one language's strings: `locales/de.yml` for "de". */
export const messagesFile = (language: string): string => join(LOCALES_DIR, `${language}.yml`);

export const ENGLISH_MESSAGES_FILE = messagesFile(DEFAULT_LANGUAGE);

/** Every language with a file in locales/ ("de", "en", "pt_BR"…), sorted: adding a file adds a language. */
export const AVAILABLE_LANGUAGES: readonly string[] = readdirSync(LOCALES_DIR)
  .filter((name) => name.endsWith('.yml'))
  .map((name) => name.slice(0, -'.yml'.length))
  .sort();

export type GetMessage = (key: string, substitutions?: string | string[]) => string;

/** `browser.i18n.getMessage` over one messages file: "" for an unknown key, `$1`…`$9` replaced, `$$` kept as `$`. */
export async function loadMessages(file = ENGLISH_MESSAGES_FILE): Promise<GetMessage> {
  const catalog: Record<string, { message: string }> = generateChromeMessages(await parseMessagesFile(file));
  return (key, substitutions) => {
    const entry = Object.hasOwn(catalog, key) ? catalog[key] : undefined;
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (subs[Number(which) - 1] ?? '')));
  };
}
