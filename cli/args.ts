/** The command line: `sourcelight scan [--json] [--jobs N] [--quiet] INPUT...`, or `--help`. */
import { parseArgs } from 'node:util';
import { t } from './output/i18n.ts';

export const MAX_JOBS = 256;

export type Command = { kind: 'scan'; json: boolean; quiet: boolean; jobs?: number; inputs: string[] } | { kind: 'help' };

export class UsageError extends Error {}

const OPTIONS = {
  json: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  jobs: { type: 'string', short: 'j' },
  help: { type: 'boolean', short: 'h' },
} as const;

function jobsCount(value: string | undefined): number {
  const jobs = Number(value);
  if (!value || !/^\d+$/.test(value) || jobs < 1 || jobs > MAX_JOBS) {
    throw new UsageError(t('cli.problem.jobs', { max: MAX_JOBS, value: value ?? '' }));
  }
  return jobs;
}

export function parseCommandLine(argv: string[]): Command {
  // Not strict: every option is checked below, so that each problem has its own message.
  const { positionals, tokens } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    tokens: true,
    options: OPTIONS,
  });
  const command = { kind: 'scan' as const, json: false, quiet: false, jobs: undefined as number | undefined, help: false };
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const { name, rawName, value } = token;
    if (!Object.hasOwn(OPTIONS, name)) throw new UsageError(t('cli.problem.unknownOption', { option: rawName }));
    if (name === 'jobs') command.jobs = jobsCount(value);
    else if (value !== undefined) throw new UsageError(t('cli.problem.optionTakesNoValue', { option: rawName }));
    else command[name as 'json' | 'quiet' | 'help'] = true;
  }
  const [verb, ...inputs] = positionals;
  if (command.help || verb === 'help') return { kind: 'help' };
  if (verb !== 'scan') {
    throw new UsageError(verb ? t('cli.problem.unknownCommand', { command: verb }) : t('cli.problem.noCommand'));
  }
  if (inputs.length === 0) throw new UsageError(t('cli.problem.noInput'));
  const { json, quiet, jobs } = command;
  return { kind: 'scan', json, quiet, inputs, ...(jobs === undefined ? {} : { jobs }) };
}

export const usage = (cores: number): string => t('cli.usage', { cores });
