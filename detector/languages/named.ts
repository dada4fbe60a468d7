/**
 * Named speakers around verbs of speech: "sagte Max Müller", "la maire a déclaré", "según el INE",
 * "Sie betonte". A speaker is named when the word next to the verb (after articles) is a name (a
 * capitalised word that opens no sentence by itself), a role or an institution of the language
 * ("Ministerin", "maire", "policía"), or a pronoun pointing back to one. The span found runs from
 * the verb to the end of the name (or from the name to the verb), so the sources can be read in it.
 */
import type { Span } from '../types.ts';
import type { CompiledLanguage } from './compiled.ts';

const NEXT_WORD = /[\s\u00a0]+([\p{L}][\p{L}\p{N}.'’-]*)/uy;
const PREVIOUS_WORD = /([\p{L}][\p{L}\p{N}.'’-]*)[\s\u00a0]+$/u;
const LAST_WORD = /([\p{L}][\p{L}\p{N}.'’-]*)[\s\u00a0]*,?[\s\u00a0]*$/u;
/** How far back the speaker of "…, a déclaré" may start: one long name and a comma. */
const LOOK_BACK = 80;
/** Words a name may have: "Regierungssprecher Max Müller". */
const NAME_WORDS = 4;
/** How far after a speaker's first word the rest of the name may reach. */
const NAME_REACH = 60;
const NAME_PART = "\\p{Lu}[\\p{L}'’.-]*";
const PARTICLE = "(?:von|van|der|den|de|del|la|le|du|da|di|dos|y|zu|d['’])";
/** A name of capitalised words, with the particles inside names, from the start of a string. */
const NAME_RUN = new RegExp(`^${NAME_PART}(?:[\\s\\u00a0]+(?:${PARTICLE}[\\s\\u00a0]*)?${NAME_PART}){0,3}`, 'u');
/** After a role: its complement and a name in apposition, ", Sophie Marchand". */
const APPOSITION = new RegExp(`^[^.;:!?«»"„“,]{0,40},[\\s\\u00a0]*${NAME_PART}(?:[\\s\\u00a0]+${NAME_PART}){1,3}`, 'u');

/** What ends the reported words before an inverted attribution: a comma, a quotation mark, a dash (and an auxiliary). */
const AFTER_SAYING = /[,»«“”"—–][\s\u00a0]*(?:\p{L}{1,6}[\s\u00a0]+)?$/u;
const ACRONYM = /^\p{Lu}{2,}$/u;
const isCapitalised = (word: string) => word[0] !== word[0]!.toLowerCase();
const ELISION = /^[lLdD]['’]/;

export class NamedSpeakers {
  constructor(private readonly language: CompiledLanguage) {}

  /**
   * The named attributions of one sentence, from the verb and introducer spans found in it:
   * `inverted` those that follow what was said, after a comma or a quotation ("…, sagte Max
   * Müller", "…, a indiqué la direction"), whose verb is the named speaker's; `all` every one.
   */
  find(text: string, sentence: Span, after: Span[], before: Span[], forms: Span[]): { inverted: Span[]; all: Span[] } {
    const inverted: Span[] = [];
    const all = [...forms];
    for (const span of after) {
      const end = this.nameAfter(text, span.end, sentence.end);
      if (end === undefined) continue;
      all.push({ start: span.start, end });
      if (AFTER_SAYING.test(text.slice(Math.max(sentence.start, span.start - 4), span.start))) inverted.push(span);
    }
    for (const span of before) {
      const start = this.nameBefore(text, span.start, sentence.start);
      if (start !== undefined) all.push({ start, end: span.end });
    }
    return { inverted, all };
  }

  /** Where the name after `from` ends, if a named speaker follows. */
  private nameAfter(text: string, from: number, limit: number): number | undefined {
    let position = from;
    let determiners = 0;
    for (;;) {
      NEXT_WORD.lastIndex = position;
      const match = NEXT_WORD.exec(text);
      if (!match || NEXT_WORD.lastIndex > limit) return undefined;
      let word = trimWord(match[1]!);
      let wordStart = NEXT_WORD.lastIndex - match[1]!.length;
      if (ELISION.test(word)) {
        word = word.slice(2);
        wordStart += 2;
        determiners++;
        if (!word) return undefined;
      }
      const lower = word.toLowerCase();
      if (this.language.determiners.has(lower) && determiners < 2) {
        determiners++;
        position = wordStart + word.length;
        continue;
      }
      if (determiners === 0 && this.language.pronouns.has(lower)) return wordStart + word.length;
      if (!this.isNameWord(word)) return undefined;
      // German writes every noun with a capital: after an article only a role, an institution or an
      // outlet is a speaker ("sagte der Minister", not "bestätigte die Pläne").
      if (determiners > 0 && this.language.knowledge.capitalisesNouns && !this.isSpeakerNoun(word)) return undefined;
      return this.nameEnd(text, wordStart, wordStart + word.length, limit);
    }
  }

  /**
   * The end of a speaker that starts at `start` with a word ending at `wordEnd`: the whole of a
   * name of several words ("Ursula von der Leyen", "Banco de España"), or a role with the name in
   * apposition after it ("la ministre du Travail, Sophie Marchand").
   */
  private nameEnd(text: string, start: number, wordEnd: number, limit: number): number {
    const window = text.slice(start, Math.min(limit, start + NAME_REACH));
    const name = NAME_RUN.exec(window);
    if (name) return start + trimWord(name[0]).length;
    const apposition = APPOSITION.exec(text.slice(wordEnd, Math.min(limit, wordEnd + NAME_REACH)));
    return apposition ? wordEnd + apposition[0].length : wordEnd;
  }

  /** Where the name before `to` starts, if a named speaker stands there. */
  private nameBefore(text: string, to: number, limit: number): number | undefined {
    const windowStart = Math.max(limit, to - LOOK_BACK);
    const window = text.slice(windowStart, to);
    const match = LAST_WORD.exec(window);
    if (!match) return undefined;
    const word = match[1]!.replace(ELISION, '');
    const lower = word.toLowerCase();
    if (!this.language.pronouns.has(lower) && !this.isNameWord(trimWord(word))) return undefined;
    // Take in the words of the name before it ("Max Müller sagte").
    let start = windowStart + match.index + (match[1]!.length - word.length);
    let prefix = window.slice(0, match.index);
    for (let taken = 1; taken < NAME_WORDS; taken++) {
      const previous = PREVIOUS_WORD.exec(prefix);
      if (!previous || !isCapitalised(previous[1]!) || this.language.notNames.has(previous[1]!.toLowerCase())) break;
      start = windowStart + previous.index;
      prefix = prefix.slice(0, previous.index);
    }
    return start;
  }

  private isSpeakerNoun(word: string): boolean {
    return (
      this.language.isRole(word) || this.language.isOrganisation(word) || this.language.outlets.has(word) || ACRONYM.test(word)
    );
  }

  private isNameWord(word: string): boolean {
    if (!word) return false;
    const lower = word.toLowerCase();
    if (this.language.notNames.has(lower)) return false;
    return isCapitalised(word) || this.language.isRole(word) || this.language.isOrganisation(word);
  }
}

/** A word without the sentence's full stop or comma after it ("Müller." is "Müller"; "Dr." stays). */
function trimWord(word: string): string {
  return word.length > 3 ? word.replace(/[.,]+$/, '') : word;
}
