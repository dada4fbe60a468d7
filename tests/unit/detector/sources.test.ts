import { describe, expect, test } from 'vitest';
import { analyze } from '../../../detector/analyze.ts';

const sourcesOf = (text: string) => analyze(text).sources.map((source) => [source.kind, source.name]);

describe('named sources', () => {
  test.each([
    ['places are no sources', 'Berlin and Paris have said they will back the plan. Brussels said the talks would go on.', []],
    ['"The X" that reports is an outlet', 'The Information reported that the deal was near.', [['outlet', 'Information']]],
    [
      'a source word inside a name keeps the name whole',
      'The Open Source Initiative said the licence was approved.',
      [['organisation', 'Open Source Initiative']],
    ],
    [
      'two people joined by "and" are two sources',
      'Harris and Clinton said they were pleased.',
      [
        ['person', 'Harris'],
        ['person', 'Clinton'],
      ],
    ],
    [
      'a spokesperson speaks for the body named after "for"',
      'A spokesperson for Acme Corp said the firm would appeal.',
      [['organisation', 'Acme Corp']],
    ],
    [
      '"according to the X" names a body',
      'According to the Federal Reserve, inflation slowed.',
      [['organisation', 'Federal Reserve']],
    ],
    ['a title is left off the name', 'Sen. Maria Lopez told reporters the vote was close.', [['person', 'Maria Lopez']]],
    ['declining to comment is speaking', 'Acme Holdings declined to comment.', [['organisation', 'Acme Holdings']]],
    [
      'a body named again by the end of its name is the same body',
      'The European Commission said the rules apply. The Commission later said it would review the case.',
      [['organisation', 'European Commission']],
    ],
    [
      'the end of two bodies’ names is left as it is',
      'The Arts Council said it would help. The Sports Council said no. The Council said yes.',
      [
        ['organisation', 'Arts Council'],
        ['organisation', 'Sports Council'],
        ['organisation', 'Council'],
      ],
    ],
    ['an imperative opening the sentence is no name', 'Be warned, said John Smith.', [['person', 'John Smith']]],
  ])('%s', (_label, text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });

  test('a person is listed once, with every mention of the full name and the surname', () => {
    const text = 'Maria Lopez said the vote was close. Lopez added that she would run again.';
    const [lopez, ...others] = analyze(text).sources;
    expect(others).toEqual([]);
    expect(lopez!.name).toBe('Maria Lopez');
    expect(lopez!.mentions.map((mention) => [mention.start, mention.text])).toEqual([
      [0, 'Maria Lopez'],
      [37, 'Lopez'],
    ]);
  });

  test('unnamed sources are listed by their phrase and category', () => {
    const text = 'Witnesses said the driver was speeding. Some economists fear a recession.';
    expect(sourcesOf(text)).toEqual([
      ['unnamed', 'witnesses'],
      ['unnamed', 'some economists'],
    ]);
    expect(analyze(text).sources.map((source) => source.category)).toEqual(['anonymous', 'vague']);
  });
});
