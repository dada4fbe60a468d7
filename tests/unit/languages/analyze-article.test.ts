import { describe, expect, it } from 'vitest';
import { analyzeArticle, languageOf } from '../../../detector/analyze-article.ts';

const GERMAN =
  'Die Regierung will das Gesetz noch in diesem Jahr beschließen. Insidern zufolge ist der Entwurf bereits fertig. ' +
  'Kritiker meinen, der Plan sei zu teuer und komme zu spät für die betroffenen Familien in der Stadt.';
const ITALIAN =
  'Il governo vuole approvare la legge entro la fine dell’anno. Secondo alcune fonti, il testo sarebbe già pronto, ' +
  'ma i critici ritengono che il piano sia troppo costoso per le famiglie della città.';

describe('an article in its own language', () => {
  it('reads English with the English detector', () => {
    const result = analyzeArticle('Critics say the plan will fail. The mayor said it would pass.');
    expect(result.language).toBe('en');
    expect(result.flags.map((flag) => flag.category)).toEqual(['vague']);
  });

  it('reads German with its own reader, even when the page claims English', () => {
    const result = analyzeArticle(GERMAN, { hint: 'en' });
    expect(result.language).toBe('de');
    expect(result.flags.map((flag) => flag.cue.text)).toContain('Insidern zufolge');
  });

  it('gives a language it does not read no flags, and says which it was', () => {
    const result = analyzeArticle(ITALIAN);
    expect(result).toMatchObject({ language: 'other', flags: [], stats: { flagged: 0 } });
  });

  it('reads a few words with no hint as English, and follows a hint where words are few', () => {
    expect(languageOf('Sources: deal off')).toBe('en');
    expect(languageOf('Angeblich Rücktritt', 'de-DE')).toBe('de');
  });

  it('keeps a language the caller already knows (one article read in chunks)', () => {
    expect(analyzeArticle('Insiders said the deal was off.', { language: 'other' }).flags).toEqual([]);
  });
});
