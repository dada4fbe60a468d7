/**
 * Every message the scanner prints, with what each one takes: its `{named}` substitutions, a
 * count for a plural, or `$1` positional ones. `t()` is typed from this table, and a unit test
 * holds the table to locales/en.yml, so a key or a substitution that goes missing fails there.
 */
export interface MessageShape {
  named?: readonly string[];
  positional?: number;
  plural?: boolean;
}

export const CLI_MESSAGES = {
  'cli.usage': { named: ['cores', 'languages'] },
  'cli.usageError': { named: ['problem'] },
  'cli.problem.noCommand': {},
  'cli.problem.unknownCommand': { named: ['command'] },
  'cli.problem.noInput': {},
  'cli.problem.unknownOption': { named: ['option'] },
  'cli.problem.optionTakesNoValue': { named: ['option'] },
  'cli.problem.jobs': { named: ['max', 'value'] },
  'cli.problem.lang': { named: ['languages', 'value'] },
  'cli.inputError': { named: ['input', 'reason'] },
  'cli.reason.noSuchFile': {},
  'cli.reason.isDirectory': {},
  'cli.reason.unreadable': { named: ['detail'] },
  'cli.reason.binary': {},
  'cli.reason.notUtf8': {},
  'cli.reason.notUtf16': {},
  'cli.reason.tooLarge': { named: ['limit'] },
  'cli.reason.tooDeep': { named: ['limit'] },
  'cli.reason.tooManyElements': { named: ['limit'] },
  'cli.reason.httpStatus': { named: ['status'] },
  'cli.reason.notText': { named: ['mediaType'] },
  'cli.reason.fetchFailed': { named: ['detail'] },
  'cli.reason.timedOut': { named: ['seconds'] },
  'cli.reason.scanFailed': { named: ['detail'] },
  'cli.reason.workerExited': { named: ['code'] },
  'cli.report.headingSeparator': {},
  'cli.report.title': { named: ['title'] },
  'cli.report.byline': { named: ['byline'] },
  'cli.report.noFlags': {},
  'cli.report.languageNotRead': {},
  'cli.report.categoryCount': { named: ['category', 'count'] },
  'cli.report.listSeparator': {},
  'cli.report.profile': { plural: true, named: ['flagged', 'share', 'categories', 'named', 'unnamed'] },
  'cli.progress': { named: ['done', 'total'] },
  'cli.progressWithFailures': { named: ['done', 'total', 'failed'] },
  'explanation.anonymous': { positional: 1 },
  'explanation.vague': { positional: 1 },
  'explanation.secondhand': { positional: 1 },
  'explanation.hedged': { positional: 1 },
  // The extension's own category names: the report for people uses the words the card uses.
  'category.anonymous.label': {},
  'category.vague.label': {},
  'category.secondhand.label': {},
  'category.hedged.label': {},
} as const satisfies Record<string, MessageShape>;

type Messages = typeof CLI_MESSAGES;
export type CliMessageKey = keyof Messages;

type NamesOf<K extends CliMessageKey> = Messages[K] extends { named: readonly (infer Name extends string)[] } ? Name : never;
type NamedArgument<K extends CliMessageKey> = [NamesOf<K>] extends [never] ? [] : [named: Record<NamesOf<K>, string | number>];

/** What `t(key, …)` takes after the key: a count for a plural, `$1`… values, or the named values. */
export type MessageArguments<K extends CliMessageKey> = Messages[K] extends { plural: true }
  ? [count: number, ...NamedArgument<K>]
  : Messages[K] extends { positional: number }
    ? [positional: string[]]
    : NamedArgument<K>;
