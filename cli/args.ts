import { parseArgs } from 'node:util';

export const USAGE = `Usage: sourcelight scan [--json] INPUT...

INPUT is a .txt file, an .html file, an http(s) URL, or - for standard input.
  --json   one JSON object per input, one a line
  --help   this text`;

export type Command = { kind: 'scan'; json: boolean; inputs: string[] } | { kind: 'help' };

export class UsageError extends Error {}

export function parseCommandLine(argv: string[]): Command {
  let parsed: ReturnType<
    typeof parseArgs<{
      args: string[];
      allowPositionals: true;
      options: { json: { type: 'boolean'; default: false }; help: { type: 'boolean'; short: 'h'; default: false } };
    }>
  >;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const [command, ...inputs] = parsed.positionals;
  if (parsed.values.help || command === 'help') return { kind: 'help' };
  if (command !== 'scan') throw new UsageError(command ? `Unknown command "${command}".` : 'No command given.');
  if (inputs.length === 0) throw new UsageError('scan needs at least one INPUT.');
  return { kind: 'scan', json: parsed.values.json ?? false, inputs };
}
