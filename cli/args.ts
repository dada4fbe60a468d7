/** The command line: `sourcelight scan [--json] [--jobs N] [--quiet] [--lang CODE] INPUT...`, or `--help`. */
import { parseArgs } from 'node:util';
import { t } from './output/i18n.ts';
import { languageList, supportedLanguage } from './output/language-choice.ts';

export const MAX_JOBS = 256;

export type Command =
  | { kind: 'scan'; json: boolean; quiet: boolean; jobs?: number; language?: string; inputs: string[] }
  | { kind: 'help'; language?: string };

export class UsageError extends Error {}

const OPTIONS = {
  json: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  jobs: { type: 'string', short: 'j' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

// Not strict: every option is checked in parseCommandLine, so that each problem has its own message.
const tokensOf = (argv: string[]) =>
  parseArgs({ args: argv, allowPositionals: true, strict: false, tokens: true, options: OPTIONS });

function jobsCount(value: string | undefined): number {
  const jobs = Number(value);
  if (!value || !/^\d+$/.test(value) || jobs < 1 || jobs > MAX_JOBS) {
    throw new UsageError(t('cli.problem.jobs', { max: MAX_JOBS, value: value ?? '' }));
  }
  return jobs;
}

/** `--lang`'s value as a language of locales/ (`de`, `de_AT`, `de-AT.UTF-8` → "de"), or a usage error. */
function languageOption(value: string | undefined): string {
  const language = value === undefined ? undefined : supportedLanguage(value);
  if (!language) throw new UsageError(t('cli.problem.lang', { languages: languageList(), value: value ?? '' }));
  return language;
}

/**
 * The language `--lang` asks for (the last one given), read before anything else so that even the
 * command line's own mistakes are told in it; undefined without one, or with one no file speaks.
 */
export function languageAsked(argv: string[]): string | undefined {
  const values = tokensOf(argv).tokens.flatMap((token) =>
    token.kind === 'option' && token.name === 'lang' ? [token.value] : [],
  );
  const last = values.at(-1);
  return last === undefined ? undefined : supportedLanguage(last);
}

export function parseCommandLine(argv: string[]): Command {
  const { positionals, tokens } = tokensOf(argv);
  const command = {
    kind: 'scan' as const,
    json: false,
    quiet: false,
    jobs: undefined as number | undefined,
    language: undefined as string | undefined,
    help: false,
  };
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const { name, rawName, value } = token;
    if (!Object.hasOwn(OPTIONS, name)) throw new UsageError(t('cli.problem.unknownOption', { option: rawName }));
    if (name === 'jobs') command.jobs = jobsCount(value);
    else if (name === 'lang') command.language = languageOption(value);
    else if (value !== undefined) throw new UsageError(t('cli.problem.optionTakesNoValue', { option: rawName }));
    else command[name as 'json' | 'quiet' | 'help'] = true;
  }
  const [verb, ...inputs] = positionals;
  const language = command.language === undefined ? {} : { language: command.language };
  if (command.help || verb === 'help') return { kind: 'help', ...language };
  if (verb !== 'scan') {
    throw new UsageError(verb ? t('cli.problem.unknownCommand', { command: verb }) : t('cli.problem.noCommand'));
  }
  if (inputs.length === 0) throw new UsageError(t('cli.problem.noInput'));
  const { json, quiet, jobs } = command;
  return { kind: 'scan', json, quiet, inputs, ...(jobs === undefined ? {} : { jobs }), ...language };
}

export const usage = (cores: number): string => t('cli.usage', { cores, languages: languageList() });
