/**
 * The claim detector: text in; flags, sentences and sources out. Pure — no DOM, no browser —
 * so the content script, the command-line scanner and the tests all call it the same way.
 *
 * One linear pass: sentences are split, then read in order (pipeline.ts), each tokenised once;
 * fixed patterns (attribution.ts) and open-class candidates scored by the learned scorer
 * (open-cues.ts) give cues, and the source tagger (learned/tagger.ts), reading every word with
 * those cues as features, decides the sentence's flag. A document state carries what earlier
 * sentences said about who speaks.
 */
import type { Cue } from './cues/cue.ts';
import { TAGGER } from './knowledge/tagger-weights.ts';
import { Tagger } from './learned/tagger.ts';
import { readArticle } from './pipeline.ts';
import { SourceCollector } from './sources/sources.ts';
import { splitSentences } from './text/sentences.ts';
import type { Token } from './text/tokens.ts';
import type { Analysis, Flag, Span } from './types.ts';

const tagger = new Tagger(TAGGER);

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
  for (const reading of readArticle(text, sentences)) {
    const { tokens } = reading;
    const decision = tagger.decide(reading);
    const cues = [...reading.ruleCues, ...reading.open.filter((open) => open.accepted).map((open) => open.cue)];
    if (decision) {
      // The unnamed sources listed are those the flag rests on: its category's cues.
      for (const cue of [decision.cue, ...cues.filter((other) => other.category === decision.category && other !== decision.cue)])
        if (cue.source && cue.category !== 'hedged') sources.addUnnamed(tokens, cue.source.first, cue.source.last, cue.category);
      flags.push(flagOf(text, sentences[reading.index]!, tokens, { ...decision.cue, category: decision.category }));
    }
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
