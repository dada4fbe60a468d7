/**
 * The features a source phrase and its link give the attribution scorer: general word classes,
 * lemmas of heads and predicates, and where the words stand. Training (tools/) and the detector
 * compute them with this one function, so weights learned offline mean the same thing here.
 */
import { ATTITUDE_ADJECTIVES, ATTRIBUTION_LEMMAS, SPEECH_MARKS } from './knowledge/lexicon.ts';
import type { Link } from './cues/links.ts';
import type { SourcePhrase } from './phrases/phrases.ts';
import type { Token } from './text/tokens.ts';
import type { Category } from './types.ts';

/** Function words before a phrase whose identity matters ("by", "of", "that", "and"). */
const MARKED_BEFORE = new Set([
  'by',
  'of',
  'to',
  'for',
  'with',
  'from',
  'at',
  'in',
  'on',
  'that',
  'and',
  'but',
  'as',
  'among',
  'said',
  'told',
  'while',
  'when',
  'because',
  'if',
  'many',
  'some',
  'like',
  'about',
  'against',
  'than',
  'after',
  'before',
  'despite',
  'whom',
]);

/** What the predicate does: passes on speech or belief, an attitude, a state, or something else. */
export function predicateClass(link: Link): string {
  if (ATTRIBUTION_LEMMAS.has(link.lemma) || link.kind === 'noun') return 'speech'; // noun links come from SPEECH_NOUNS
  if (link.copula && ATTITUDE_ADJECTIVES.has(link.lemma)) return 'attitude';
  return link.copula ? 'state' : 'other';
}

function beforeFeature(tokens: Token[], start: number): string {
  const previous = tokens[start - 1];
  if (!previous) return 'start';
  if (!previous.isWord) return previous.text === ',' ? 'comma' : previous.quoted ? 'quote' : 'mark';
  if (MARKED_BEFORE.has(previous.lower)) return previous.lower;
  if (previous.lower.endsWith('ed') || previous.lower.endsWith('ing')) return 'verb-like';
  return 'word';
}

function afterFeature(tokens: Token[], last: number): string {
  const next = tokens[last];
  if (!next) return 'end';
  if (!next.isWord) return next.text === ',' ? 'comma' : next.text === '.' ? 'stop' : next.quoted ? 'quote' : 'mark';
  if (next.lower === 'that' || next.lower === 'to' || next.lower === 'about' || next.lower === 'of' || next.lower === 'the')
    return next.lower;
  if (next.lower === 'he' || next.lower === 'she' || next.lower === 'they' || next.lower === 'it' || next.lower === 'we')
    return 'pronoun';
  return next.capitalized ? 'capital' : 'word';
}

/** Another attribution in the sentence, outside this link: "…, the company said". */
function speechElsewhere(tokens: Token[], link: Link): boolean {
  for (let index = 0; index < tokens.length; index++) {
    if (index === link.first) index = link.last;
    if (index < tokens.length && SPEECH_MARKS.has(tokens[index]!.lower)) return true;
  }
  return false;
}

export function featuresOf(tokens: Token[], phrase: SourcePhrase, link: Link, category: Category, pronoun: boolean): string[] {
  const predicate = predicateClass(link);
  const features = [
    'bias',
    `class=${phrase.headClass}`,
    `opener=${phrase.opener}`,
    `class.opener=${phrase.headClass}.${phrase.opener}`,
    `category=${category}`,
    `link=${link.kind}`,
    `predicate=${link.lemma}`,
    `class.predicate=${predicate}`,
    `link.class=${link.kind}.${predicate}`,
    `link.opener=${link.kind}.${phrase.opener}.${phrase.plural ? 'plural' : 'single'}`,
    `head=${phrase.lemma}`,
    `before=${beforeFeature(tokens, phrase.start)}`,
    `after=${afterFeature(tokens, link.last)}`,
    `span=${Math.min(link.last - link.first, 8)}`,
  ];
  if (phrase.plural) features.push('plural');
  if (phrase.anonymity) features.push('anonymity');
  if (phrase.proper) features.push('proper');
  if (pronoun) features.push('pronoun');
  if (link.copula) features.push(`copula=${link.lemma}`);
  if (link.modal) features.push('modal');
  if (speechElsewhere(tokens, link)) features.push('speech-elsewhere');
  const last = tokens.at(-1)!;
  if (last.isWord || (last.text !== '.' && last.text !== '"' && last.text !== '”' && last.text !== '?' && last.text !== '!'))
    features.push('no-full-stop');
  if (tokens[phrase.head]!.quoted) features.push('quoted');
  if (phrase.start === 0 || (phrase.start === 1 && !tokens[0]!.isWord)) features.push('initial');
  return features;
}
