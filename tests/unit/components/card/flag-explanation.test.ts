import { describe, expect, it } from 'vitest';
import { explainFlag, MAX_PHRASE_CHARS, sourcePhrase } from '../../../../components/card/flag-explanation.ts';
import type { PageFlag } from '../../../../contract/messages.ts';

const flagOf = (category: PageFlag['category'], cue: string, sentence: string): PageFlag => {
  const start = sentence.indexOf(cue);
  return {
    id: 0,
    category,
    cue: { start, end: start + cue.length, text: cue },
    sentence: { start: 0, end: sentence.length, text: sentence },
    key: 'k',
  };
};

describe('the source phrase in a cue', () => {
  it.each([
    ['according to insiders', 'insiders'],
    ['Per multiple sources', 'multiple sources'],
    ['Some political insiders speculated', 'Some political insiders'],
    ['an insider claimed', 'an insider'],
    ['Sources spoke with', 'Sources'],
    ['Others think', 'Others'],
    ['other prominent people in the left-leaning party blame', 'other prominent people in the left-leaning party'],
    ['people familiar with the talks said', 'people familiar with the talks'],
    ['according to reports', 'reports'],
    ['a news outlet reported', 'a news outlet'],
    ['critics have said that', 'critics'],
  ])('%s → %s', (cue, phrase) => {
    expect(sourcePhrase(cue)).toBe(phrase);
  });
});

describe('why this sentence is flagged', () => {
  it.each([
    [
      flagOf('anonymous', 'people familiar with the talks said', 'A deal is close, people familiar with the talks said.'),
      'Who are “people familiar with the talks”? The article does not say.',
    ],
    [
      flagOf('anonymous', 'an insider claimed', '“It was over,” an insider claimed.'),
      'Who is “an insider”? The article does not say.',
    ],
    [
      flagOf('anonymous', 'Some political insiders speculated', 'Some political insiders speculated she will run.'),
      'Who are “some political insiders”? The article does not say.',
    ],
    [
      flagOf('vague', 'Others think', 'Others think she still has her eye on the race.'),
      'Who exactly are “others”? The article names nobody in particular.',
    ],
    [
      flagOf('secondhand', 'a news outlet reported', 'The talks failed, a news outlet reported.'),
      'The article does not say which “news outlet” this comes from, so the original cannot be checked.',
    ],
    [
      flagOf('secondhand', 'according to reports', 'The plant will close, according to reports.'),
      'The article does not say which “reports” this comes from, so the original cannot be checked.',
    ],
    [
      flagOf('hedged', 'reportedly', 'She reportedly spoke with the governor.'),
      '“reportedly”: according to whom? The article names no source for this claim.',
    ],
    // An acronym at the start of the sentence keeps its capitals.
    [
      flagOf('anonymous', 'NATO officials said', 'NATO officials said the drill would go ahead.'),
      'Who are “NATO officials”? The article does not say.',
    ],
  ])('%#: %s', (flag, expected) => {
    expect(explainFlag(flag)).toBe(expected);
  });

  it('a cue of verbs alone names nobody: the explanation says so without quoting it', () => {
    expect(sourcePhrase('said')).toBe('');
    expect(explainFlag(flagOf('anonymous', 'said', 'It was said.'))).toBe('The article does not say who is behind this claim.');
  });

  it('cuts a very long phrase, so the card stays a card', () => {
    const long = `${'very '.repeat(40)}senior people said`;
    const text = explainFlag(flagOf('anonymous', long, `${long}.`));
    expect(text).toContain('…”');
    expect(text.length).toBeLessThan(MAX_PHRASE_CHARS + 60);
  });
});
