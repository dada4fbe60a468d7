/**
 * Every translation in locales/ answers for exactly the strings of en.yml (issue #21): the same
 * keys, each with the same `{named}` and `$1` substitutions and, for a plural, the same forms. A
 * key missing or extra fails, naming it, so a string added to en.yml fails here until it is
 * translated. The browser would quietly fall back to English for a missing key; the reader would
 * see a page in two languages. An English string reworded after it was translated fails too.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, test } from 'vitest';

const LOCALES_DIR = join(import.meta.dirname, '../../locales');

type Parsed = Awaited<ReturnType<typeof parseMessagesFile>>[number];

async function catalog(code: string): Promise<Map<string, Parsed>> {
  const messages = await parseMessagesFile(join(LOCALES_DIR, `${code}.yml`));
  return new Map(messages.map((message) => [message.key.join('.'), message]));
}

/** What a message takes and how it is shaped: the part a translation must keep. */
function shape(message: Parsed) {
  return {
    named: [...message.namedSubstitutions].sort(),
    positional: message.substitutions,
    plural: message.type === 'plural' ? Object.keys(message.plurals).sort() : null,
  };
}

/** The text of every form of a message. */
const textsOf = (message: Parsed): string[] =>
  message.type === 'plural' ? Object.values(message.plurals).map(String) : [message.message];

const english = await catalog('en');
const translations = readdirSync(LOCALES_DIR)
  .filter((name) => name.endsWith('.yml') && name !== 'en.yml')
  .map((name) => name.slice(0, -'.yml'.length))
  .sort();

test('German, French and Spanish are there', () => {
  expect(translations).toEqual(expect.arrayContaining(['de', 'es', 'fr']));
});

describe.each(translations)('locales/%s.yml', async (code) => {
  const translated = await catalog(code);

  test('has every key of en.yml', () => {
    expect([...english.keys()].filter((key) => !translated.has(key))).toEqual([]);
  });

  test('has no key en.yml lacks', () => {
    expect([...translated.keys()].filter((key) => !english.has(key))).toEqual([]);
  });

  test('takes the same substitutions, and has the same plural forms, as en.yml in every message', () => {
    const different = [...english]
      .filter(([key]) => translated.has(key))
      .flatMap(([key, message]) => {
        const [want, got] = [shape(message), shape(translated.get(key)!)];
        return JSON.stringify(want) === JSON.stringify(got) ? [] : [{ key, en: want, [code]: got }];
      });
    expect(different).toEqual([]);
  });

  test('leaves no sentence in English', () => {
    // A short label may rightly be the same word ("Notes", "Site", "Sources"); a sentence may not.
    const untranslated = [...translated]
      .filter(([key, message]) => {
        const original = english.get(key);
        if (!original) return false;
        return textsOf(message).some((text, index) => text === textsOf(original)[index] && text.split(/\s+/).length > 3);
      })
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  test('keeps the manifest’s name: Sourcelight', () => {
    for (const key of ['extension.name', 'extension.actionTitle']) expect(textsOf(translated.get(key)!)).toEqual(['Sourcelight']);
  });
});

describe('English reworded after its translations were made', () => {
  // The file records the English each translation answers for. A reworded English string fails
  // here, its old and new text side by side, until de, fr and es are brought in line with it and
  // the file is updated: `npx vitest run -u tests/unit/locales.test.ts`.
  test('every English string is the one de.yml, fr.yml and es.yml translate', async () => {
    const texts = Object.fromEntries([...english].map(([key, message]) => [key, textsOf(message).join(' | ')]));
    await expect(`${JSON.stringify(texts, null, 2)}\n`).toMatchFileSnapshot('../fixtures/locales/english-as-translated.json');
  });
});

/** Messages of one locale whose text breaks a rule of its typography. */
async function breaking(code: string, rule: (text: string) => boolean): Promise<string[]> {
  const messages = await catalog(code);
  return [...messages].filter(([, message]) => textsOf(message).some(rule)).map(([key]) => key);
}

describe('typography', () => {
  test('French: a narrow no-break space (U+202F) before ; ? ! and : and inside « », never a plain space', async () => {
    // "sourcelight: …" keeps the terminal's convention for a program's messages, a colon straight after the name.
    const plainSpace = (text: string) => /[ \u00a0][:;?!»%]|« /.test(text);
    const noSpace = (text: string) => /[\p{L}\p{N})][;?!]|«[^\u202f]|[^\u202f]»|\p{L}(?<!sourcelight): /u.test(text);
    expect(await breaking('fr', plainSpace)).toEqual([]);
    expect(await breaking('fr', noSpace)).toEqual([]);
  });

  test('Spanish: a question opens with ¿ and an exclamation with ¡', async () => {
    const unopened = (text: string) =>
      (text.match(/\?/g)?.length ?? 0) !== (text.match(/¿/g)?.length ?? 0) ||
      (text.match(/!/g)?.length ?? 0) !== (text.match(/¡/g)?.length ?? 0);
    expect(await breaking('es', unopened)).toEqual([]);
  });

  test('German and Spanish quote as their readers do: „…“ and «…», not English quotation marks', async () => {
    expect(await breaking('de', (text) => /“[^“]*$/.test(text.replace(/„[^“]*“/g, '')))).toEqual([]);
    expect(await breaking('es', (text) => /[“”]/.test(text))).toEqual([]);
  });
});
