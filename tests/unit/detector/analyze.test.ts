import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../detector/analyze.ts';

const firstFlag = (text: string) => {
  const { flags } = analyze(text);
  return flags.length === 0 ? null : [flags[0]!.category, flags[0]!.cue.text];
};

describe('the examples of docs/what-is-flagged.md', () => {
  test.each([
    ['anonymous', 'According to insiders, the deal is off.', 'According to insiders'],
    ['anonymous', 'A source said the talks had failed.', 'A source said'],
    ['anonymous', 'Sources close to the actor say he is fine.', 'Sources close to the actor say'],
    ['anonymous', 'People familiar with the matter said the firm would be sold.', 'People familiar with the matter said'],
    ['anonymous', 'Two people briefed on the plans said it was delayed.', 'Two people briefed on the plans said'],
    ['anonymous', 'An aide said the senator was tired.', 'An aide said'],
    ['anonymous', 'Advisers say the plan will change.', 'Advisers say'],
    ['anonymous', 'Staffers said morale was low.', 'Staffers said'],
    ['anonymous', 'A senior official said the strike was planned.', 'A senior official said'],
    ['anonymous', 'Allies say she will run.', 'Allies say'],
    ['anonymous', 'Confidants say he is bitter.', 'Confidants say'],
    ['anonymous', 'A friend of the singer said she was fine.', 'A friend of the singer said'],
    ['anonymous', 'Family members said he was recovering.', 'Family members said'],
    ['anonymous', 'A person with knowledge of the deal said it was signed.', 'A person with knowledge of the deal said'],
    ['anonymous', 'People with direct knowledge of the work said it was late.', 'People with direct knowledge of the work said'],
    [
      'anonymous',
      'A diplomat, who spoke on condition of anonymity, said talks would resume.',
      'A diplomat, who spoke on condition of anonymity, said',
    ],
    [
      'anonymous',
      "A nurse, who didn't wish to be identified, said the ward was closed.",
      "A nurse, who didn't wish to be identified, said",
    ],
    [
      'anonymous',
      'The Journal reported, citing people familiar with the plans, that the merger is off.',
      'citing people familiar with',
    ],
    ['vague', 'Some say the plan is too costly.', 'Some say'],
    ['vague', 'Others think she will win.', 'Others think'],
    ['vague', 'Many believe the vote was rigged.', 'Many believe'],
    ['vague', 'Critics argue the law is unfair.', 'Critics argue'],
    ['vague', 'Experts say prices will rise.', 'Experts say'],
    ['vague', 'Analysts expect a cut in rates.', 'Analysts expect'],
    ['vague', 'Observers note the crowds were smaller.', 'Observers note'],
    ['vague', 'Fans speculated that the band would split.', 'Fans speculated'],
    ['vague', 'It is widely believed that he will resign.', 'It is widely believed'],
    ['vague', 'There are those who say the war is lost.', 'There are those who'],
    ['secondhand', 'According to reports, the star has left the show.', 'According to reports'],
    ['secondhand', 'Media reports say the team is for sale.', 'Media reports say'],
    ['secondhand', 'A news outlet reported that the minister resigned.', 'A news outlet reported'],
    ['secondhand', 'A report claimed the numbers were inflated.', 'A report claimed'],
    ['secondhand', 'Local media said the fire spread quickly.', 'Local media said'],
    ['secondhand', 'State media reported that the leader was ill.', 'State media reported'],
    ['secondhand', 'A newspaper claimed the deal was done.', 'A newspaper claimed'],
    ['secondhand', 'As first reported by a gossip site, the couple split.', 'As first reported by a gossip site'],
    ['hedged', 'The actor reportedly quit.', 'reportedly'],
    ['hedged', 'The banker allegedly lied.', 'allegedly'],
    ['hedged', 'The alleged bribe was paid in cash.', 'alleged'],
    ['hedged', 'She is said to be furious.', 'is said to'],
    ['hedged', 'The pair is rumored to be dating.', 'is rumored to'],
    ['hedged', 'The star supposedly refused the part.', 'supposedly'],
    ['hedged', 'The plan apparently failed.', 'apparently'],
    ['hedged', 'He is believed to have left the country.', 'is believed to'],
    ['hedged', 'Rumors are swirling about a comeback.', 'Rumors are swirling'],
    ['hedged', 'Word is the shop will close.', 'Word is'],
    ['hedged', 'Rumour had it that the club would be sold.', 'Rumour had it'],
    ['anonymous', "We're told the talks broke down late on Friday.", "We're told"],
    ['anonymous', 'I am told the plan has been shelved.', 'I am told'],
    ['vague', "Clinton's supporters argue that the count was unfair.", "Clinton's supporters argue"],
    ['anonymous', 'A former speechwriter said the office was chaotic.', 'A former speechwriter said'],
    ['vague', 'One study found that the drug worked.', 'One study found'],
    ['vague', 'The race is close, with polls showing the mayor ahead.', 'polls showing'],
    ['hedged', 'The plan is widely regarded as a failure.', 'is widely regarded as'],
    ['hedged', 'The levy is nonetheless considered a fair price for the service.', 'is nonetheless considered'],
    ['hedged', 'The striker, considered a front-runner, said nothing.', 'considered a'],
  ])('%s: %s', (category, text, cue) => {
    expect(firstFlag(text)).toEqual([category, cue]);
  });

  test.each([
    ['Biden told USA Today the economy was strong.'],
    ['Mayor Karen Bass said the city would rebuild.'],
    ['The Department of Justice said in a statement that it would appeal.'],
    ['Apple spokesperson Josh Rosenstock declined to comment.'],
    ['The company disclosed the loss in a filing with the SEC.'],
    ['The police said the suspect had fled.'],
    ['New York Magazine reported that the show would end.'],
    ['As OK! previously reported, the couple wed in June.'],
    ['She said the plan would work.'],
    ['The senator added that the vote was close.'],
    ['The firm makes open-source software.'],
    ['The grid runs on renewable sources of energy.'],
    ['He was jailed for insider trading.'],
    ['Some 40,000 people attended the rally.'],
    ['Others were injured in the crash.'],
    ['The film won the critics’ choice award.'],
    ['Inside the stadium, the mood was tense.'],
    ['Editors cut the word "reportedly" from the headline.'],
    ['We are told to stay indoors until the storm passes.'],
    ['"I am told nothing," the mayor said.'],
    ["The union answered the minister's criticism of striking nurses."],
  ])('not flagged: %s', (text) => {
    expect(analyze(text).flags).toEqual([]);
  });

  test('a sentence holds one flag, and the first category wins', () => {
    const { flags } = analyze('Critics say the singer reportedly quit, according to insiders and local media.');
    expect(flags).toHaveLength(1);
    expect(flags[0]!.category).toBe('anonymous');
  });

  test('a cue outside a quotation wins over one inside it', () => {
    const { flags } = analyze('"Aides say he is tired," an insider claimed to a news outlet.');
    expect(flags.map((flag) => flag.cue.text)).toEqual(['an insider claimed']);
  });
});

describe('the seed article', () => {
  const text = readFileSync(new URL('../../fixtures/seed-article.txt', import.meta.url), 'utf8');
  const analysis = analyze(text);

  test('gives exactly the eight flags of the seed table', () => {
    expect(analysis.flags.map((flag) => [flag.category, flag.cue.text, flag.sentence.text.slice(0, 30)])).toEqual([
      ['hedged', 'reportedly', 'Former Vice President Kamala H'],
      ['anonymous', 'according to insiders', 'Not much is known about the de'],
      ['anonymous', 'Some political insiders speculated', 'Some political insiders specul'],
      ['vague', 'Others think', 'Others think she still has her'],
      ['anonymous', 'Per multiple sources', 'Per multiple sources, Biden to'],
      ['anonymous', 'an insider claimed', '"Aides say the president has b'],
      ['vague', 'other prominent people in the left-leaning party blame', 'However, other prominent peopl'],
      ['anonymous', 'Sources spoke with', 'Sources spoke with New York Ma'],
    ]);
  });

  test('offsets slice back to the texts they name', () => {
    for (const flag of analysis.flags) {
      expect(text.slice(flag.cue.start, flag.cue.end)).toBe(flag.cue.text);
      expect(text.slice(flag.sentence.start, flag.sentence.end)).toBe(flag.sentence.text);
    }
    for (const source of analysis.sources)
      for (const mention of source.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  });

  test('lists who is named and who is not', () => {
    const byKind = (kind: string) => analysis.sources.filter((source) => source.kind === kind).map((source) => source.name);
    expect(byKind('outlet')).toEqual(expect.arrayContaining(['OK!', 'USAToday', 'New York Magazine']));
    expect(byKind('person')).toEqual(expect.arrayContaining(['Joe Biden', 'Kamala Harris']));
    expect(byKind('unnamed')).toEqual(expect.arrayContaining(['insiders', 'multiple sources', 'an insider', 'a news outlet']));
    expect(byKind('person')).not.toContain('Aides');
  });

  test('the headline, the related headlines and the sign-up line are not flagged', () => {
    const flagged = analysis.flags.map((flag) => flag.sentence.text);
    expect(flagged.some((sentence) => sentence.includes('Report') || sentence.includes('Sign up'))).toBe(false);
  });
});

describe('what earlier sentences said about who speaks', () => {
  const flagsOf = (text: string) => analyze(text).flags.map((flag) => [flag.category, flag.cue.text]);

  test('"they" after an unnamed source is that source', () => {
    expect(flagsOf('Several nurses at the hospital said the ward was closed. They said patients were moved.')).toEqual([
      ['vague', 'Several nurses at the hospital said'],
      ['vague', 'They said'],
    ]);
  });

  test('"the sources" points back to unnamed sources', () => {
    expect(
      flagsOf('Two sources close to the talks said a deal was near. The sources said it could be signed on Friday.'),
    ).toEqual([
      ['anonymous', 'Two sources close to the talks said'],
      ['anonymous', 'The sources said'],
    ]);
  });

  test('"the researchers" after a named team are that team', () => {
    expect(
      flagsOf('A team at the Karolinska Institute studied 4,000 patients. The researchers said the drug cut the risk.'),
    ).toEqual([]);
  });

  test('"they" after a named speaker is not flagged', () => {
    expect(flagsOf('Mayor Ana Ruiz and her deputy met the families. They said the bridge would reopen.')).toEqual([]);
  });

  test('a quotation running over several sentences is its speaker’s', () => {
    const text =
      'Mayor Ana Ruiz spoke at length. "We have seen this before. Many people are upset about it. It will not happen again," she said.';
    expect(flagsOf(text)).toEqual([]);
  });

  test('members of a named panel are named, unless they speak privately', () => {
    expect(flagsOf('Democrats on the Oversight Committee met on Tuesday. Democrats said the vote was unfair.')).toEqual([]);
    expect(flagsOf('Several Democrats on the committee have privately expressed doubts.')).toEqual([
      ['anonymous', 'Several Democrats on the committee have privately expressed'],
    ]);
  });
});

describe('a named speaker closing the sentence', () => {
  const flagsOf = (text: string) => analyze(text).flags.map((flag) => [flag.category, flag.cue.text]);

  test('a hedge before a closing named speaker is that speaker’s', () => {
    expect(flagsOf('The firm reportedly lost money last year, Harris said.')).toEqual([]);
  });

  test('"we are told" in a named speaker’s words is the speaker’s', () => {
    expect(flagsOf('We are told all the time that the region is a special case, Mr. Putin said.')).toEqual([]);
  });

  test('a closing crowd is no named speaker', () => {
    expect(flagsOf('The plan reportedly failed, Democrats said.')).toEqual([['vague', 'Democrats said']]);
  });
});

describe('a page whose text is one endless run of letters', () => {
  // A pattern that backtracks over every letter of such a run overflows the stack: the scan must not.
  test.each([
    ['alone', 'a'.repeat(2_000_000)],
    ['after "former", as a post would stand', `A former ${'a'.repeat(2_000_000)} said it.`],
  ])('%s: read, nothing flagged', (_where, text) => {
    expect(analyze(text).flags).toEqual([]);
  });
});
