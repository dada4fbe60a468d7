/**
 * What a reader of a German, French or Spanish article notices: sentences split where the
 * language ends them, one flag a sentence in what-is-flagged.md's order, a cue inside a quotation left to
 * its speaker, a hedge a named speaker says not flagged, German indirect speech carried on from a
 * named speaker, and the named and unnamed sources listed.
 */
import { describe, expect, test } from 'vitest';
import { analyzeInLanguage } from '../../../detector/languages/analyze-in-language.ts';
import type { LanguageCode } from '../../../detector/languages/knowledge.ts';
import { NEWS_ARTICLES } from '../../fixtures/languages/news-articles.ts';

const sentencesOf = (text: string, language: LanguageCode) =>
  analyzeInLanguage(text, language).sentences.map((span) => text.slice(span.start, span.end));
const flagsOf = (text: string, language: LanguageCode) =>
  analyzeInLanguage(text, language).flags.map((flag) => [flag.category, flag.cue.text, flag.sentence.text]);

describe('sentences', () => {
  test.each([
    [
      'de',
      'Das Museum öffnet am 3. Oktober. Dr. Anna Schulz leitet es, z. B. die Führungen. „Wir freuen uns.“ Sie lacht.',
      ['Das Museum öffnet am 3. Oktober.', 'Dr. Anna Schulz leitet es, z. B. die Führungen.', '„Wir freuen uns.“', 'Sie lacht.'],
    ],
    [
      'fr',
      "M. Dupont a parlé à Mme Roux. « C'est fini. » Le vote a lieu le 12 mars, etc. et rien ne change.",
      ['M. Dupont a parlé à Mme Roux.', "« C'est fini. »", 'Le vote a lieu le 12 mars, etc. et rien ne change.'],
    ],
    [
      'es',
      'EE. UU. firmó el acuerdo con la Sra. Pérez. ¿Quién pagará? «Nadie», dijo. El paro bajó al 11,2 %.',
      ['EE. UU. firmó el acuerdo con la Sra. Pérez.', '¿Quién pagará?', '«Nadie», dijo.', 'El paro bajó al 11,2 %.'],
    ],
  ] as const)('split where %s ends them', (language, text, expected) => {
    expect(sentencesOf(text, language)).toEqual(expected);
  });

  test('a line break always ends a sentence, so a headline stands alone', () => {
    expect(sentencesOf('Regierung in der Krise\nDer Minister tritt zurück.', 'de')).toEqual([
      'Regierung in der Krise',
      'Der Minister tritt zurück.',
    ]);
  });
});

describe('one flag a sentence', () => {
  test.each([
    ['de', 'Insidern zufolge soll der Minister das Geld angeblich genommen haben.', 'anonymous', 'Insidern zufolge'],
    ['fr', 'Selon la presse, certains estiment que le ministre aurait menti.', 'vague', 'certains estiment'],
    ['es', 'Según medios locales, el alcalde supuestamente cobró comisiones.', 'secondhand', 'Según medios locales'],
  ] as const)('in %s, the first category of what-is-flagged.md wins: %s', (language, text, category, cue) => {
    expect(flagsOf(text, language)).toEqual([[category, cue, text]]);
  });
});

describe('speakers', () => {
  test('a cue inside a quotation is the speaker’s', () => {
    expect(flagsOf('„Kritiker meinen, das reiche nicht“, sagte Ministerin Eva Lang.', 'de')).toEqual([]);
    expect(flagsOf("« Certains estiment que c'est trop tard », a déclaré la maire.", 'fr')).toEqual([]);
    expect(flagsOf('«Muchos creen que es tarde», dijo el alcalde.', 'es')).toEqual([]);
  });

  test('an unnamed source outside the quotation is still flagged', () => {
    expect(flagsOf("« C'est une catastrophe », glisse un proche du ministre.", 'fr')).toEqual([
      ['anonymous', 'un proche du', "« C'est une catastrophe », glisse un proche du ministre."],
    ]);
  });

  test('a hedge a named speaker says is the speaker’s', () => {
    expect(flagsOf('Laut Bürgermeister Tim Berg soll der Investor abgesprungen sein.', 'de')).toEqual([]);
    expect(flagsOf("Selon le ministre, l'entreprise aurait caché des pertes.", 'fr')).toEqual([]);
    expect(flagsOf('Según la fiscal Ana Gil, el acusado habría huido a Portugal.', 'es')).toEqual([]);
  });

  test('German indirect speech goes on reporting the named speaker, and is hedged after an unnamed one', () => {
    const named = 'Müller sagte, der Plan sei gescheitert. Man habe alles versucht. Eine Einigung gebe es nicht.';
    expect(flagsOf(named, 'de')).toEqual([]);
    const acrossQuotation = 'Müller sagte am Montag: „Wir geben nicht auf.“ Der Plan sei solide. Man habe alles geprüft.';
    expect(flagsOf(acrossQuotation, 'de')).toEqual([]);
    const later =
      'Müller sagte, der Plan sei solide. Es gab Kuchen. Die Sitzung dauerte lange. Alle gingen. Der Vorstand habe gezahlt.';
    expect(flagsOf(later, 'de')).toEqual([['hedged', 'habe', 'Der Vorstand habe gezahlt.']]);
    const unnamed = 'Aus Parteikreisen hieß es, der Plan sei gescheitert. Man habe alles versucht.';
    expect(flagsOf(unnamed, 'de').map(([category]) => category)).toEqual(['anonymous', 'hedged']);
  });

  test('a conditional of hypothesis is no hedge', () => {
    expect(flagsOf("Sans cette aide, l'usine aurait fermé.", 'fr')).toEqual([]);
    expect(flagsOf('Si llueve, el partido se habría suspendido.', 'es')).toEqual([]);
    expect(flagsOf("L'usine aurait fermé en secret.", 'fr')).toEqual([
      ['hedged', 'aurait fermé', "L'usine aurait fermé en secret."],
    ]);
  });
});

describe('sources', () => {
  test('lists named people, organisations and outlets, and the unnamed sources with their category', () => {
    const text =
      'Regierungssprecher Max Müller sagte, die Gespräche liefen. Die Polizei teilte mit, niemand sei verletzt. Wie der Spiegel berichtet, wackelt der Plan. Kritiker meinen, das reiche nicht.';
    const sources = analyzeInLanguage(text, 'de').sources.map(({ name, kind, category }) => ({ name, kind, category }));
    expect(sources).toEqual(
      expect.arrayContaining([
        { name: 'Max Müller', kind: 'person', category: undefined },
        { name: 'Polizei', kind: 'organisation', category: undefined },
        { name: 'Spiegel', kind: 'outlet', category: undefined },
        { name: 'Kritiker meinen', kind: 'unnamed', category: 'vague' },
      ]),
    );
  });
});

describe('whole articles', () => {
  test.each(NEWS_ARTICLES.map((article) => [article.language, article] as const))(
    'in %s, flags the sentences a reader should see flagged and lists the named sources',
    (language, { text, flags, named }) => {
      const analysis = analyzeInLanguage(text, language);
      expect(analysis.flags).toHaveLength(flags.length);
      analysis.flags.forEach((flag, index) => {
        expect(flag.sentence.text.startsWith(flags[index]![0])).toBe(true);
        expect(flag.category).toBe(flags[index]![1]);
      });
      const names = analysis.sources.filter((source) => source.kind !== 'unnamed').map((source) => source.name);
      expect(names).toEqual(expect.arrayContaining(named));
    },
  );
});
