/**
 * Issue #21: a German, a French and a Spanish article are flagged in place, each read in its own
 * language; an Italian one, a language Sourcelight does not read, gets no flag (never English
 * rules read over it) and its report says which it was, for the popup to say why.
 */
import { expect, test } from 'vitest';
import { inEachBrowser } from './harness/in-each-browser.ts';
import { allSentences, settledHighlights } from './harness/settled-highlights.ts';

const READ = [
  ['German', '/article-de.html', 'de', ['Insidern zufolge', 'angeblich', 'Kritiker meinen', 'Medienberichten zufolge']],
  ['French', '/article-fr.html', 'fr', ['Selon des sources proches', 'aurait perdu', 'Certains estiment', 'Selon la presse']],
  ['Spanish', '/article-es.html', 'es', ['Según fuentes cercanas', 'Al parecer', 'Muchos creen', 'Según medios locales']],
] as const;

inEachBrowser('articles in other languages', (context) => {
  test.each(READ)('a %s article gets its flags painted in place', async (_name, path, language, cues) => {
    const { browser, server } = context();
    const tab = await browser.open(server.url(path));
    const sentences = allSentences(await settledHighlights(tab));
    expect(sentences).toHaveLength(cues.length);
    for (const cue of cues) expect(sentences.some((sentence) => sentence.includes(cue))).toBe(true);
    // The named mayor's sentence is hers: listed as a source, never flagged.
    expect(sentences.some((sentence) => /Lang|Dubois|Romero/.test(sentence))).toBe(false);
    const report = await browser.pageReport();
    expect(report.language).toBe(language);
    expect(report.stats.flagged).toBe(cues.length);
    await tab.close();
  });

  test('an Italian article gets no flag, and the report says it is a language Sourcelight does not read', async () => {
    const { browser, server } = context();
    const tab = await browser.open(server.url('/article-it.html'));
    expect(allSentences(await settledHighlights(tab, { allowNone: true }))).toEqual([]);
    const report = await browser.pageReport();
    expect(report).toMatchObject({ language: 'other', stats: { flagged: 0 } });
    await tab.close();
  });
});
