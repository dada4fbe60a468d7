/**
 * The cue a reader is shown runs from the source to its own verb, past a relative clause: not to
 * the clause's verb, an infinitive inside it, or a noun after an owner.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../detector/analyze.ts';

const firstCue = (text: string) => analyze(text).flags[0]?.cue.text ?? null;

describe('a relative clause between a source and its verb', () => {
  test.each([
    [
      'Some fans who travelled to the final to protest the sale say they will boycott the next match.',
      'Some fans who travelled to the final to protest the sale say',
    ],
    [
      'Friends of the coach who have watched him train all season say he is exhausted.',
      'Friends of the coach who have watched him train all season say',
    ],
    [
      'Some parents who have written to the school, by letter and by email, said the fees were unfair.',
      'Some parents who have written to the school, by letter and by email, said',
    ],
  ])('%s', (text, cue) => {
    expect(firstCue(text)).toBe(cue);
  });

  test('a name the phrase stands beside keeps the claim its own', () => {
    expect(firstCue('Jo Hart, 52, a nurse who has worked on the ward for a decade, said the staffing was adequate.')).toBeNull();
  });
});
