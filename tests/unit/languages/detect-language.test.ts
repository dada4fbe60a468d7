/**
 * Language detection: the article's own words decide, the page's `lang` only when the text says
 * too little; languages without a reading (Italian, Portuguese, Dutch, Polish) are 'other', so
 * they get no flags rather than English or Spanish rules.
 */
import { describe, expect, test } from 'vitest';
import { type DetectedLanguage, detectLanguage } from '../../../detector/language/detect.ts';
import { LABELLED_SENTENCES } from '../../fixtures/labelled-sentences.ts';
import { composeTexts } from '../../fixtures/languages/articles.ts';
import { DETECTION_TEXTS } from '../../fixtures/languages/detection-texts.ts';
import { LANGUAGE_SETS } from '../../fixtures/languages/sets.ts';

const pools: Record<Exclude<DetectedLanguage, 'other'>, string[]> = {
  en: LABELLED_SENTENCES.map((sentence) => sentence.text),
  ...(Object.fromEntries(
    Object.entries(LANGUAGE_SETS).map(([language, sets]) => [language, [...sets.tuned, ...sets.heldOut].map((s) => s.text)]),
  ) as Record<'de' | 'fr' | 'es', string[]>),
};

describe('detectLanguage', () => {
  test.each(DETECTION_TEXTS.map(({ language, text }) => [language, text] as const))(
    'reads a short paragraph of names and numbers as %s, whatever the page claims: %s',
    (language, text) => {
      expect(text.length).toBeGreaterThanOrEqual(250);
      expect(detectLanguage(text)).toBe(language);
      expect(detectLanguage(text, language === 'en' ? 'de' : 'en')).toBe(language);
    },
  );

  test('is right on 99% or more of 300-character articles in each language, whatever the page claims', () => {
    for (const [language, pool] of Object.entries(pools)) {
      const texts = composeTexts(pool, 150, 300, language.charCodeAt(0));
      const wrongHint = language === 'en' ? 'de' : 'en';
      const right = texts.filter((text) => detectLanguage(text, wrongHint) === language).length;
      expect(right / texts.length, language).toBeGreaterThanOrEqual(0.99);
    }
  });

  test('follows the hint where the text is a few words, and reads a hint it has no reading for as other', () => {
    expect(detectLanguage('Berlin, 2024', 'de-DE')).toBe('de');
    expect(detectLanguage('Madrid', 'es')).toBe('es');
    expect(detectLanguage('Roma, 12 maggio', 'it')).toBe('other');
    expect(detectLanguage('', 'fr_FR.UTF-8')).toBe('fr');
    expect(detectLanguage('')).toBe('other');
  });

  test('an English article is English, though the page says German', () => {
    const text = composeTexts(pools.en, 1, 600, 3)[0]!;
    expect(detectLanguage(text, 'de')).toBe('en');
  });
});
