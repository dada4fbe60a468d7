/**
 * The scanner's `t()`: the extension's catalogs (locales/<code>.yml) with the same rules as
 * `i18n.t` in the extension — a count picks the plural form and fills `$1`, `$1`…`$9` come from
 * an array, `{name}` from an object. English is read when this module loads; `useLanguage` reads
 * another once and prints in it from then on, with English for any key it lacks (as the browser
 * falls back to the default locale). One language a thread at a time: `runCli` sets it first, and
 * each worker thread sets the one the command chose.
 */
import { DEFAULT_LANGUAGE, type GetMessage, loadMessages, messagesFile } from './message-catalog.ts';
import type { CliMessageKey, MessageArguments } from './message-keys.ts';

const english = await loadMessages();
const catalogs = new Map<string, GetMessage>([[DEFAULT_LANGUAGE, english]]);
let language = DEFAULT_LANGUAGE;
let getMessage = english;

/** Prints in `code` (a language of locales/, see language-choice.ts) from now on, in this thread. */
export async function useLanguage(code: string): Promise<void> {
  let catalog = catalogs.get(code);
  if (!catalog) {
    catalog = await loadMessages(messagesFile(code));
    catalogs.set(code, catalog);
  }
  language = code;
  getMessage = catalog;
}

/** The language `t()` prints in now. */
export const scannerLanguage = (): string => language;

/** A number written as the scanner's language writes it: 100,000 · 100.000 · 100 000. */
export const formatNumber = (value: number): string => value.toLocaleString(language.replace('_', '-'));

/** The plural forms are joined by " | ": one form, or one and many, or none, one and many. */
function pluralForm(message: string, count: number): string {
  const forms = message.split(' | ');
  if (forms.length === 2) return forms[count === 1 ? 0 : 1]!;
  if (forms.length === 3) return forms[count === 0 || count === 1 ? count : 2]!;
  return forms[0]!;
}

const NAMED = /\{(\w+)\}/g;

export function t<K extends CliMessageKey>(key: K, ...args: MessageArguments<K>): string {
  let count: number | undefined;
  let positional: string[] | undefined;
  let named: Record<string, string | number> | undefined;
  for (const arg of args as unknown[]) {
    if (typeof arg === 'number') count = arg;
    else if (Array.isArray(arg)) positional = arg;
    else named = arg as Record<string, string | number>;
  }
  if (count !== undefined && positional === undefined) positional = [String(count)];
  const chromeKey = key.replaceAll('.', '_');
  let message = getMessage(chromeKey, positional) || english(chromeKey, positional);
  // A missing message is a mistake in this program, never something to print as "".
  if (!message) throw new Error(`No message for "${key}" in locales/${DEFAULT_LANGUAGE}.yml`);
  if (count !== undefined) message = pluralForm(message, count);
  if (!named) return message;
  const values = named;
  return message.replace(NAMED, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}
