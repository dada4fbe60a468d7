/**
 * Unnamed reports and outlets: "media reports suggest", "a report claimed", "local media
 * reported", "amid reports that", "it was reported that" (secondhand); and whether a report or
 * outlet phrase names its origin ("a report in The Times").
 */
import type { Cue } from './cue.ts';
import {
  ATTRIBUTION_VERBS,
  BE_FORMS,
  CALENDAR,
  MEDIA_MODIFIERS,
  OBJECT_MARKERS,
  OUTLET_HEADS,
  REPORT_HEADS,
  VERB_PREFIXES,
} from '../knowledge/lexicon.ts';
import { isSocialMedia } from '../knowledge/phrase-heads.ts';
import { type Token, word } from '../text/tokens.ts';

const MAX_PREMODIFIERS = 4;
const POSSESSIVES = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);
const MAX_VERB_PREFIXES = 3;

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

/** Whether a report or outlet phrase names its origin: "a report in The Times", "a report by the department". */
function reportIsNamed(tokens: Token[], head: number): boolean {
  // "a report Tuesday from WKOW": a day between the report and its origin.
  const origin = CALENDAR.has(word(tokens, head + 1)) ? head + 1 : head;
  const next = word(tokens, origin + 1);
  if (['in', 'by', 'from', 'on', 'for'].includes(next)) {
    // "a report in The Times", "a report by the department" name their origin;
    // "reports in the local press" does not.
    let index = origin + 2;
    const after = tokens[index];
    if (!after?.isWord) return false;
    if (after.capitalized) return true;
    if (after.lower !== 'the') return false;
    while (MEDIA_MODIFIERS.has(word(tokens, index + 1)) && !tokens[index + 1]!.capitalized) index++;
    const noun = tokens[index + 1];
    return Boolean(noun?.isWord && (noun.capitalized || (!OUTLET_HEADS.has(noun.lower) && index === origin + 2)));
  }
  if (next === 'published' || next === 'released' || next === 'commissioned' || next === 'issued') return true;
  return false;
}

/** Whether the report/outlet phrase starting at `start` with head at `head` is an unnamed one. */
export function isUnnamedReport(tokens: Token[], start: number, head: number): boolean {
  if (reportIsNamed(tokens, head)) return false;
  const value = word(tokens, head);
  const determiner = word(tokens, start);
  if (POSSESSIVES.has(determiner)) return false; // "its own website": the owner's, named before
  if (isSocialMedia(tokens, head)) return false;
  // "The New York Post reports": a named outlet's report.
  for (let index = start; index < head; index++) {
    const token = tokens[index]!;
    if (token.capitalized && !MEDIA_MODIFIERS.has(token.lower) && !['the', 'a', 'an'].includes(token.lower)) return false;
    // "CBS News reports", "Sky News reported": a capitalised "News" after a name is the outlet's name.
    if (token.capitalized && index > 0 && tokens[index - 1]!.capitalized && tokens[index - 1]!.isWord) return false;
  }
  if (REPORT_HEADS.has(value)) return determiner !== 'the' || start < head - 1 || value === 'reports';
  // An outlet: "a news outlet", "local media", "the tabloids" — but "the newspaper" refers back to a named one.
  if (value === 'media' || value === 'press') return start < head || determiner === 'the' || head === start;
  if (determiner === 'the') return value.endsWith('s') && value !== 'press';
  if (start === head) return value === 'tabloids';
  for (let index = start; index < head; index++)
    if (tokens[index]!.capitalized && index > 0 && !MEDIA_MODIFIERS.has(tokens[index]!.lower)) return false;
  return true;
}

/** Unnamed reports and outlets as the subject: "Media reports suggest", "a report claimed", "local media reported". */
export function reportSubjectCues(tokens: Token[], cues: Cue[]): void {
  for (let head = 0; head < tokens.length; head++) {
    const value = word(tokens, head);
    if (!REPORT_HEADS.has(value) && !OUTLET_HEADS.has(value)) continue;
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
    if (OBJECT_MARKERS.has(word(tokens, start - 1))) continue; // "hired experts", "at Critics"
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
