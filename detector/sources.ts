/**
 * Who the text cites: named people, organisations and outlets that speak in it, and the
 * unnamed sources its flags rest on, each with its mentions.
 */
import type { Category, Source, SourceKind, TextSpan } from './types.ts';
import type { Token } from './tokens.ts';
import { findMentions, firstNamesOf } from './mentions.ts';
import {
  MEDIA_MODIFIERS,
  OUTLET_HEADS,
  ATTRIBUTION_VERBS,
  CROWD_HEADS,
  CROWD_PRONOUNS,
  TITLES,
  VERB_PREFIXES,
  ANONYMOUS_HEADS,
  ROLE_HEADS,
} from './lexicon.ts';

const OUTLET_WORDS =
  /\b(Times|Post|News|Journal|Magazine|Daily|Herald|Gazette|Tribune|Courier|Reuters|Press|BBC|CNN|NPR|Politico|Axios|Bloomberg|Guardian|Telegraph|Independent|Mirror|Mail|Express|Today|TMZ|Variety|Deadline|Atlantic|Economist|Weekly|Radio|TV|Television|Athletic|ESPN|Sky|Fox|NBC|CBS|ABC|Six|OK!|USAToday|Chronicle|Inquirer|Observer|Register|Standard|Bulletin|Wire|Nature|Lancet|Science)\b|OK!/;
const ORGANISATION_WORDS =
  /\b(Department|Ministry|Agency|University|Inc|Corp|Company|Council|Commission|Court|Police|Bureau|Institute|Party|Committee|Association|Federation|Club|Office|Service|Board|Bank|Group|Authority|House|Pentagon|Congress|Senate|Parliament|Kremlin|Foundation|Fund|Organization|Organisation|Center|Centre|League|Union|Administration|Government|FC|Hospital|School|Church|Army|Navy|Force|Team|Studios|Records|Labs?|Systems|Motors|Airlines|Holdings)\b|^[A-Z]{2,6}$/;
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
const CONNECTORS = new Set(['of', 'the', 'for', 'and', '&', 'de', 'van', 'von', 'al', 'bin', 'la', 'le', 'du']);
const NOT_NAMES = new Set([
  'the',
  'a',
  'an',
  'but',
  'and',
  'however',
  'in',
  'on',
  'at',
  'after',
  'before',
  'as',
  'if',
  'when',
  'while',
  'so',
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'you',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'their',
  'its',
  'our',
  'per',
  'according',
  'meanwhile',
  'still',
  'yet',
  'then',
  'there',
  'not',
  'no',
  'yes',
  'also',
  'even',
  'now',
  'former',
  'democratic',
  'republican',
  'democrats',
  'republicans',
  'soon',
  'since',
  'what',
  'who',
  'why',
  'how',
]);

interface SourceDraft {
  name: string;
  kind: SourceKind;
  category?: Category;
  /** Extra strings whose occurrences count as mentions (a surname). */
  aliases: string[];
  mentions: TextSpan[];
}

/** Capitalised words that are never a name: sentence openers, and the unnamed heads themselves ("Sources", "Critics"). */
const isNeverName = (lower: string) =>
  NOT_NAMES.has(lower) ||
  ATTRIBUTION_VERBS.has(lower) ||
  CROWD_HEADS.has(lower) ||
  CROWD_PRONOUNS.has(lower) ||
  ANONYMOUS_HEADS.has(lower) ||
  ROLE_HEADS.has(lower);

function isNameWord(token: Token | undefined, sentenceStart: boolean): boolean {
  if (!token?.isWord || !token.capitalized) return false;
  if (isNeverName(token.lower)) return false;
  return !sentenceStart || !NOT_NAMES.has(token.lower);
}

/** The capitalised name ending just before `end` (exclusive), as token indices, or null. */
function nameBefore(tokens: Token[], end: number): [number, number] | null {
  let start = end;
  while (start > 0) {
    const previous = tokens[start - 1]!;
    if (isNameWord(previous, start - 1 === 0)) start--;
    else if (CONNECTORS.has(previous.lower) && start < end && isNameWord(tokens[start - 2], start - 2 === 0)) start--;
    else break;
  }
  return start < end ? [start, end] : null;
}

/** The capitalised name starting at `start`, or null. */
function nameAfter(tokens: Token[], start: number): [number, number] | null {
  let end = start;
  while (end < tokens.length) {
    const token = tokens[end]!;
    if (isNameWord(token, false)) end++;
    else if (CONNECTORS.has(token.lower) && end > start && isNameWord(tokens[end + 1], false)) end++;
    else break;
  }
  return end > start ? [start, end] : null;
}

function stripTitles(tokens: Token[], [start, end]: [number, number]): [number, number] {
  while (start < end - 1 && TITLES.has(tokens[start]!.lower.replace(/\.$/, ''))) start++;
  return [start, end];
}

function kindOf(name: string, asOutlet: boolean): SourceKind {
  if (OUTLET_WORDS.test(name) || (asOutlet && !ORGANISATION_WORDS.test(name))) return 'outlet';
  if (ORGANISATION_WORDS.test(name)) return 'organisation';
  return 'person';
}

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

  private addNamed(tokens: Token[], span: [number, number], asOutlet: boolean): void {
    const [first, last] = stripTitles(tokens, span);
    const name = this.text.slice(tokens[first]!.start, tokens[last - 1]!.end).replace(/\s+/g, ' ');
    if (name.length < 2) return;
    const kind = kindOf(name, asOutlet);
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
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!;
      if (!token.isWord) continue;
      const value = token.lower;
      if (ATTRIBUTION_VERBS.has(value) && !token.capitalized) {
        // Speaker before the verb: "Harris said", "New York Magazine reported", "the police said".
        let verbAt = index;
        while (verbAt > 0 && VERB_PREFIXES.has(tokens[verbAt - 1]!.lower)) verbAt--;
        const before = nameBefore(tokens, verbAt);
        if (before)
          this.addNamed(
            tokens,
            before,
            (value === 'reported' || value === 'reports') &&
              OUTLET_WORDS.test(
                tokens
                  .slice(before[0], before[1])
                  .map((token) => token.text)
                  .join(' '),
              ),
          );
        else if (GENERIC_ORGANISATIONS.has(tokens[verbAt - 1]?.lower ?? '') && tokens[verbAt - 2]?.lower === 'the') {
          this.addGenericOrganisation(tokens, verbAt - 2, verbAt);
        }
        // Listener or inverted speaker after it: "told USA Today", "spoke with New York Magazine", "said Smith".
        let after = index + 1;
        if (tokens[after]?.lower === 'with' || tokens[after]?.lower === 'to') after++;
        const named = nameAfter(tokens, after);
        // A listener counts as a source only when it is an outlet ("told USA Today"), not a person spoken to.
        if (named) {
          const [first, last] = stripTitles(tokens, named);
          const name = tokens
            .slice(first, last)
            .map((token) => token.text)
            .join(' ');
          const inverted = value === 'said' || value === 'says' || value === 'added';
          if (inverted || OUTLET_WORDS.test(name)) this.addNamed(tokens, named, !inverted);
        }
      } else if ((value === 'according' && tokens[index + 1]?.lower === 'to') || value === 'per' || value === 'citing') {
        const named = nameAfter(tokens, index + (value === 'according' ? 2 : 1));
        if (named) this.addNamed(tokens, named, false);
      } else if (value === 'as') {
        // "As OK! previously reported".
        const named = nameAfter(tokens, index + 1);
        if (!named) continue;
        const next = tokens[named[1]]?.lower ?? '';
        const verb = VERB_PREFIXES.has(next) || next === 'first' || next === 'exclusively' ? tokens[named[1] + 1]?.lower : next;
        if (verb === 'reported' || verb === 'reports') this.addNamed(tokens, named, true);
      }
    }
  }

  private addGenericOrganisation(tokens: Token[], first: number, last: number): void {
    const name = this.text.slice(tokens[first]!.start, tokens[last - 1]!.end).toLowerCase();
    if (!this.named.has(name)) this.named.set(name, { name, kind: 'organisation', aliases: [], mentions: [] });
  }

  /** Every source with every mention of its name (or a person's surname) in the text, found in one pass. */
  result(): Source[] {
    const byName = new Map<string, TextSpan[]>();
    const named = [...this.named.values()];
    const surnames = new Set(named.filter((draft) => draft.kind === 'person' && !draft.name.includes(' ')).map((d) => d.name));
    const firstNames = firstNamesOf(this.text, surnames, (lower) => TITLES.has(lower) || NOT_NAMES.has(lower));
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
