/**
 * The extension's English strings (locales/en.yml) outside a browser: the scanner prints them, and
 * the unit tests answer `browser.i18n.getMessage` with them. Same substitution rules as the browser.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';

// A path, not a URL object: DOM test environments replace the global URL.
export const ENGLISH_MESSAGES_FILE = join(dirname(fileURLToPath(import.meta.url)), '../../locales/en.yml');

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
