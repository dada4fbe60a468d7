/**
 * The scanner's `t()`: the extension's English catalog (locales/en.yml) with the same rules as
 * `i18n.t` in the extension — a count picks the plural form and fills `$1`, `$1`…`$9` come from
 * an array, `{name}` from an object. The catalog is read once, when this module loads.
 */
import { loadMessages } from './message-catalog.ts';
import type { CliMessageKey, MessageArguments } from './message-keys.ts';

const getMessage = await loadMessages();

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
  let message = getMessage(key.replaceAll('.', '_'), positional);
  // A missing message is a mistake in this program, never something to print as "".
  if (!message) throw new Error(`No English message for "${key}" in locales/en.yml`);
  if (count !== undefined) message = pluralForm(message, count);
  if (!named) return message;
  const values = named;
  return message.replace(NAMED, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}
