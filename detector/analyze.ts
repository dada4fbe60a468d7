/**
 * The claim detector: text in; flags, sentences and sources out. Pure — no DOM, no browser —
 * so the content script, the command-line scanner and the tests all call it the same way.
 *
 * One linear pass: sentences are split, then read in order (readSentences), each tokenised once;
 * fixed patterns (attribution.ts) and open-class sources scored by the learned model
 * (open-cues.ts) give cues, and one cue a sentence makes its flag. A document state carries what
 * earlier sentences said about who speaks.
 */
import { findCues } from './cues/attribution.ts';
import type { Cue } from './cues/cue.ts';
import { DocumentState } from './discourse.ts';
import { openCues } from './cues/open-cues.ts';
import { splitSentences } from './text/sentences.ts';
import { SourceCollector } from './sources/sources.ts';
import { readSentences } from './text/sentence-reader.ts';
import type { Token } from './text/tokens.ts';
import { CATEGORIES, type Analysis, type Flag, type Span } from './types.ts';

const PRECEDENCE = new Map(CATEGORIES.map((category, rank) => [category, rank]));

/** The cue a sentence is flagged for: best category first, then a cue outside quotations, then the earliest. */
function chooseCue(tokens: Token[], cues: Cue[]): Cue | undefined {
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

function flagOf(text: string, sentence: Span, tokens: Token[], cue: Cue): Flag {
  const cueStart = tokens[cue.first]!.start;
  const cueEnd = tokens[cue.last - 1]!.end;
  return {
    category: cue.category,
    cue: { start: cueStart, end: cueEnd, text: text.slice(cueStart, cueEnd) },
    sentence: { start: sentence.start, end: sentence.end, text: text.slice(sentence.start, sentence.end) },
  };
}

export function analyze(text: string): Analysis {
  const sentences = splitSentences(text);
  const flags: Flag[] = [];
  const sources = new SourceCollector(text);
  const state = new DocumentState();
  for (const { index, tokens } of readSentences(text, sentences)) {
    state.nextSentence();
    const cues = [...findCues(tokens), ...openCues(tokens, state)];
    for (const cue of cues)
      if (cue.source && cue.category !== 'hedged') sources.addUnnamed(tokens, cue.source.first, cue.source.last, cue.category);
    const cue = chooseCue(tokens, cues);
    if (cue) flags.push(flagOf(text, sentences[index]!, tokens, cue));
    if (cues.length > 0) sources.collectUnnamedOutlets(tokens);
    sources.collectNamed(tokens);
  }
  return {
    sentences,
    flags,
    sources: sources.result(),
    stats: { sentences: sentences.length, flagged: flags.length },
  };
}
