/**
 * The who-says-what grammar over one sentence's tokens: source phrases, attribution verbs,
 * introducers ("according to", "per", "citing"), anonymity markers and hedges. Each matcher
 * returns cues; the detector keeps one per sentence by category precedence.
 */
import type { Category } from './types.ts';
import type { Cue } from './cue.ts';
import type { Token } from './tokens.ts';
import {
  ANONYMITY_MODIFIERS,
  ANONYMOUS_HEADS,
  ATTRIBUTION_VERBS,
  BE_FORMS,
  CROWD_HEADS,
  CROWD_PRONOUNS,
  CROWD_QUANTIFIERS,
  HEDGE_ADVERBS,
  HEDGE_PARTICIPLES,
  MEDIA_MODIFIERS,
  MODIFIER_PREPOSITIONS,
  NEEDS_ANONYMITY_MODIFIER,
  OBJECT_MARKERS,
  OUTLET_HEADS,
  REPORT_HEADS,
  ROLE_HEADS,
  VERB_PREFIXES,
} from './lexicon.ts';

export type { Cue };

const MAX_PREMODIFIERS = 4;
const MAX_MODIFIER_TOKENS = 8;
const MAX_PARENTHETICAL_TOKENS = 24;
const MAX_VERB_PREFIXES = 3;
const MAX_INTRODUCED_PHRASE = 6;

/** Words that never belong to a source phrase before its head. */
const PHRASE_BREAKERS = new Set([
  'and',
  'or',
  'but',
  'that',
  'who',
  'which',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'him',
  'her',
  'them',
  'his',
  'their',
  'its',
  'our',
  'my',
  'your',
  'to',
  'per',
  'according',
  'citing',
  'if',
  'as',
  'than',
  'because',
  'while',
  'when',
  'where',
  'after',
  'before',
  'since',
  'so',
  'not',
  'no',
  'be',
  'been',
  ...BE_FORMS,
  ...ATTRIBUTION_VERBS,
  ...OBJECT_MARKERS,
  ...MODIFIER_PREPOSITIONS,
]);

/** Words ending in -ly that are no adverbs, and so may sit in a source phrase. */
const NOT_ADVERBS = new Set([
  'family',
  'ally',
  'only',
  'early',
  'daily',
  'weekly',
  'monthly',
  'yearly',
  'elderly',
  'friendly',
  'italy',
  'july',
]);

const ANONYMITY_MARKERS: string[][] = [
  ['condition', 'of', 'anonymity'],
  ['asked', 'not', 'to', 'be', 'named'],
  ['asked', 'not', 'to', 'be', 'identified'],
  ['declined', 'to', 'be', 'named'],
  ['declined', 'to', 'be', 'identified'],
  ['requested', 'anonymity'],
  ['spoke', 'anonymously'],
  ['speaking', 'anonymously'],
  ['not', 'authorized', 'to', 'speak', 'publicly'],
  ['not', 'authorised', 'to', 'speak', 'publicly'],
  ['granted', 'anonymity'],
];

const word = (tokens: Token[], index: number): string => (tokens[index]?.isWord ? tokens[index]!.lower : '');
const isPunctuation = (tokens: Token[], index: number, mark?: string): boolean =>
  index >= 0 && index < tokens.length && !tokens[index]!.isWord && (mark === undefined || tokens[index]!.text === mark);

function matchesAt(tokens: Token[], index: number, phrase: string[]): boolean {
  for (let offset = 0; offset < phrase.length; offset++) if (word(tokens, index + offset) !== phrase[offset]) return false;
  return true;
}

const isNumber = (value: string) => /^\d/.test(value);

/** Index just after an attribution verb that follows `from` (allowing auxiliaries), or -1. */
function attributionVerbAfter(tokens: Token[], from: number): number {
  let index = from;
  for (let skipped = 0; skipped < MAX_VERB_PREFIXES && VERB_PREFIXES.has(word(tokens, index)); skipped++) index++;
  const verb = word(tokens, index);
  if ((verb === 'point' || verb === 'points') && word(tokens, index + 1) === 'out') return index + 2;
  if (!ATTRIBUTION_VERBS.has(verb) || tokens[index]!.capitalized) return -1;
  // "point out", "spoke with", "spoke to": keep the particle in the cue.
  const next = word(tokens, index + 1);
  if ((verb === 'spoke' || verb === 'speak' || verb === 'speaks') && (next === 'with' || next === 'to')) return index + 2;
  if ((verb === 'point' || verb === 'pointed' || verb === 'points') && next === 'out') return index + 2;
  return index + 1;
}

/**
 * After a source phrase's head: an optional modifier ("familiar with the matter", "in the
 * left-leaning party", ", who asked not to be named,"), then the attribution verb. Returns the
 * index after the verb, or -1.
 */
function verbAfterSourcePhrase(tokens: Token[], afterHead: number): number {
  const direct = attributionVerbAfter(tokens, afterHead);
  if (direct !== -1) return direct;
  if (isPunctuation(tokens, afterHead, ',')) {
    for (let index = afterHead + 1; index < tokens.length && index <= afterHead + MAX_PARENTHETICAL_TOKENS; index++) {
      if (isPunctuation(tokens, index, ',')) return attributionVerbAfter(tokens, index + 1);
      if (isPunctuation(tokens, index) && !isPunctuation(tokens, index, '-')) return -1;
    }
    return -1;
  }
  const opener = word(tokens, afterHead);
  if (!MODIFIER_PREPOSITIONS.has(opener) && !ANONYMITY_MODIFIERS.has(opener) && opener !== 'who') return -1;
  for (let index = afterHead + 1; index < tokens.length && index <= afterHead + MAX_MODIFIER_TOKENS; index++) {
    // "An official at the agency, who declined to be named, said".
    if (isPunctuation(tokens, index, ',')) return verbAfterSourcePhrase(tokens, index);
    if (!tokens[index]!.isWord) return -1;
    const found = attributionVerbAfter(tokens, index);
    if (found !== -1) return found;
  }
  return -1;
}

/** The first token of the source phrase whose head is at `head`: determiners and modifiers before it. */
function phraseStart(tokens: Token[], head: number): number {
  let start = head;
  for (let count = 0; count < MAX_PREMODIFIERS; count++) {
    const previous = tokens[start - 1];
    if (!previous?.isWord || PHRASE_BREAKERS.has(previous.lower)) break;
    if (previous.lower.endsWith('ly') && !NOT_ADVERBS.has(previous.lower)) break; // an adverb: "apparently sold most"
    if (previous.lower.endsWith("'s") || previous.lower.endsWith("'")) {
      start--; // "Biden's aides", "the star's friends"
      continue;
    }
    start--;
  }
  return start;
}

/** True when the phrase is the object of something before it ("hired experts", "at Critics"). */
function isObject(tokens: Token[], start: number): boolean {
  return OBJECT_MARKERS.has(word(tokens, start - 1));
}

function isPossessive(tokens: Token[], head: number): boolean {
  const value = tokens[head]!.lower;
  return value.endsWith("'s") || value.endsWith("'") || (isPunctuation(tokens, head + 1, "'") && !tokens[head + 1]!.quoted);
}

/** A capitalised name right after the head makes the phrase named: "aide Jane Smith said". */
function followedByName(tokens: Token[], head: number): boolean {
  // "Her adviser, Tom Reyes, said"
  if (isPunctuation(tokens, head + 1, ',') && tokens[head + 2]?.capitalized && tokens[head + 3]?.capitalized) return true;
  const next = tokens[head + 1];
  if (!next?.isWord || !next.capitalized) return false;
  const after = tokens[head + 2];
  return Boolean(after?.isWord && (after.capitalized || ATTRIBUTION_VERBS.has(after.lower)));
}

function hasAnonymityModifier(tokens: Token[], head: number): boolean {
  const next = word(tokens, head + 1);
  if (ANONYMITY_MODIFIERS.has(next)) return true;
  if (next === 'with' && (word(tokens, head + 2) === 'knowledge' || word(tokens, head + 3) === 'knowledge')) return true;
  if (next === 'in' && word(tokens, head + 2) === 'the' && word(tokens, head + 3) === 'room') return true;
  if (next === 'who' || isPunctuation(tokens, head + 1, ',')) {
    const limit = Math.min(tokens.length, head + 12);
    for (let index = head + 1; index < limit; index++)
      if (ANONYMITY_MARKERS.some((marker) => matchesAt(tokens, index, marker))) return true;
  }
  return false;
}

type HeadKind = 'anonymous' | 'role' | 'crowd' | 'report' | 'outlet' | null;

function headKind(tokens: Token[], index: number): HeadKind {
  const value = word(tokens, index);
  if (!value) return null;
  if (ANONYMOUS_HEADS.has(value)) return 'anonymous';
  if (ROLE_HEADS.has(value)) return 'role';
  if (REPORT_HEADS.has(value)) return 'report';
  if (OUTLET_HEADS.has(value)) return 'outlet';
  if (CROWD_HEADS.has(value)) return 'crowd';
  return null;
}

/** Whether an unnamed-people head is really unnamed here, and so which category it gives. */
function categoryOfPeople(tokens: Token[], start: number, head: number): Category | null {
  const kind = headKind(tokens, head);
  const value = word(tokens, head);
  if (value === 'source' || value === 'sources') {
    if (word(tokens, head + 1) === 'of' && !hasAnonymityModifier(tokens, head)) return null; // "sources of energy"
  }
  if (kind === 'anonymous') return followedByName(tokens, head) ? null : 'anonymous';
  if (kind === 'role') {
    if (followedByName(tokens, head)) return null;
    if (value === 'members' && word(tokens, head - 1) === 'family') return 'anonymous';
    if (NEEDS_ANONYMITY_MODIFIER.has(value)) {
      if (hasAnonymityModifier(tokens, head)) return 'anonymous';
      return value === 'people' && CROWD_QUANTIFIERS.has(word(tokens, start)) ? 'vague' : null;
    }
    if (
      (value === 'friend' || value === 'friends') &&
      word(tokens, head + 1) !== 'of' &&
      !/close|longtime|old|family/.test(word(tokens, head - 1))
    ) {
      return null;
    }
    return 'anonymous';
  }
  if (kind === 'crowd') {
    if (hasAnonymityModifier(tokens, head)) return 'anonymous'; // "two scientists involved in the trial"
    const determiner = word(tokens, start);
    // "the researchers said" refers back to people the article has named.
    if (start < head && (determiner === 'the' || determiner === 'these' || determiner === 'those')) return null;
    return 'vague';
  }
  return null;
}

/** The end of an anonymity modifier right after the head, for the cue: "familiar with", "with direct knowledge". */
function anonymityModifierEnd(tokens: Token[], head: number): number {
  const next = word(tokens, head + 1);
  if (ANONYMITY_MODIFIERS.has(next)) return ['with', 'to', 'on', 'in'].includes(word(tokens, head + 2)) ? head + 3 : head + 2;
  if (next === 'with')
    for (let index = head + 2; index <= head + 3; index++) if (word(tokens, index) === 'knowledge') return index + 1;
  return head + 1;
}

/** Source phrase + attribution verb: "Some political insiders speculated", "Critics say". */
function subjectCues(tokens: Token[], cues: Cue[]): void {
  for (let head = 0; head < tokens.length; head++) {
    const kind = headKind(tokens, head);
    if (kind === null || kind === 'report' || kind === 'outlet') continue;
    if (isPossessive(tokens, head)) continue;
    const start = CROWD_PRONOUNS.has(tokens[head]!.lower) ? head : phraseStart(tokens, head);
    if (isObject(tokens, start)) continue;
    if (CROWD_PRONOUNS.has(tokens[head]!.lower) && head === start && isNumber(word(tokens, head + 1))) continue; // "Some 40,000 people"
    const category = categoryOfPeople(tokens, start, head);
    if (!category) continue;
    if (category === 'vague' && kind === 'crowd' && start < head && isNumber(word(tokens, start + 1))) continue;
    const end = verbAfterSourcePhrase(tokens, head + 1);
    if (end === -1) continue;
    cues.push({ category, first: start, last: end, source: { first: start, last: head + 1 } });
  }
  // A plural noun after a crowd quantifier: "Some commuters think", "Many economists believe".
  for (let index = 0; index + 2 < tokens.length; index++) {
    if (!CROWD_QUANTIFIERS.has(word(tokens, index)) || isObject(tokens, index)) continue;
    let head = index + 1;
    while (head < index + 3 && tokens[head + 1]?.isWord && !tokens[head + 1]!.lower.endsWith('s')) head++;
    const noun = word(tokens, head);
    if (!noun.endsWith('s') || headKind(tokens, head) !== null || ATTRIBUTION_VERBS.has(noun)) continue;
    const end = attributionVerbAfter(tokens, head + 1);
    if (end !== -1) cues.push({ category: 'vague', first: index, last: end, source: { first: index, last: head + 1 } });
  }
}

/** "Others think", "Many believe", "Some say". */
function crowdPronounCues(tokens: Token[], cues: Cue[]): void {
  for (let index = 0; index < tokens.length; index++) {
    if (!CROWD_PRONOUNS.has(word(tokens, index)) || isObject(tokens, index)) continue;
    const end = attributionVerbAfter(tokens, index + 1);
    if (end !== -1 && end - index <= 1 + MAX_VERB_PREFIXES + 1) {
      cues.push({ category: 'vague', first: index, last: end, source: { first: index, last: index + 1 } });
    }
  }
}

/** Whether a report or outlet phrase names its origin: "a report in The Times", "a report by the department". */
function reportIsNamed(tokens: Token[], head: number): boolean {
  const next = word(tokens, head + 1);
  if (['in', 'by', 'from', 'on', 'for'].includes(next)) {
    // "a report in The Times", "a report by the department" name their origin;
    // "reports in the local press" does not.
    let index = head + 2;
    const after = tokens[index];
    if (!after?.isWord) return false;
    if (after.capitalized) return true;
    if (after.lower !== 'the') return false;
    while (MEDIA_MODIFIERS.has(word(tokens, index + 1)) && !tokens[index + 1]!.capitalized) index++;
    const noun = tokens[index + 1];
    return Boolean(noun?.isWord && (noun.capitalized || (!OUTLET_HEADS.has(noun.lower) && index === head + 2)));
  }
  if (next === 'published' || next === 'released' || next === 'commissioned' || next === 'issued') return true;
  return false;
}

/** Whether the report/outlet phrase starting at `start` with head at `head` is an unnamed one. */
function isUnnamedReport(tokens: Token[], start: number, head: number): boolean {
  if (reportIsNamed(tokens, head)) return false;
  const value = word(tokens, head);
  const determiner = word(tokens, start);
  if (REPORT_HEADS.has(value)) return determiner !== 'the' || start < head - 1 || value === 'reports';
  // An outlet: "a news outlet", "local media", "the tabloids" — but "the newspaper" refers back to a named one.
  if (value === 'media' || value === 'press') return start < head || determiner === 'the' || head === start;
  if (determiner === 'the') return value.endsWith('s') && value !== 'press';
  if (start === head) return value === 'tabloids';
  for (let index = start; index < head; index++)
    if (tokens[index]!.capitalized && index > 0 && !MEDIA_MODIFIERS.has(tokens[index]!.lower)) return false;
  return true;
}

/** "according to X", "per X", "citing X", "as first reported by X": X's category. */
function introducerCues(tokens: Token[], cues: Cue[]): void {
  for (let index = 0; index < tokens.length; index++) {
    const value = word(tokens, index);
    let phrase = -1;
    if (value === 'according' && word(tokens, index + 1) === 'to') phrase = index + 2;
    else if (value === 'per' || value === 'citing' || value === 'cited') phrase = index + 1;
    else if (value === 'reported' && word(tokens, index + 1) === 'by') phrase = index + 2;
    else if (value === 'as' && word(tokens, index + 1) === 'reported' && word(tokens, index + 2) === 'by') phrase = index + 3;
    if (phrase === -1) continue;
    for (let head = phrase; head < tokens.length && head < phrase + MAX_INTRODUCED_PHRASE; head++) {
      if (!tokens[head]!.isWord) break;
      const kind = headKind(tokens, head);
      if (kind === null) continue;
      let category: Category | null = null;
      if (kind === 'report' || kind === 'outlet') category = isUnnamedReport(tokens, phrase, head) ? 'secondhand' : null;
      else category = categoryOfPeople(tokens, phrase, head);
      if (kind === 'crowd' && category === null) category = 'vague';
      if (category) {
        const last = category === 'anonymous' ? anonymityModifierEnd(tokens, head) : head + 1;
        const first =
          value === 'reported' && word(tokens, index - 1) === 'first' && word(tokens, index - 2) === 'as' ? index - 2 : index;
        cues.push({ category, first, last, source: { first: phrase, last } });
      }
      break;
    }
  }
}

/** Inverted attribution: `..., said one insider`, `..., a source told`. */
function invertedCues(tokens: Token[], cues: Cue[]): void {
  for (let index = 0; index < tokens.length; index++) {
    const verb = word(tokens, index);
    if (verb !== 'said' && verb !== 'says' && verb !== 'added' && verb !== 'claimed' && verb !== 'told') continue;
    if (!isPunctuation(tokens, index - 1)) continue;
    for (let head = index + 1; head < tokens.length && head <= index + 1 + MAX_PREMODIFIERS; head++) {
      if (!tokens[head]!.isWord || tokens[head]!.capitalized) break; // "said Jane Roe, executive director": a name speaks
      const kind = headKind(tokens, head);
      if (kind !== 'anonymous' && kind !== 'role' && kind !== 'crowd') continue;
      const category = categoryOfPeople(tokens, index + 1, head);
      if (category) cues.push({ category, first: index, last: head + 1, source: { first: index + 1, last: head + 1 } });
      break;
    }
  }
}

/** Unnamed reports and outlets as the subject: "Media reports suggest", "a report claimed", "local media reported". */
function reportSubjectCues(tokens: Token[], cues: Cue[]): void {
  for (let head = 0; head < tokens.length; head++) {
    const kind = headKind(tokens, head);
    if (kind !== 'report' && kind !== 'outlet') continue;
    let start = head;
    while (start > 0 && start > head - MAX_PREMODIFIERS && tokens[start - 1]!.isWord) {
      const previous = tokens[start - 1]!.lower;
      if (
        !MEDIA_MODIFIERS.has(previous) &&
        previous !== 'a' &&
        previous !== 'an' &&
        previous !== 'the' &&
        !(tokens[start - 1]!.capitalized && start - 1 > 0)
      )
        break;
      start--;
    }
    if (!isUnnamedReport(tokens, start, head)) continue;
    const value = word(tokens, head);
    // "amid reports that", "reports that the deal collapsed".
    if (value === 'reports' && word(tokens, head + 1) === 'that' && !ATTRIBUTION_VERBS.has(word(tokens, head - 1))) {
      const subjectLike =
        start < head ||
        ['amid', 'despite', 'following', 'after', 'denied', 'dismissed', 'of'].includes(word(tokens, head - 1)) ||
        head === 0;
      if (subjectLike)
        cues.push({ category: 'secondhand', first: start, last: head + 1, source: { first: start, last: head + 1 } });
      continue;
    }
    if (value === 'report' && start === head) continue; // "Report" as a verb or a headline label
    if (isObject(tokens, start)) continue;
    const end = attributionVerbAfter(tokens, head + 1);
    if (end !== -1) cues.push({ category: 'secondhand', first: start, last: end, source: { first: start, last: head + 1 } });
  }
  // "It was reported that", "it has been reported".
  for (let index = 0; index + 2 < tokens.length; index++) {
    if (word(tokens, index) !== 'it') continue;
    let verb = index + 1;
    if (word(tokens, verb) === 'has' || word(tokens, verb) === 'had') verb++;
    if (!BE_FORMS.has(word(tokens, verb))) continue;
    if (word(tokens, verb + 1) === 'reported' || (word(tokens, verb + 1) === 'been' && word(tokens, verb + 2) === 'reported')) {
      const last = word(tokens, verb + 1) === 'reported' ? verb + 2 : verb + 3;
      cues.push({ category: 'secondhand', first: index, last });
    }
  }
}

/** Anonymity markers on their own: "who spoke on condition of anonymity". */
function markerCues(tokens: Token[], cues: Cue[]): void {
  for (let index = 0; index < tokens.length; index++) {
    for (const marker of ANONYMITY_MARKERS) {
      if (!matchesAt(tokens, index, marker)) continue;
      let first = index;
      if (word(tokens, index - 1) === 'on' || word(tokens, index - 1) === 'the') first--;
      if (word(tokens, first - 1) === 'on') first--;
      cues.push({ category: 'anonymous', first, last: index + marker.length });
    }
  }
}

/** "it is widely believed", "there are those who". */
function impersonalCrowdCues(tokens: Token[], cues: Cue[]): void {
  for (let index = 0; index + 3 < tokens.length; index++) {
    const value = word(tokens, index);
    if (
      value === 'it' &&
      BE_FORMS.has(word(tokens, index + 1)) &&
      ['widely', 'generally', 'commonly', 'broadly'].includes(word(tokens, index + 2))
    ) {
      if (
        [
          'believed',
          'thought',
          'assumed',
          'accepted',
          'expected',
          'held',
          'seen',
          'regarded',
          'considered',
          'acknowledged',
        ].includes(word(tokens, index + 3))
      ) {
        cues.push({ category: 'vague', first: index, last: index + 4 });
      }
    }
    if (
      value === 'there' &&
      BE_FORMS.has(word(tokens, index + 1)) &&
      word(tokens, index + 2) === 'those' &&
      word(tokens, index + 3) === 'who'
    ) {
      cues.push({ category: 'vague', first: index, last: index + 4 });
    }
    if (
      (value === 'some' || value === 'many') &&
      word(tokens, index + 1) === 'would' &&
      ['say', 'argue'].includes(word(tokens, index + 2))
    ) {
      cues.push({ category: 'vague', first: index, last: index + 3 });
    }
  }
}

/** A hedge word that is only being quoted as a word: `the word "reportedly"`. */
function isQuotedAsWord(tokens: Token[], index: number): boolean {
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  return Boolean(
    before && after && !before.isWord && !after.isWord && before.quoted && after.quoted && /["“'‘]/.test(before.text),
  );
}

/** "reportedly", "is said to", "is rumored", "rumors are swirling", "word is". */
function hedgeCues(tokens: Token[], cues: Cue[]): void {
  for (let index = 0; index < tokens.length; index++) {
    const value = word(tokens, index);
    if (HEDGE_ADVERBS.has(value)) {
      if (!isQuotedAsWord(tokens, index)) cues.push({ category: 'hedged', first: index, last: index + 1 });
      continue;
    }
    if (BE_FORMS.has(value)) {
      let participle = index + 1;
      if (['widely', 'also', 'now', 'still', 'long', 'generally'].includes(word(tokens, participle))) participle++;
      const hedge = word(tokens, participle);
      if (!HEDGE_PARTICIPLES.has(hedge)) continue;
      if (['widely', 'generally'].includes(word(tokens, index + 1))) continue; // vague: "it is widely believed"
      const next = word(tokens, participle + 1);
      if (next === 'to') cues.push({ category: 'hedged', first: index, last: participle + 2 });
      else if (hedge === 'rumored' || hedge === 'rumoured') cues.push({ category: 'hedged', first: index, last: participle + 1 });
      else if (next === 'that' && word(tokens, index - 1) === 'it')
        cues.push({ category: 'hedged', first: index - 1, last: participle + 1 });
      continue;
    }
    if (value === 'rumors' || value === 'rumours' || value === 'rumor' || value === 'rumour') {
      const next = word(tokens, index + 1);
      const after = word(tokens, index + 2);
      if (next === 'has' && after === 'it') cues.push({ category: 'hedged', first: index, last: index + 3 });
      else if (['swirling', 'circulating', 'flying', 'abound', 'persist', 'suggest', 'say'].includes(next))
        cues.push({ category: 'hedged', first: index, last: index + 2 });
      else if (BE_FORMS.has(next) || next === 'have') {
        const verb = next === 'have' ? index + 3 : index + 2;
        if (['swirling', 'circulating', 'flying', 'rife', 'spreading', 'growing'].includes(word(tokens, verb)))
          cues.push({ category: 'hedged', first: index, last: verb + 1 });
      }
      continue;
    }
    if (value === 'word' && word(tokens, index + 1) === 'is' && !isPunctuation(tokens, index + 2)) {
      const first = word(tokens, index - 1) === 'the' ? index - 1 : index;
      if (first === 0 || isPunctuation(tokens, first - 1)) cues.push({ category: 'hedged', first, last: index + 2 });
    }
  }
}

// Which matchers a word can wake: one map lookup per token decides which matchers run at all.
const WAKES_SUBJECT = 1;
const WAKES_CROWD_PRONOUN = 2;
const WAKES_INTRODUCER = 4;
const WAKES_INVERTED = 8;
const WAKES_MARKER = 16;
const WAKES_REPORT = 32;
const WAKES_IMPERSONAL = 64;
const WAKES_HEDGE = 128;

const WAKERS = new Map<string, number>();
function wake(list: Iterable<string>, bit: number): void {
  for (const value of list) WAKERS.set(value, (WAKERS.get(value) ?? 0) | bit);
}
wake([...ANONYMOUS_HEADS, ...ROLE_HEADS, ...CROWD_HEADS, ...CROWD_QUANTIFIERS], WAKES_SUBJECT);
wake(CROWD_PRONOUNS, WAKES_CROWD_PRONOUN);
wake(['according', 'per', 'citing', 'cited', 'reported'], WAKES_INTRODUCER);
wake(['said', 'says', 'added', 'claimed', 'told'], WAKES_INVERTED);
wake(
  ANONYMITY_MARKERS.map((marker) => marker[0]!),
  WAKES_MARKER,
);
wake([...REPORT_HEADS, ...OUTLET_HEADS, 'it'], WAKES_REPORT);
wake(['it', 'there', 'some', 'many'], WAKES_IMPERSONAL);
wake([...HEDGE_ADVERBS, ...BE_FORMS, 'rumors', 'rumours', 'rumor', 'rumour', 'word'], WAKES_HEDGE);

const MATCHERS: Array<[number, (tokens: Token[], cues: Cue[]) => void]> = [
  [WAKES_SUBJECT, subjectCues],
  [WAKES_CROWD_PRONOUN, crowdPronounCues],
  [WAKES_INTRODUCER, introducerCues],
  [WAKES_INVERTED, invertedCues],
  [WAKES_MARKER, markerCues],
  [WAKES_REPORT, reportSubjectCues],
  [WAKES_IMPERSONAL, impersonalCrowdCues],
  [WAKES_HEDGE, hedgeCues],
];

/** Every cue in the sentence, in no particular order. */
export function findCues(tokens: Token[]): Cue[] {
  let woken = 0;
  for (const token of tokens) if (token.isWord) woken |= WAKERS.get(token.lower) ?? 0;
  const cues: Cue[] = [];
  for (const [bit, matcher] of MATCHERS) if (woken & bit) matcher(tokens, cues);
  return cues;
}
