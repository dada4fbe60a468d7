/**
 * The detector's vocabulary. Offsets are JavaScript string indices (UTF-16 code
 * units) into the text given to `analyze`, so `text.slice(start, end) === span.text`.
 */

/** The four flag categories, in precedence order: where cues meet in one sentence, the first wins. */
export const CATEGORIES = ['anonymous', 'vague', 'secondhand', 'hedged'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export interface Flag {
  category: Category;
  /** The words that make the sentence a flag. */
  cue: TextSpan;
  /** The whole sentence the cue sits in. */
  sentence: TextSpan;
}

export type SourceKind = 'person' | 'organisation' | 'outlet' | 'unnamed';

export interface Source {
  /** Display name: "Joe Biden", "New York Magazine", or the unnamed phrase ("insiders"). */
  name: string;
  kind: SourceKind;
  /** For unnamed sources, the flag category they give rise to. */
  category?: Category;
  mentions: TextSpan[];
}

export interface Analysis {
  sentences: Span[];
  flags: Flag[];
  sources: Source[];
  stats: { sentences: number; flagged: number };
}
