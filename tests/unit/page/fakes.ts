/** Fakes for browser APIs happy-dom lacks: the CSS Custom Highlight API. */
import type { HighlightLike, HighlightRegistryLike } from '../../../page/paint/highlight-painter.ts';

export class FakeHighlight extends Set<AbstractRange> implements HighlightLike {
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

export class FakeRegistry extends Map<string, HighlightLike> implements HighlightRegistryLike {
  /** Range texts of one entry, white space folded. */
  texts(name: string): string[] {
    const highlight = this.get(name) as FakeHighlight | undefined;
    return highlight ? [...highlight].map((range) => (range as Range).toString().replace(/\s+/g, ' ').trim()) : [];
  }
}

export const fakeHighlightApi = () => ({ registry: new FakeRegistry(), Highlight: FakeHighlight });

import type { Analysis, Category, Flag, Source } from '../../../detector/types.ts';

const FAKE_CUES: Array<[RegExp, Category]> = [
  [/\b(insiders?|sources)\b/i, 'anonymous'],
  [/\b(critics say|others think)\b/i, 'vague'],
  [/\bmedia reports\b/i, 'secondhand'],
  [/\breportedly\b/i, 'hedged'],
];

/** A stand-in for the detector: sentences split on . ! ?, one flag for the first cue word found. */
export function fakeAnalyze(text: string): Analysis {
  const sentences: Array<{ start: number; end: number }> = [];
  const flags: Flag[] = [];
  const sources: Source[] = [];
  for (const match of text.matchAll(/[^.!?\s][^.!?]*[.!?]*/g)) {
    const start = match.index!;
    const end = start + match[0].length;
    sentences.push({ start, end });
    for (const [pattern, category] of FAKE_CUES) {
      const cue = pattern.exec(match[0]);
      if (!cue) continue;
      const cueSpan = { start: start + cue.index, end: start + cue.index + cue[0].length, text: cue[0] };
      flags.push({ category, cue: cueSpan, sentence: { start, end, text: match[0] } });
      sources.push({ name: cue[0].toLowerCase(), kind: 'unnamed', category, mentions: [cueSpan] });
      break;
    }
  }
  return { sentences, flags, sources, stats: { sentences: sentences.length, flagged: flags.length } };
}
