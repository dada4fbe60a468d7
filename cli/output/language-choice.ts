/**
 * Which language the scanner prints in: `--lang`, else the locale the environment sets for
 * messages — LC_ALL, else LC_MESSAGES, else LANG, the first that is set and not empty, as POSIX
 * programs read them — else English. A locale such as `de_AT.UTF-8@euro` is read as `de_AT`, then
 * `de`; one with no file in locales/ (`C`, `POSIX`, `ja_JP.UTF-8`) means English, without a word:
 * the environment is not the reader's mistake. A `--lang` with no file is (see args.ts).
 */
import { AVAILABLE_LANGUAGES, DEFAULT_LANGUAGE } from './message-catalog.ts';

export type Environment = Readonly<Record<string, string | undefined>>;

/** The environment variables that name the messages' locale, strongest first. */
const LOCALE_VARIABLES = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

/** `de_DE.UTF-8@euro`, `de-de` → ['de_DE', 'de']: the locale without codeset or modifier, then its language. */
function candidates(locale: string): string[] {
  const [language = '', region] = locale.trim().split(/[.@]/)[0]!.split(/[-_]/);
  if (!/^[a-z]{2,3}$/i.test(language)) return [];
  const base = language.toLowerCase();
  return region ? [`${base}_${region.toUpperCase()}`, base] : [base];
}

/** The language of locales/ that `locale` names (a code such as "fr" or a locale such as "fr_CA.UTF-8"), if any. */
export function supportedLanguage(locale: string, available: readonly string[] = AVAILABLE_LANGUAGES): string | undefined {
  return candidates(locale).find((candidate) => available.includes(candidate));
}

/** The language the environment asks for, or English. */
export function languageFromEnvironment(env: Environment, available: readonly string[] = AVAILABLE_LANGUAGES): string {
  const locale = LOCALE_VARIABLES.map((name) => env[name]).find((value) => value !== undefined && value !== '');
  return (locale !== undefined && supportedLanguage(locale, available)) || DEFAULT_LANGUAGE;
}

/** The languages to offer in the usage and its errors: "de, en, es, fr". */
export const languageList = (available: readonly string[] = AVAILABLE_LANGUAGES): string => available.join(', ');
