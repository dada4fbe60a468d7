/**
 * Candidates that what-is-flagged.md names outright are flagged whatever the learned scorer makes
 * of them: an unnamed poll or study passing on a finding, a noun of complaint. Read here through
 * a scorer that accepts nothing, so only the definition can let a candidate through.
 */
import { describe, expect, test } from 'vitest';
import { scoredOpenCues } from '../../../detector/cues/open-cues.ts';
import { DocumentState } from '../../../detector/discourse.ts';
import type { Scorer } from '../../../detector/scorer.ts';
import { tokenize } from '../../../detector/text/tokens.ts';

const acceptsNothing: Scorer = { score: () => 0, threshold: 1 };

const accepted = (sentence: string) =>
  scoredOpenCues(tokenize(sentence, 0, sentence.length), new DocumentState(), undefined, acceptsNothing)
    .filter((cue) => cue.accepted)
    .map((cue) => cue.cue.category);

describe('outright candidates', () => {
  test.each([
    'A 2019 analysis found that one ferry crossing in five left late.',
    'Polls show the council leader trailing in her own ward.',
    'Other studies have suggested a weaker link.',
    'One survey indicates that most commuters would pay more.',
    'Ticket sales fell, with surveys showing fans unhappy about the new kick-off times.',
  ])('an unnamed finding that passes on a result is vague: %s', (sentence) => {
    expect(accepted(sentence)).toEqual(['vague']);
  });

  test.each([
    // A named or pointed-back finding names its source.
    'A Quinnipiac poll found that voters were split.',
    'The study found that one crossing in five left late.',
    'The surveys showing fans unhappy were withdrawn.',
    // A finding that does something else passes on no result.
    'Polls closed at eight in the evening.',
    'Polling stations opening early were busy.',
    // Crowds are left to the scorer.
    'Critics say the ferry timetable is a fiction.',
  ])('anything else waits for the scorer: %s', (sentence) => {
    expect(accepted(sentence)).toEqual([]);
  });
});
