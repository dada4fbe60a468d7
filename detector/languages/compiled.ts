/**
 * A language's knowledge compiled once into what the machinery reads a text with: one index of
 * every pattern list (read in one pass, see pattern-index.ts) and the word sets of names.
 */
import { CATEGORIES, type Category, type Span } from '../types.ts';
import type { LanguageKnowledge } from './knowledge.ts';
import { PatternIndex } from './pattern-index.ts';
import { compilePatterns, lowerCase, wordListSource } from './patterns.ts';
import { SentenceSplitter } from './sentences.ts';

export type ListName =
  | Category
  | 'anonymousSpeakers'
  | 'speech'
  | 'reportedMood'
  | 'notCues'
  | 'namedAfter'
  | 'namedBefore'
  | 'namedForms';

export interface CompiledLanguage {
  knowledge: LanguageKnowledge;
  splitter: SentenceSplitter;
  index: PatternIndex<ListName>;
  /** Whether a sentence is a hypothesis ("si …", "sin …"), so its conditional is no hedge. */
  isHypothetical(sentence: string): boolean;
  /** A run of capitalised words, with the particles inside names ("Ursula von der Leyen"). */
  properName: RegExp;
  isRole(word: string): boolean;
  isOrganisation(word: string): boolean;
  determiners: Set<string>;
  pronouns: Set<string>;
  /** Lower-case words that are no name, though capitalised: articles, pronouns, sentence openers. */
  notNames: Set<string>;
  outlets: Set<string>;
}

const UPPER_WORD = "\\p{Lu}[\\p{L}'’.-]*";
const NAME_PARTICLES = "(?:von|van|der|de|del|la|le|du|da|di|dos|y|zu|d'|d’)";

/** Whether the whole of `word` matches a (non-global) expression. */
function wholeWord(expression: RegExp, word: string): boolean {
  const match = expression.exec(word);
  return match !== null && match.index === 0 && match[0].length === word.length;
}

const lowerSet = (words: string[]) => new Set(words.map((word) => word.toLowerCase()));
const compiledLanguages = new Map<LanguageKnowledge, CompiledLanguage>();

export function compileLanguage(knowledge: LanguageKnowledge): CompiledLanguage {
  const known = compiledLanguages.get(knowledge);
  if (known) return known;
  const words = { ...knowledge.lists, speech: knowledge.speechVerbs, outlet: knowledge.outlets };
  const lists: Record<ListName, string[]> = {
    ...(Object.fromEntries(CATEGORIES.map((category) => [category, knowledge.cues[category]])) as Record<Category, string[]>),
    anonymousSpeakers: knowledge.anonymousSpeakers,
    speech: knowledge.speechVerbs,
    reportedMood: knowledge.reportedMood,
    notCues: knowledge.notCues,
    namedAfter: knowledge.namedAfter,
    namedBefore: knowledge.namedBefore,
    namedForms: knowledge.namedForms,
  };
  const listSources = Object.fromEntries(Object.entries(words).map(([name, list]) => [name, wordListSource(list)]));
  const role = compilePatterns(knowledge.roles, {}, 'u');
  const hypothetical = compilePatterns(knowledge.hypothetical, {}, 'u');
  const organisation = compilePatterns(knowledge.organisations, {}, 'u');
  const determiners = lowerSet(knowledge.determiners);
  const pronouns = lowerSet(knowledge.pronouns);
  const compiled: CompiledLanguage = {
    knowledge,
    splitter: new SentenceSplitter(knowledge),
    index: new PatternIndex(lists, words, { lists: listSources }),
    isHypothetical: (sentence) => hypothetical.test(lowerCase(sentence)),
    properName: new RegExp(
      `(?<![\\p{L}\\p{N}])${UPPER_WORD}(?:[\\s\\u00a0]+(?:${NAME_PARTICLES}[\\s\\u00a0]*)?${UPPER_WORD})*`,
      'gu',
    ),
    isRole: (word) => wholeWord(role, word.toLowerCase()),
    isOrganisation: (word) => wholeWord(organisation, word.toLowerCase()),
    determiners,
    pronouns,
    notNames: new Set([...lowerSet(knowledge.notNames), ...determiners, ...pronouns]),
    outlets: new Set(knowledge.outlets),
  };
  compiledLanguages.set(knowledge, compiled);
  return compiled;
}

/** Reads spans sentence by sentence: sentences are asked for in order, so each span is passed once. */
export class SpanCursor {
  private next = 0;
  constructor(private readonly spans: Span[]) {}

  /** The spans that start inside `sentence` and end inside it. */
  within(sentence: Span): Span[] {
    while (this.next < this.spans.length && this.spans[this.next]!.start < sentence.start) this.next++;
    const found: Span[] = [];
    while (this.next < this.spans.length && this.spans[this.next]!.start < sentence.end) {
      const span = this.spans[this.next++]!;
      if (span.end <= sentence.end) found.push(span);
    }
    return found;
  }
}
