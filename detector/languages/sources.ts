/**
 * The article's sources in a language other than English: the named people, organisations and
 * outlets found around verbs of speech, and the unnamed sources its cues rest on.
 */
import type { Category, Source, SourceKind, TextSpan } from '../types.ts';
import type { CompiledLanguage } from './compiled.ts';

const APPOSITION_AT_END = /,[\s\u00a0]*\p{Lu}[\p{L}'’.-]*(?:[\s\u00a0]+\p{Lu}[\p{L}'’.-]*)+[\s\u00a0]*$/u;

export class LanguageSources {
  private readonly byKey = new Map<string, Source>();

  constructor(
    private readonly text: string,
    private readonly language: CompiledLanguage,
  ) {}

  addUnnamed(start: number, end: number, category: Category): void {
    const mention = this.mention(start, end);
    this.add(mention.text.replace(/\s+/g, ' ').toLowerCase(), mention.text, 'unnamed', mention, category);
  }

  /** The names inside one attribution ("sagte Regierungssprecher Max Müller" gives "Max Müller"). */
  addNamedIn(start: number, end: number): void {
    const { properName, notNames, isRole, isOrganisation, outlets } = this.language;
    // A name in apposition is the speaker: "la ministre du Travail, Sophie Marchand" gives "Sophie Marchand".
    const apposition = APPOSITION_AT_END.exec(this.text.slice(start, end));
    if (apposition) start += apposition.index + 1;
    const passage = this.text.slice(start, end);
    properName.lastIndex = 0;
    let found = false;
    for (let match = properName.exec(passage); match; match = properName.exec(passage)) {
      // Drop the words of a run that are no name: a capitalised article, a role, a verb of speech.
      if (outlets.has(match[0])) {
        const at = start + match.index;
        this.add(match[0].toLowerCase(), match[0], 'outlet', this.mention(at, at + match[0].length));
        found = true;
        continue;
      }
      const words = match[0].split(/[\s\u00a0]+/);
      let offset = match.index;
      // ... and a qualifier of the role after it ("Bayerns Gesundheitsministerin Judith Haas").
      const noName = (index: number) =>
        notNames.has(words[index]!.toLowerCase()) ||
        isRole(words[index]!) ||
        (index + 1 < words.length - 1 && isRole(words[index + 1]!));
      while (words.length > 0 && noName(0)) {
        offset += words[0]!.length;
        words.shift();
        while (offset < passage.length && /[\s\u00a0]/.test(passage[offset]!)) offset++;
      }
      if (words.length === 0) continue;
      const name = passage.slice(offset, match.index + match[0].length).replace(/[.,]+$/, '');
      const kind: SourceKind = outlets.has(name)
        ? 'outlet'
        : words.some((word) => isOrganisation(word))
          ? 'organisation'
          : 'person';
      this.add(name.toLowerCase(), name, kind, this.mention(start + offset, start + offset + name.length));
      found = true;
    }
    if (found) return;
    // No proper name: a definite organisation speaking ("die Polizei teilte mit").
    const words = /[\p{L}][\p{L}'’-]*/gu;
    for (let word = words.exec(passage); word; word = words.exec(passage)) {
      if (!isOrganisation(word[0])) continue;
      const at = start + word.index;
      const mention = this.mention(at, at + word[0].length);
      this.add(mention.text.toLowerCase(), mention.text, 'organisation', mention);
      return;
    }
  }

  result(): Source[] {
    return [...this.byKey.values()];
  }

  private mention(start: number, end: number): TextSpan {
    return { start, end, text: this.text.slice(start, end) };
  }

  private add(key: string, name: string, kind: SourceKind, mention: TextSpan, category?: Category): void {
    const known = this.byKey.get(`${kind}:${key}`);
    if (known) {
      known.mentions.push(mention);
      return;
    }
    this.byKey.set(`${kind}:${key}`, { name, kind, ...(category ? { category } : {}), mentions: [mention] });
  }
}
