import { describe, expect, it } from 'vitest';
import { matchQuote } from '../../../page/match-quote.ts';

const PAGE =
  'The council met on Tuesday. People familiar with the matter said the vote was delayed. ' +
  'The mayor declined to comment. Critics say the plan is rushed. ' +
  'Later, people familiar with the matter said the vote was delayed again.';

const slice = (match: { start: number; end: number } | null) => (match ? PAGE.slice(match.start, match.end) : null);

describe('matchQuote', () => {
  it('finds an exact passage where it is', () => {
    const quote = { exact: 'Critics say the plan is rushed.', prefix: 'to comment. ', suffix: ' Later' };
    const match = matchQuote(PAGE, quote);
    expect(slice(match)).toBe(quote.exact);
    expect(match?.exact).toBe(true);
  });

  it('chooses between two copies of a phrase by the words around it', () => {
    const exact = 'people familiar with the matter said the vote was delayed';
    const second = matchQuote(PAGE, { exact, prefix: 'Later, ', suffix: ' again.' });
    expect(second?.start).toBe(PAGE.lastIndexOf(exact));
    const first = matchQuote(PAGE, { exact: 'the vote was delayed', prefix: 'matter said ', suffix: '. The mayor' });
    expect(first?.start).toBe(PAGE.indexOf('the vote was delayed'));
  });

  it('uses the saved position when the context says nothing', () => {
    const exact = 'the vote was delayed';
    const late = matchQuote(PAGE, { exact, prefix: '', suffix: '' }, PAGE.length - 20);
    expect(late?.start).toBe(PAGE.lastIndexOf(exact));
  });

  it('finds a passage the outlet has lightly edited since', () => {
    const quote = { exact: 'Critics said the plan was rushed.', prefix: 'to comment. ', suffix: ' Later' };
    const match = matchQuote(PAGE, quote);
    expect(match?.exact).toBe(false);
    expect(slice(match)).toContain('plan is rushed');
  });

  it.each([
    ['a passage that is no longer on the page', 'The governor resigned in disgrace after the audit.'],
    ['an empty passage', ''],
  ])('gives up on %s', (_, exact) => {
    expect(matchQuote(PAGE, { exact, prefix: '', suffix: '' })).toBeNull();
  });

  it('gives up on an empty page', () => {
    expect(matchQuote('', { exact: 'Critics say', prefix: '', suffix: '' })).toBeNull();
  });
});
