import { describe, expect, test } from 'vitest';
import { queryWords, searchWords } from '../../../notes/search-words.ts';

describe('searchWords', () => {
  test.each([
    ['Officials said, "The deal is off."', ['officials', 'said', 'the', 'deal', 'is', 'off']],
    ['Léon Müller of São Paulo', ['leon', 'muller', 'of', 'sao', 'paulo']],
    ['ÉLYSÉE élysée Elysee', ['elysee']],
    ['U.S. officials, 3.5 per cent', ['u', 's', 'officials', '3', '5', 'per', 'cent']],
    ['Москва и Київ', ['москва', 'и', 'киів']],
    ['東京 の 記者', ['東京', 'の', '記者']],
    ['news.example.com', ['news', 'example', 'com']],
    ['  —  ', []],
    ['', []],
  ])('%j → %j', (text, words) => {
    expect(searchWords(text)).toEqual(words);
  });

  test('what a reader types finds what was stored, whatever the accents and case', () => {
    const stored = searchWords('Le président a démissionné');
    for (const typed of queryWords('PRESIDENT Demissionne')) expect(stored).toContain(typed);
  });
});
