/**
 * Who the text cites: named people, organisations and outlets that speak in it, and the
 * unnamed sources its flags rest on, each with its mentions.
 */
import type { Category, Source, SourceKind, TextSpan } from '../types.ts';
import type { Token } from '../text/tokens.ts';
import { findMentions, firstNamesOf } from './mentions.ts';
import { ATTRIBUTION_VERBS, MEDIA_MODIFIERS, OUTLET_HEADS, SPEAKING_VERBS, TITLES, VERB_PREFIXES } from '../knowledge/lexicon.ts';
import { isNeverName, kindOf, type NameSpan, namesAfter, namesBefore, OUTLET_WORDS } from './names.ts';
import { BE_OR_HAVE, DASHES, isAttributionVerb, RAISING, SECTION_LABEL, skipAside } from './speaker-shapes.ts';

/** Lower-case organisation voices: "the police said", "the company said". */
const GENERIC_ORGANISATIONS = new Set([
  'police',
  'government',
  'company',
  'department',
  'ministry',
  'army',
  'military',
  'club',
  'council',
  'court',
  'prosecutors',
  'agency',
  'firm',
  'team',
  'league',
  'school',
  'hospital',
  'campaign',
]);
interface SourceDraft {
  name: string;
  kind: SourceKind;
  category?: Category;
  /** Extra strings whose occurrences count as mentions (a surname). */
  aliases: string[];
  mentions: TextSpan[];
}

/** Those who speak for someone named after "for": "a spokesperson for Acme", "a lawyer for the family". */
const VOICES = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'representative', 'lawyer', 'attorney']);

const textOf = (tokens: Token[], name: NameSpan) =>
  tokens
    .slice(name.first, name.last)
    .map((token) => token.text)
    .join(' ');

export class SourceCollector {
  private readonly named = new Map<string, SourceDraft>();
  private readonly unnamed = new Map<string, SourceDraft>();
  private readonly unnamedSpans = new Set<string>();

  constructor(private readonly text: string) {}

  addUnnamed(tokens: Token[], first: number, last: number, category: Category): void {
    const start = tokens[first]!.start;
    const end = tokens[last - 1]!.end;
    // Two matchers may find the same phrase ("Others think"): one mention each.
    const spanKey = `${start}:${end}`;
    if (this.unnamedSpans.has(spanKey)) return;
    this.unnamedSpans.add(spanKey);
    const phrase = this.text.slice(start, end).replace(/\s+/g, ' ');
    const name = phrase.charAt(0).toLowerCase() + phrase.slice(1);
    const key = name.toLowerCase();
    const draft = this.unnamed.get(key) ?? { name, kind: 'unnamed' as const, category, aliases: [], mentions: [] };
    draft.mentions.push({ start, end, text: this.text.slice(start, end) });
    this.unnamed.set(key, draft);
  }

  /** Unnamed outlets anywhere in an attribution: "claimed to a news outlet", "a British tabloid". */
  collectUnnamedOutlets(tokens: Token[]): void {
    for (let head = 1; head < tokens.length; head++) {
      if (!OUTLET_HEADS.has(tokens[head]!.lower) || tokens[head]!.capitalized) continue;
      let start = head;
      while (start > 0 && MEDIA_MODIFIERS.has(tokens[start - 1]!.lower)) start--;
      const determiner = tokens[start - 1]?.lower;
      if (determiner !== 'a' && determiner !== 'an') continue;
      this.addUnnamed(tokens, start - 1, head + 1, 'secondhand');
    }
  }

  private addNamed(tokens: Token[], span: NameSpan, asOutlet: boolean): void {
    const name = this.text.slice(tokens[span.first]!.start, tokens[span.last - 1]!.end).replace(/\s+/g, ' ');
    if (name.length < 2) return;
    const kind = kindOf(name, asOutlet, span.definite);
    const key = kind === 'person' ? name.split(' ').at(-1)!.toLowerCase() : name.toLowerCase();
    const existing = this.named.get(key);
    if (existing) {
      if (name.length > existing.name.length) existing.name = name;
      return;
    }
    this.named.set(key, { name, kind, aliases: kind === 'person' ? [name.split(' ').at(-1)!] : [], mentions: [] });
  }

  /** Named speakers and outlets in one sentence's attributions. */
  collectNamed(tokens: Token[]): void {
    this.transcriptSpeaker(tokens);
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!;
      if (!token.isWord) continue;
      const value = token.lower;
      if ((ATTRIBUTION_VERBS.has(value) || SPEAKING_VERBS.has(value) || isAttributionVerb(value)) && !token.capitalized)
        this.speakersAround(tokens, index);
      else if ((value === 'according' && tokens[index + 1]?.lower === 'to') || value === 'per' || value === 'citing') {
        for (const name of namesAfter(tokens, index + (value === 'according' ? 2 : 1))) this.addNamed(tokens, name, false);
      } else if (VOICES.has(value) && tokens[index + 1]?.lower === 'for') {
        for (const name of namesAfter(tokens, index + 2)) this.addNamed(tokens, name, false);
      } else if (value === 'as') this.asReported(tokens, index);
    }
    for (let index = 0; index < tokens.length; index++) if (DASHES.has(tokens[index]!.text)) this.signedQuote(tokens, index);
  }

  /** The speaker before a verb ("Harris said", "the police said") and an inverted speaker or outlet listener after it. */
  private speakersAround(tokens: Token[], index: number): void {
    const value = tokens[index]!.lower;
    const next = tokens[index + 1]?.lower ?? '';
    // "Michelle expected to visit", "is believed to": a raising verb, not speech.
    if (next === 'to' && RAISING.has(value)) return;
    // "the forum viewed by millions": a passive names what was talked about, not who talked.
    if (next === 'by' && value.endsWith('ed')) return;
    // "Health worries have dogged": a noun before its own verb, not a verb.
    if (/s$/.test(value) && BE_OR_HAVE.has(next)) return;
    let verbAt = index;
    while (verbAt > 0 && VERB_PREFIXES.has(tokens[verbAt - 1]!.lower)) verbAt--;
    verbAt = skipAside(tokens, verbAt);
    // "emails combed through by Vox suggest": a passive agent is not the verb's subject.
    // Inside a quotation, "Bryan asserted" is the speaker's story, not the article's source.
    const before = namesBefore(tokens, verbAt).filter(
      (name) => tokens[name.first - 1]?.lower !== 'by' && !tokens[name.first]!.quoted,
    );
    const reports = value === 'reported' || value === 'reports';
    for (const name of before) this.addNamed(tokens, name, reports && (OUTLET_WORDS.test(textOf(tokens, name)) || name.definite));
    if (before.length === 0 && GENERIC_ORGANISATIONS.has(tokens[verbAt - 1]?.lower ?? '') && tokens[verbAt - 2]?.lower === 'the')
      this.addGenericOrganisation(tokens, verbAt - 2, verbAt);
    // Listener or inverted speaker: "told USA Today", "spoke with New York Magazine", "said Smith".
    let after = index + 1;
    if (tokens[after]?.lower === 'with' || tokens[after]?.lower === 'to') after++;
    // ", said Smith." inverts; "said Hillary Clinton would" names the reported clause's subject, not a speaker.
    const inverted =
      (value === 'said' || value === 'says' || value === 'added') && index === verbAt && !tokens[index - 1]?.isWord;
    // "said coach Tom Reyes": a lower-case title before the inverted speaker's name.
    if (inverted && TITLES.has(tokens[after]?.lower ?? '') && tokens[after + 1]?.capitalized) after++;
    // A listener counts as a source only when it is an outlet ("told USA Today"), not a person spoken to.
    for (const name of namesAfter(tokens, after)) {
      const closes = !tokens[name.last]?.isWord || tokens[name.last]!.lower === 'who';
      if ((inverted && closes) || OUTLET_WORDS.test(textOf(tokens, name))) this.addNamed(tokens, name, !inverted);
    }
  }

  /** '"…," ― Jane Roe': a quotation signed with a dash. */
  private signedQuote(tokens: Token[], index: number): void {
    const before = tokens[index - 1];
    const names = namesAfter(tokens, index + 1);
    // The dash opens its own sentence when the quotation closed the one before: then the name must end it.
    const alone = index === 0 && names.length > 0 && !tokens[names.at(-1)!.last]?.isWord;
    if (!alone && (!before || before.isWord || !/["”’]/.test(before.text))) return;
    for (const name of names) this.addNamed(tokens, name, false);
  }

  /** "WALLACE: Let's start with…": a transcript's speaker label, a capitalised surname and a colon. */
  private transcriptSpeaker(tokens: Token[]): void {
    for (let index = 0; index + 1 < tokens.length; index++) {
      const token = tokens[index]!;
      const opens = index === 0 || !tokens[index - 1]!.isWord;
      if (!opens || tokens[index + 1]!.text !== ':' || !/^[A-Z][A-Z'’-]{2,}$/.test(token.text)) continue;
      if (isNeverName(token.lower) || OUTLET_WORDS.test(token.text) || SECTION_LABEL.test(token.text)) continue;
      this.addNamed(tokens, { first: index, last: index + 1, definite: false }, false);
    }
  }

  /** "As OK! previously reported". */
  private asReported(tokens: Token[], index: number): void {
    const names = namesAfter(tokens, index + 1);
    const last = names.at(-1);
    if (!last) return;
    const next = tokens[last.last]?.lower ?? '';
    const verb = VERB_PREFIXES.has(next) || next === 'first' || next === 'exclusively' ? tokens[last.last + 1]?.lower : next;
    if (verb === 'reported' || verb === 'reports') for (const name of names) this.addNamed(tokens, name, true);
  }

  private addGenericOrganisation(tokens: Token[], first: number, last: number): void {
    const name = this.text.slice(tokens[first]!.start, tokens[last - 1]!.end).toLowerCase();
    if (!this.named.has(name)) this.named.set(name, { name, kind: 'organisation', aliases: [], mentions: [] });
  }

  /**
   * "the Commission" after "the European Commission": a body named again by the end of its name is
   * the same body, when only one listed body's name ends so. Its mentions count for the full name.
   */
  private mergeShortNames(named: SourceDraft[]): SourceDraft[] {
    const bodies = named.filter((draft) => draft.kind === 'organisation');
    return named.filter((draft) => {
      if (draft.kind !== 'organisation') return true;
      const tail = ` ${draft.name.toLowerCase()}`;
      const longer = bodies.filter((other) => other !== draft && other.name.toLowerCase().endsWith(tail));
      if (longer.length !== 1) return true;
      longer[0]!.aliases.push(draft.name);
      return false;
    });
  }

  /** Every source with every mention of its name (or a person's surname) in the text, found in one pass. */
  result(): Source[] {
    const byName = new Map<string, TextSpan[]>();
    const named = this.mergeShortNames([...this.named.values()]);
    const surnames = new Set(named.filter((draft) => draft.kind === 'person' && !draft.name.includes(' ')).map((d) => d.name));
    const firstNames = firstNamesOf(this.text, surnames, (lower) => TITLES.has(lower) || isNeverName(lower));
    for (const draft of named) {
      const first = surnames.has(draft.name) ? firstNames.get(draft.name) : undefined;
      if (first) draft.name = `${first} ${draft.name}`;
      for (const name of [draft.name, ...draft.aliases]) byName.set(name, byName.get(name) ?? []);
    }
    for (const mention of findMentions(this.text, [...byName.keys()])) byName.get(mention.text)?.push(mention);
    const sources: Source[] = named.map((draft) => {
      const mentions = [draft.name, ...draft.aliases].flatMap((name) => byName.get(name) ?? []);
      const unique = [...new Map(mentions.map((mention) => [mention.start, mention])).values()].sort((a, b) => a.start - b.start);
      return { name: draft.name, kind: draft.kind, mentions: unique };
    });
    for (const draft of this.unnamed.values()) {
      sources.push({
        name: draft.name,
        kind: 'unnamed',
        ...(draft.category ? { category: draft.category } : {}),
        mentions: draft.mentions,
      });
    }
    return sources;
  }
}
