/**
 * What the article has said so far about who speaks: groups it has tied to a name ("Republicans
 * on the Oversight Committee", so a later "Republicans said" is that named group), people it has
 * left unnamed (so "the sources" or "they" in the next sentence are still unnamed), read one
 * sentence after another.
 */
import type { Category } from './types.ts';

/** How many sentences back "they" may point to an unnamed source. */
const PRONOUN_REACH = 2;

export class DocumentState {
  private sentence = 0;
  private readonly anchored = new Set<string>();
  private readonly unnamed = new Map<string, Category>();
  private last: { category: Category; sentence: number } | null = null;

  nextSentence(): void {
    this.sentence++;
  }

  /** A group or person word tied to a name here: later bare mentions refer to that named group. */
  anchor(lemma: string): void {
    this.anchored.add(lemma);
  }

  isAnchored(lemma: string): boolean {
    return this.anchored.has(lemma);
  }

  /** An unnamed source was flagged here. */
  flagged(lemma: string, category: Category): void {
    this.unnamed.set(lemma, category);
    this.last = { category, sentence: this.sentence };
  }

  /** The category of an earlier unnamed source with this head word, if any. */
  unnamedCategory(lemma: string): Category | undefined {
    return this.unnamed.get(lemma);
  }

  /** The unnamed source a pronoun in this sentence may point back to. */
  recentUnnamed(): Category | undefined {
    if (!this.last || this.sentence - this.last.sentence > PRONOUN_REACH) return undefined;
    return this.last.category;
  }

  /** A named source spoke since: a pronoun now more likely points to it. */
  namedSpoke(): void {
    if (this.last && this.last.sentence < this.sentence) this.last = null;
  }
}
