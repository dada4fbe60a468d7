/** A cue found in one sentence: token indices into that sentence's tokens. */
import type { Category } from '../types.ts';

export interface Cue {
  category: Category;
  /** Token indices, end exclusive. */
  first: number;
  last: number;
  /** The source phrase inside the cue, when there is one (token indices, end exclusive). */
  source?: { first: number; last: number };
  /** Found by the learned scorer rather than a fixed pattern: a fixed pattern wins a tie. */
  learned?: boolean;
  /**
   * Passes on nobody in particular, as a hedge does ("we're told"): inside a named speaker's words
   * it is the speaker's, like every hedge (pipeline.ts withoutSpeakersOwn).
   */
  speakerOwned?: boolean;
}
