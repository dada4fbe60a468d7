/**
 * The scanner speaks the reader's language (issue #21): `--lang`, else LC_ALL, LC_MESSAGES or
 * LANG, else English. Messages, the report for people and each flag's explanation follow it; the
 * JSON's keys and category names never do.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli, type CliIo } from '../../../cli/main.ts';
import { nodeIo } from '../../../cli/node-io.ts';
import { languageFromEnvironment, supportedLanguage } from '../../../cli/output/language-choice.ts';
import type { ScanReport } from '../../../cli/output/report.ts';
import { type RecordedRun, scan } from './fake-io.ts';

// Two flagged sentences (an unnamed source, a hedge) and one that is not flagged.
const ARTICLE = 'Officials said the plan would fail. The minister reportedly resigned. The mayor opened the bridge.';
const files = { 'article.txt': ARTICLE };

/** What a reader of each language sees: a category name in the report, the explanation's words around the cue. */
const SPOKEN = {
  en: {
    label: 'Anonymous',
    explanation: 'This claim rests on people who are not named (“Officials said”)',
    noFile: 'no such file',
  },
  de: {
    label: 'Anonym',
    explanation: 'Diese Aussage stützt sich auf Personen, die nicht genannt werden („Officials said“)',
    noFile: 'Datei nicht gefunden',
  },
  fr: {
    label: 'Anonyme',
    explanation: 'Cette affirmation repose sur des personnes qui ne sont pas nommées («\u202fOfficials said\u202f»)',
    noFile: 'fichier introuvable',
  },
  es: {
    label: 'Anónimo',
    explanation: 'Esta afirmación se apoya en personas que no se nombran («Officials said»)',
    noFile: 'no existe el archivo',
  },
} as const;
type Spoken = keyof typeof SPOKEN;

const reportOf = (run: RecordedRun) => JSON.parse(run.stdout[0]!) as ScanReport;

describe('--lang', () => {
  test.each(Object.keys(SPOKEN) as Spoken[])(
    '--lang %s: the report, the explanations and the errors in that language',
    async (code) => {
      const people = await scan(['scan', '--lang', code, 'article.txt', 'gone.txt'], { files });
      expect(people.stdout[0]).toContain(`  ${SPOKEN[code].label} `);
      expect(people.stderr).toEqual([`sourcelight: gone.txt: ${SPOKEN[code].noFile}`]);

      const json = reportOf(await scan(['scan', '--json', '--lang', code, 'article.txt'], { files }));
      expect(json.flags[0]!.explanation).toContain(SPOKEN[code].explanation);
    },
  );

  test('the JSON stays the same contract in every language: keys and category names in English', async () => {
    // One after another: a thread prints in one language at a time (cli/output/i18n.ts).
    const reports: ScanReport[] = [];
    for (const code of ['en', 'de', 'fr', 'es'] as const) {
      reports.push(reportOf(await scan(['scan', '--json', '--lang', code, 'article.txt'], { files })));
    }
    const [english, ...others] = reports;
    const withoutExplanations = (report: ScanReport) => ({
      ...report,
      flags: report.flags.map(({ explanation: _, ...flag }) => flag),
    });
    expect(english!.flags.map((flag) => flag.category)).toEqual(['anonymous', 'hedged']);
    for (const report of others) {
      expect(Object.keys(report)).toEqual(Object.keys(english!));
      expect(withoutExplanations(report)).toEqual(withoutExplanations(english!));
      expect(report.flags.map((flag) => flag.explanation)).not.toEqual(english!.flags.map((flag) => flag.explanation));
    }
  });

  test('--lang overrides the environment, and the last --lang wins', async () => {
    const run = await scan(['scan', '--lang', 'fr', '--lang', 'es', 'article.txt'], { files, env: { LANG: 'de_DE.UTF-8' } });
    expect(run.stdout[0]).toContain(`  ${SPOKEN.es.label} `);
  });

  test('a locale-like value is read for its language: de-AT, fr_CA.UTF-8, ES', async () => {
    for (const [value, code] of [
      ['de-AT', 'de'],
      ['fr_CA.UTF-8', 'fr'],
      ['ES', 'es'],
    ] as const) {
      const run = await scan(['scan', '--lang', value, 'article.txt'], { files });
      expect(run.code).toBe(0);
      expect(run.stdout[0]).toContain(`  ${SPOKEN[code].label} `);
    }
  });

  test('a language Sourcelight does not speak is a usage error (exit 2) naming the ones it does', async () => {
    const run = await scan(['scan', '--lang', 'xx', 'article.txt'], { files });
    expect(run.code).toBe(2);
    expect(run.stdout).toEqual([]);
    expect(run.stderr[0]).toMatch(/^sourcelight: --lang needs one of de, en, es, fr, not "xx"\.\n/);
  });

  test('that error, like any mistake on the command line, is told in the language otherwise chosen', async () => {
    const badLanguage = await scan(['scan', '--lang', 'pt', 'article.txt'], { files, env: { LANG: 'de_DE.UTF-8' } });
    expect(badLanguage.stderr[0]).toMatch(
      /^sourcelight: --lang braucht einen dieser Werte: de, en, es, fr, nicht „pt“\.\nAufruf: /,
    );
    const badJobs = await scan(['scan', '--jobs', '0', '--lang', 'fr', 'article.txt'], { files });
    expect(badJobs.code).toBe(2);
    expect(badJobs.stderr[0]).toMatch(
      /^sourcelight: --jobs attend un nombre entier de 1 à 256, pas «\u202f0\u202f»\.\nUtilisation\u202f: /,
    );
  });

  test('--help is printed in the language asked for', async () => {
    const run = await scan(['--help', '--lang', 'es']);
    expect(run.code).toBe(0);
    expect(run.stdout[0]).toMatch(/^Uso: sourcelight scan \[--json\] \[--jobs N\] \[--quiet\] \[--lang IDIOMA\] ENTRADA\.\.\./);
    expect(run.stdout[0]).toContain('por defecto: una por núcleo, aquí 2');
  });
});

describe('the environment: LC_ALL, then LC_MESSAGES, then LANG', () => {
  test.each([
    [{ LANG: 'de_DE.UTF-8' }, 'de'],
    [{ LANG: 'fr_FR.UTF-8' }, 'fr'],
    [{ LANG: 'es_MX.UTF-8' }, 'es'],
    [{ LANG: 'de_AT.ISO-8859-15@euro' }, 'de'],
    [{ LANG: 'en_GB.UTF-8' }, 'en'],
    [{ LANG: 'de_DE.UTF-8', LC_MESSAGES: 'fr_FR.UTF-8' }, 'fr'],
    [{ LANG: 'de_DE.UTF-8', LC_MESSAGES: 'fr_FR.UTF-8', LC_ALL: 'es_ES.UTF-8' }, 'es'],
    // An empty variable counts as unset.
    [{ LANG: 'de_DE.UTF-8', LC_ALL: '' }, 'de'],
    // The first one set decides, even when it names no language Sourcelight speaks.
    [{ LANG: 'de_DE.UTF-8', LC_ALL: 'C' }, 'en'],
  ] as const)('%j speaks %s', async (env, code) => {
    const run = await scan(['scan', 'article.txt'], { files, env });
    expect(run.stdout[0]).toContain(`  ${SPOKEN[code].label} `);
  });

  test.each<Record<string, string>>([
    {},
    { LANG: 'C.UTF-8' },
    { LANG: 'POSIX' },
    { LANG: 'ja_JP.UTF-8' },
    { LANG: 'pt_BR.UTF-8' },
    { LANG: '???' },
  ])('%j: English, without an error', async (env) => {
    const run = await scan(['scan', 'article.txt'], { files, env });
    expect(run.code).toBe(0);
    expect(run.stderr).toEqual([]);
    expect(run.stdout[0]).toContain(`  ${SPOKEN.en.label} `);
  });

  test('the language of a locale is found by its region first, then alone', () => {
    expect(supportedLanguage('pt_BR.UTF-8', ['en', 'pt_BR'])).toBe('pt_BR');
    expect(supportedLanguage('pt_PT.UTF-8', ['en', 'pt_BR'])).toBeUndefined();
    expect(supportedLanguage('pt_PT.UTF-8', ['en', 'pt', 'pt_BR'])).toBe('pt');
    expect(languageFromEnvironment({ LANG: 'pt_PT.UTF-8' }, ['en', 'pt_BR'])).toBe('en');
  });
});

describe('worker threads', () => {
  const folder = mkdtempSync(join(tmpdir(), 'sourcelight-languages-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const paths = Array.from({ length: 6 }, (_, index) => {
    const path = join(folder, `article-${index}.txt`);
    writeFileSync(path, ARTICLE);
    return path;
  });

  test('speak the language chosen in the main thread (LANG=fr_FR.UTF-8, --jobs 3)', async () => {
    const record: RecordedRun = { code: -1, stdout: [], stderr: [], progress: [] };
    const io: CliIo = {
      ...nodeIo,
      env: { LANG: 'fr_FR.UTF-8' },
      isTerminal: false,
      progress: undefined,
      stdout: (text) => record.stdout.push(text),
      stderr: (text) => record.stderr.push(text),
    };
    record.code = await runCli(['scan', '--json', '--jobs', '3', ...paths, join(folder, 'missing.txt')], io);
    expect(record.code).toBe(1);
    const explanations = record.stdout.map((line) => (JSON.parse(line) as ScanReport).flags[0]!.explanation);
    expect(explanations).toHaveLength(paths.length);
    for (const explanation of explanations) expect(explanation).toContain(SPOKEN.fr.explanation);
    expect(record.stderr).toEqual([expect.stringMatching(/missing\.txt: fichier introuvable$/)]);
  }, 30_000);
});
