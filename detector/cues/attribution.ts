/**
 * The fixed who-says-what patterns over one sentence's tokens: introducers and anonymity markers
 * (introducer-cues.ts), unnamed reports (report-cues.ts), hedges, impersonal crowds and the
 * writer's own unnamed sources (hedge-cues.ts). Open-class sources, scored by the learned model, are in open-cues.ts.
 */
import type { Cue } from './cue.ts';
import { hedgeCues, impersonalCrowdCues, toldUsCues } from './hedge-cues.ts';
import { ANONYMITY_MARKERS, introducerCues, markerCues } from './introducer-cues.ts';
import { BE_FORMS, HEDGE_ADVERBS, OUTLET_HEADS, REPORT_HEADS } from '../knowledge/lexicon.ts';
import { reportSubjectCues } from './report-cues.ts';
import type { Token } from '../text/tokens.ts';

export type { Cue };

// Which matchers a word can wake: one map lookup per token decides which matchers run at all.
const WAKES_INTRODUCER = 1;
const WAKES_MARKER = 2;
const WAKES_REPORT = 4;
const WAKES_IMPERSONAL = 8;
const WAKES_HEDGE = 16;
const WAKES_TOLD = 32;

const WAKERS = new Map<string, number>();
function wake(list: Iterable<string>, bit: number): void {
  for (const value of list) WAKERS.set(value, (WAKERS.get(value) ?? 0) | bit);
}
wake(['according', 'per', 'citing', 'cited', 'reported'], WAKES_INTRODUCER);
wake(
  ANONYMITY_MARKERS.map((marker) => marker[0]!),
  WAKES_MARKER,
);
wake([...REPORT_HEADS, ...OUTLET_HEADS, 'it'], WAKES_REPORT);
wake(['it', 'there', 'some', 'many', 'by'], WAKES_IMPERSONAL);
wake(
  [...HEDGE_ADVERBS, ...BE_FORMS, 'rumors', 'rumours', 'rumor', 'rumour', 'word', 'considered', 'seen', 'viewed', 'regarded'],
  WAKES_HEDGE,
);
wake(['hailed', 'touted', 'tipped', 'thought', 'believed', 'suspected', 'understood', 'reputed', 'rumored'], WAKES_HEDGE);
wake(["we're", "i'm", 'we', 'i', "we've", "i've"], WAKES_TOLD); // toldUsCues' first words

const MATCHERS: Array<[number, (tokens: Token[], cues: Cue[]) => void]> = [
  [WAKES_INTRODUCER, introducerCues],
  [WAKES_MARKER, markerCues],
  [WAKES_REPORT, reportSubjectCues],
  [WAKES_IMPERSONAL, impersonalCrowdCues],
  [WAKES_HEDGE, hedgeCues],
  [WAKES_TOLD, toldUsCues],
];

/** Every cue in the sentence, in no particular order. */
export function findCues(tokens: Token[]): Cue[] {
  let woken = 0;
  for (const token of tokens) if (token.isWord) woken |= WAKERS.get(token.lower) ?? 0;
  const cues: Cue[] = [];
  for (const [bit, matcher] of MATCHERS) if (woken & bit) matcher(tokens, cues);
  return cues;
}
