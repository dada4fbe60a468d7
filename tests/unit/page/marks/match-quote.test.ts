import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contextErrorBudget, MAX_CONTEXT_ERRORS, matchQuote, weighedContext } from '../../../../page/marks/match-quote.ts';
import { MAX_QUOTE_CONTEXT_CHARS } from '../../../../contract/note-model.ts';

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

describe('context is bounded (issue #12, item 5)', () => {
  const HUGE = 10_000;
  const quote = { exact: 'Critics say the plan is rushed.', prefix: 'to comment. ', suffix: ' Later' };

  it('weighs no more than the characters next to the passage, whatever the note holds', () => {
    const long = { ...quote, prefix: `${'x'.repeat(HUGE)}${quote.prefix}`, suffix: `${quote.suffix}${'y'.repeat(HUGE)}` };
    expect(weighedContext(long).prefix).toHaveLength(MAX_QUOTE_CONTEXT_CHARS);
    expect(weighedContext(long).suffix).toHaveLength(MAX_QUOTE_CONTEXT_CHARS);
    expect(weighedContext(long).prefix.endsWith(quote.prefix)).toBe(true);
    expect(contextErrorBudget(HUGE)).toBe(MAX_CONTEXT_ERRORS);
  });

  it('anything beyond the bound changes neither where a passage is found nor its score', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.string({ maxLength: 300 }),
        fc.integer({ min: 0, max: PAGE.length }),
        (far, farAfter, hint) => {
          const exact = 'the vote was delayed';
          const near = { exact, prefix: 'matter said '.padStart(MAX_QUOTE_CONTEXT_CHARS, '.'), suffix: ' again.' };
          const padded = {
            exact,
            prefix: far + near.prefix,
            suffix: near.suffix.padEnd(MAX_QUOTE_CONTEXT_CHARS, ' ') + farAfter,
          };
          const bounded = { ...near, suffix: near.suffix.padEnd(MAX_QUOTE_CONTEXT_CHARS, ' ') };
          expect(matchQuote(PAGE, padded, hint)).toEqual(matchQuote(PAGE, bounded, hint));
        },
      ),
    );
  });

  it('a note with a 10,000-character prefix and suffix still anchors, exactly and approximately', () => {
    const huge = { prefix: 'p'.repeat(HUGE), suffix: 's'.repeat(HUGE) };
    const page = PAGE.repeat(200);
    const exactNote = { ...quote, ...huge };
    const editedNote = { ...huge, exact: 'Critics said the plan was rushed.' };
    const time = (note: typeof exactNote) => {
      const start = performance.now();
      const match = matchQuote(page, note);
      return { ms: performance.now() - start, match };
    };
    const baseline = time({ ...quote, prefix: '', suffix: '' });
    const exact = time(exactNote);
    const approximate = time(editedNote);
    expect(exact.match?.exact).toBe(true);
    expect(approximate.match?.exact).toBe(false);
    expect(page.slice(approximate.match!.start, approximate.match!.end)).toContain('plan is rushed');
    // A benchmark print, not a timed assertion: the bound above is what the test holds to.
    console.info(
      `matchQuote on ${page.length.toLocaleString('en')} chars, 10,000-char prefix and suffix: exact ${exact.ms.toFixed(2)} ms, ` +
        `approximate ${approximate.ms.toFixed(2)} ms (baseline, no context: ${baseline.ms.toFixed(2)} ms)`,
    );
  });
});
