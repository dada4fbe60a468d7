/**
 * The detector's reading of an article, sentence by sentence, before the sentence model decides:
 * the fixed patterns' cues, the scored open-class candidates, the cue the rules alone would flag,
 * and the sentence model's features. analyze() and the trainer both read articles through here.
 */
import { findCues } from './cues/attribution.ts';
import type { Cue } from './cues/cue.ts';
import { namedAttributionAtEnd, type ScoredOpenCue, scoredOpenCues } from './cues/open-cues.ts';
import { ANONYMOUS_HEADS, SPEECH_MARKS } from './knowledge/lexicon.ts';
import { ON_RECORD_NOUNS } from './knowledge/people.ts';
import { DocumentState } from './discourse.ts';
import { type Scorer, SHIPPED_SCORER } from './scorer.ts';
import { type TokenFeatures, tokenFeatures } from './learned/token-features.ts';
import { readSentences } from './text/sentence-reader.ts';
import type { Token } from './text/tokens.ts';
import { CATEGORIES, type Span } from './types.ts';

export interface SentenceReading {
  index: number;
  tokens: Token[];
  ruleCues: Cue[];
  open: ScoredOpenCue[];
  /** The cue the fixed patterns and accepted candidates give, chosen as what-is-flagged.md orders them. */
  ruleCue: Cue | undefined;
  /** Words of phrases the rules read as named or on the record: no unnamed source for the tagger there. */
  named: Set<number>;
  /** The tagger's features, computed on first use: most sentences never need them. */
  words(): TokenFeatures;
}

const PRECEDENCE = new Map(CATEGORIES.map((category, rank) => [category, rank]));

/** The cue a sentence is flagged for: best category first, then a cue outside quotations, then the earliest. */
export function chooseCue(tokens: Token[], cues: Cue[]): Cue | undefined {
  let best: Cue | undefined;
  const quoted = (cue: Cue) => tokens[cue.first]!.quoted && tokens[cue.last - 1]!.quoted;
  for (const cue of cues) {
    if (!best) {
      best = cue;
      continue;
    }
    const rank = PRECEDENCE.get(cue.category)! - PRECEDENCE.get(best.category)!;
    if (rank < 0) best = cue;
    else if (rank === 0) {
      const quoteOrder = Number(quoted(cue)) - Number(quoted(best));
      const learnedOrder = Number(Boolean(cue.learned)) - Number(Boolean(best.learned));
      const earlier = cue.first < best.first || (cue.first === best.first && learnedOrder < 0);
      if (quoteOrder < 0 || (quoteOrder === 0 && earlier)) best = cue;
    }
  }
  return best;
}

const NAMED_PRONOUNS = new Set(['he', 'she']);

/** Where a named speaker's words begin ("Mayor Karen Bass said", "police said", "she told"), or -1. */
function namedSpeechBefore(tokens: Token[]): number {
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.quoted || !SPEECH_MARKS.has(token.lower) || token.lower === 'according') continue;
    const subject = tokens[index - 1]!;
    if (!subject.isWord) continue;
    const named =
      (subject.capitalized && index - 1 > 0) || NAMED_PRONOUNS.has(subject.lower) || ON_RECORD_NOUNS.has(subject.lower);
    if (named && !ANONYMOUS_HEADS.has(subject.lower)) return index;
  }
  return -1;
}

/**
 * A hedge inside a named speaker's words is the speaker's (what-is-flagged.md): "police said the tablets
 * were believed to…", "…reportedly…, Harris said"; so is the speaker's own "we are told". Other cues stay.
 */
function withoutSpeakersOwn(tokens: Token[], cues: Cue[]): Cue[] {
  const speakers = (cue: Cue) => cue.category === 'hedged' || cue.speakerOwned;
  if (!cues.some(speakers)) return cues;
  const speaker = namedSpeechBefore(tokens);
  const closing = namedAttributionAtEnd(tokens, { leadingName: true });
  return cues.filter(
    (cue) => !speakers(cue) || !((speaker !== -1 && cue.first > speaker) || (closing !== -1 && cue.first < closing)),
  );
}

/** `scorer` is the shipped one but in training, where each fold is read by a scorer fitted on the others. */
export function* readArticle(text: string, sentences: Span[], scorer: Scorer = SHIPPED_SCORER): Generator<SentenceReading> {
  const state = new DocumentState();
  let previous = 'none';
  for (const { index, tokens } of readSentences(text, sentences)) {
    state.nextSentence();
    const ruleCues = withoutSpeakersOwn(tokens, findCues(tokens));
    const named = new Set<number>();
    const open = scoredOpenCues(tokens, state, named, scorer);
    const ruleCue = chooseCue(tokens, [...ruleCues, ...open.filter((o) => o.accepted).map((o) => o.cue)]);
    let words: TokenFeatures | undefined;
    const before = previous;
    previous = ruleCue?.category ?? 'none';
    yield {
      index,
      tokens,
      ruleCues,
      open,
      ruleCue,
      named,
      words: () => (words ??= tokenFeatures(tokens, ruleCues, open, before)),
    };
  }
}
