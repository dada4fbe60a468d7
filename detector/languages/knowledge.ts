/**
 * What a reader of a language tells the shared machinery: the shape of `de.ts`, `fr.ts` and
 * `es.ts`. Everything here is words and patterns, so a reader can review it without reading code.
 *
 * Pattern syntax (see patterns.ts), matched against whole words:
 * - words separated by a space match words separated by any white space; case is ignored in cues;
 * - `*` stands for any letters inside a word: `*kreisen` is "Regierungskreisen", "Parteikreisen";
 * - `(a|b c|)` is a choice of words; an empty choice makes it optional;
 * - `…` stands for up to eight words of the same clause (no comma or sentence mark between);
 * - `!(a|b)` after a word: the next word is none of these;
 * - `'` matches both apostrophes (' and ’);
 * - `{name}` is any word of the language's list `lists.name`; `{speech}` any of its `speechVerbs`,
 *   `{outlet}` any of its `outlets`;
 * - `^` at the start (in `hypothetical` only): only at the start of a sentence.
 */
import type { Category } from '../types.ts';

/** A word list as written in the data files: words and phrases parted by commas or line breaks. */
export const words = (list: string): string[] =>
  list
    .split(/[,\n]/)
    .map((word) => word.trim())
    .filter((word) => word.length > 0);

export type LanguageCode = 'de' | 'fr' | 'es';

/** The quotation marks French and Spanish news set: guillemets, curly and straight quotes. */
export const ROMANCE_QUOTES: Array<[open: string, close: string]> = [
  ['«', '»'],
  ['“', '”'],
  ['"', '"'],
];

export interface LanguageKnowledge {
  code: LanguageCode;
  /** Words that end with a period without ending the sentence, lower-case, without that period. */
  abbreviations: string[];
  /** Whether "3. Oktober" (a number of one or two digits and a period) is an ordinal, not a sentence end. */
  ordinalNumbers: boolean;
  /** Whether the language writes every noun with a capital (German), so a capital alone marks no name. */
  capitalisesNouns: boolean;
  /** Quotation marks: each opening mark with the mark that closes it. */
  quotes: Array<[open: string, close: string]>;

  /** Word lists the patterns share, by name: `{crowd}` in a pattern is any word of `lists.crowd`. */
  lists: Record<string, string[]>;
  /** The cues of each category; a cue inside a quotation is the speaker's, not the article's. */
  cues: Record<Category, string[]>;
  /**
   * Unnamed people who become a source only when the sentence passes on what they say: a verb of
   * speech (`speechVerbs`) follows them in the sentence ("Un vecino contó …", "Ein Mitarbeiter … sprach").
   */
  anonymousSpeakers: string[];
  /**
   * Hedges that are a mood of the verb (Konjunktiv I, conditionnel, condicional): hedged only where
   * no named speaker says them and the sentence is no hypothesis (`hypothetical`).
   */
  reportedMood: string[];
  /** Whether a sentence in the reported mood goes on reporting the named speaker of the sentence before (German indirect speech). */
  moodCarriesSpeaker: boolean;
  /** Words that make a sentence a hypothesis, so its conditional is no hedge ("si", "sin", "de no ser"). */
  hypothetical: string[];
  /** Phrases in which a cue word is no attribution ("es sei denn", "source d'énergie"): a cue overlapping one is dropped. */
  notCues: string[];

  /** Verb forms of speech and report, finite and participles ("sagte", "a déclaré", "dijo"). */
  speechVerbs: string[];
  /** Role nouns that stand for a named person when definite ("der Minister", "la maire"); `*` for compounds. */
  roles: string[];
  /** Nouns of institutions that speak for themselves ("die Polizei", "le parquet"); `*` for compounds. */
  organisations: string[];
  /** Outlets that are named sources ("Spiegel", "Le Monde"), as written. */
  outlets: string[];
  /** Definite articles and possessives before a role or an organisation (an indefinite one names nobody). */
  determiners: string[];
  /** Pronouns that point back to a named speaker ("sie", "il"). */
  pronouns: string[];
  /** Capitalised words that are never a name, though they may open a sentence. */
  notNames: string[];
  /** Verbs and introducers a named speaker follows: "sagte Max Müller", "selon la police", "según el INE". */
  namedAfter: string[];
  /** Verbs (with their auxiliaries) a named speaker stands before: "Max Müller sagte", "la maire a déclaré". */
  namedBefore: string[];
  /** Attributions that carry their speaker in them: "a-t-il déclaré", "estime-t-elle". */
  namedForms: string[];
}
