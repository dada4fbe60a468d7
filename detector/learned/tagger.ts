/**
 * The source tagger: a multiclass averaged perceptron that reads every word of a sentence
 * (token-features.ts) and says whether it stands in the source of an unnamed claim, and of which
 * category, or in a hedge ("hedged"). Trained on PolNeAR train's human source and cue spans by
 * tests/bench/polnear/train-tagger.ts. A sentence is flagged when a fixed pattern or accepted
 * candidate flags it, or when a word's best category beats "none" by the margin (the first
 * category in what-is-flagged.md's order wins); the cue is the pattern or candidate of that category when
 * there is one, else the tagged words and the verb they lean on.
 */
import type { Cue } from '../cues/cue.ts';
import { findsAClaim } from '../cues/verb-claims.ts';
import { namedAttributionAtEnd } from '../cues/open-cues.ts';
import { isDirective } from '../cues/predicate.ts';
import { headClassOf } from '../knowledge/phrase-heads.ts';
import { chooseCue, type SentenceReading } from '../pipeline.ts';
import type { Token } from '../text/tokens.ts';
import { CATEGORIES, type Category } from '../types.ts';

/** Class order of the weight rows: none first, then what-is-flagged.md's order. */
export const LABELS = ['none', ...CATEGORIES] as const;

export interface TaggerData {
  /** A word is tagged when its best category beats "none" by this much. */
  margin: number;
  /** An accepted candidate is dropped when no word of its source phrase leads "none" by this much. */
  veto?: number;
  /** Feature name → one weight per label, in LABELS order. */
  weights: Record<string, number[]>;
}

export interface Decision {
  category: Category;
  cue: Cue;
}

const MAX_CUE_REACH = 8;
/** A margin this large means the tagger adds no flag of its own (train-tagger.ts writes it so). */
export const NEVER = 100000;

export class Tagger {
  private readonly table: Map<string, number[]>;

  constructor(private readonly data: TaggerData) {
    this.table = new Map(Object.entries(data.weights));
  }

  scores(names: string[]): number[] {
    const sums = [0, 0, 0, 0, 0];
    for (const name of names) {
      const row = this.table.get(name);
      if (row) for (let label = 0; label < 5; label++) sums[label]! += row[label]!;
    }
    return sums;
  }

  /** Per word, the best category's lead over "none" (or -Infinity) and that category's index. */
  tag(reading: SentenceReading): Array<[lead: number, label: number]> {
    return reading.words().features.map((names) => {
      if (names.length === 0) return [Number.NEGATIVE_INFINITY, 0];
      const sums = this.scores(names);
      let best = 1;
      for (let label = 2; label < 5; label++) if (sums[label]! > sums[best]!) best = label;
      return [sums[best]! - sums[0]!, best];
    });
  }

  decide(reading: SentenceReading, margin = this.data.margin): Decision | null {
    // Words are read only when the tagger may add a flag or veto a candidate: most sentences need neither.
    const vetoable =
      this.data.veto !== undefined &&
      reading.open.some((o) => o.accepted && !o.outright && o.kind !== 'passive' && o.kind !== 'introducer');
    const tags = margin < NEVER || vetoable ? this.tag(reading) : [];
    // The first category in what-is-flagged.md's order among the tagged words wins the sentence.
    let label = 0;
    for (const [index, [lead, tagged]] of tags.entries())
      if (lead > margin && !reading.named.has(index) && (label === 0 || tagged < label)) label = tagged;
    const { tokens } = reading;
    const accepted = trustedCues(reading, tags, this.data.veto ?? Number.NEGATIVE_INFINITY);
    // Where a pattern or candidate flags the sentence, its category stands: they name categories better.
    const trusted = chooseCue(tokens, accepted);
    if (trusted) return { category: trusted.category, cue: trusted };
    if (label === 0) return null;
    const category = CATEGORIES[label - 1]!;
    const ofCategory = chooseCue(
      tokens,
      accepted.filter((cue) => cue.category === category),
    );
    if (ofCategory) return { category, cue: ofCategory };
    const first = tags.findIndex(([lead, tagged], index) => lead > margin && tagged === label && !reading.named.has(index));
    // "…, she said": what comes before a closing named attribution is that speaker's, as for the candidates.
    const spokenBy = namedAttributionAtEnd(tokens);
    if (spokenBy !== -1 && first < spokenBy) return null;
    let last = first + 1;
    while (last < tokens.length && last - first < MAX_CUE_REACH && tags[last]![0] > margin && tags[last]![1] === label) last++;
    // Reach on to the verb the source leans on: "his supporters say".
    const { speech } = reading.words();
    let spoken = category === 'hedged';
    for (let index = last; index < tokens.length && index - first < MAX_CUE_REACH; index++)
      if (speech[index]) {
        if (!passesClaimHere(tokens, index, speech[index]!, first)) return null;
        last = index + 1;
        spoken = true;
        // "experts urged the government to act": advice, not a claim (what-is-flagged.md).
        if (isDirective(tokens, speech[index]!, last)) return null;
        break;
      }
    // An unnamed source passes a claim on through a verb of speech or belief; a hedge needs none.
    if (!spoken) return null;
    return { category, cue: { category, first, last } };
  }
}

/**
 * Whether the verb at `index` passes a claim on here, as the candidates read it (links.ts): people
 * who find a thing pass on no claim ("researchers found the remains"), "found that" and a finding
 * do; "point" is speech only as "point to" or "point out" ("some pointed questions" is no claim).
 */
function passesClaimHere(tokens: Token[], index: number, lemma: string, source: number): boolean {
  const next = tokens[index + 1]?.lower;
  if (lemma === 'point') return next === 'to' || next === 'out';
  let finding = false;
  for (let at = source; at < index && !finding; at++) finding = headClassOf(tokens[at]!, tokens[at + 1])?.headClass === 'finding';
  return findsAClaim(tokens, index, lemma, finding);
}

/**
 * The cues that flag whatever the tagger says: the fixed patterns (better than the model at hedges
 * and anonymity markers, which PolNeAR's annotators often left unmarked), nouns of complaint,
 * passive agents, introducers ("according to one estimate"), and the other candidates the attribution scorer accepts unless no word of their
 * source phrase leads "none" by the veto. The tagger adds the sentences they miss.
 */
function trustedCues(reading: SentenceReading, tags: Array<[number, number]>, veto: number): Cue[] {
  const kept = reading.open.filter(({ cue, accepted, outright, kind }) => {
    // A passive agent stands after its claim, where the tagger's neighbours say little: the scorer decides.
    if (!accepted || outright || kind === 'passive' || kind === 'introducer' || !cue.source || tags.length === 0) return accepted;
    for (let index = cue.source.first; index < cue.source.last; index++) if (tags[index]![0] > veto) return true;
    return false;
  });
  return [...reading.ruleCues, ...kept.map((o) => o.cue)];
}
