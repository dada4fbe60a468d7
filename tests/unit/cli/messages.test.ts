/**
 * The scanner's strings come from locales/en.yml: every key `t()` accepts is there with the
 * substitutions its type promises, every string of the `cli` and `explanation` sections is used,
 * and `t()` fills them in as the extension's `i18n.t` does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, test } from 'vitest';
import { CATEGORIES } from '../../../detector/types.ts';
import { explain } from '../../../cli/output/explanations.ts';
import { t } from '../../../cli/output/i18n.ts';
import { ENGLISH_MESSAGES_FILE } from '../../../cli/output/message-catalog.ts';
import { CLI_MESSAGES, type MessageShape } from '../../../cli/output/message-keys.ts';

const parsed = await parseMessagesFile(ENGLISH_MESSAGES_FILE);
const catalog = new Map(parsed.map((message) => [message.key.join('.'), message]));
const CLI_FOLDER = join(import.meta.dirname, '../../../cli');

describe('the key table against locales/en.yml', () => {
  test.each(Object.entries(CLI_MESSAGES) as [string, MessageShape][])('%s', (key, shape) => {
    const message = catalog.get(key);
    expect(message, `${key} is missing from locales/en.yml`).toBeDefined();
    expect(message!.type === 'plural').toBe(shape.plural ?? false);
    expect([...message!.namedSubstitutions].sort()).toEqual([...(shape.named ?? [])].sort());
    // A plural's count fills $1.
    expect(message!.substitutions).toBe(shape.positional ?? (shape.plural ? 1 : 0));
  });

  test('every string of the cli and explanation sections is in the table, and the table is used', () => {
    const ours = [...catalog.keys()].filter((key) => key.startsWith('cli.') || key.startsWith('explanation.'));
    expect(ours.filter((key) => !Object.hasOwn(CLI_MESSAGES, key))).toEqual([]);
    const source = readdirSync(CLI_FOLDER, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts') && !name.endsWith('message-keys.ts'))
      .map((name) => readFileSync(join(CLI_FOLDER, name), 'utf8'))
      .join('\n');
    // A key is used by name ('cli.usage') or by a template over the categories (`explanation.${category}`).
    const templates = [...source.matchAll(/`([a-z.]+)\$\{category\}([a-z.]*)`/g)].map(
      ([, before, after]) =>
        new RegExp(`^${before!.replaceAll('.', '\\.')}(${CATEGORIES.join('|')})${after!.replaceAll('.', '\\.')}$`),
    );
    const used = (key: string) => source.includes(`'${key}'`) || templates.some((template) => template.test(key));
    expect(Object.keys(CLI_MESSAGES).filter((key) => !used(key))).toEqual([]);
  });
});

describe('t()', () => {
  test('fills named substitutions, and leaves "$" and braces in the values alone', () => {
    expect(t('cli.inputError', { input: 'a$1{reason}.txt', reason: 'no such file' })).toBe(
      'sourcelight: a$1{reason}.txt: no such file',
    );
  });

  test('picks the plural form by count and puts the count in $1', () => {
    const counts = { flagged: 1, share: 100, categories: '…', named: 0, unnamed: 1 };
    expect(t('cli.report.profile', 1, counts)).toContain('1 of 1 sentence flagged');
    expect(t('cli.report.profile', 12, counts)).toContain('1 of 12 sentences flagged');
  });
});

describe('explanations', () => {
  // The JSON's "explanation" is a public contract: this is its exact wording.
  test.each([
    [
      'anonymous',
      'This claim rests on people who are not named (“insiders”), so you cannot judge what they know or why they are talking.',
    ],
    [
      'vague',
      'This claim is put on an unnamed crowd (“Critics say”): nobody in particular stands behind it, so it cannot be checked or weighed.',
    ],
    [
      'secondhand',
      'This claim comes from a report or outlet that is not named (“a tabloid claimed”), so you cannot go back to the original to check it.',
    ],
    [
      'hedged',
      'This claim is passed on with a hedge (“$1 reportedly”) and no source at all: the article does not say who says so.',
    ],
  ] as const)('%s keeps its sentence', (category, sentence) => {
    const cue = /“(.*)”/.exec(sentence)![1]!;
    expect(explain(category, ` ${cue.replace(' ', '\n  ')} `)).toBe(sentence);
  });
});
