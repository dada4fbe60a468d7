/**
 * The reader's saved notes on this page: found again in the body text once the scan has
 * settled (exactly, or approximately if the outlet edited the passage), a slice at a time so
 * finding them never holds up the page, and painted; those not found are listed as orphans,
 * never dropped.
 */
import { flagKey } from '../../contract/flag-key.ts';
import type { Note } from '../../contract/note-model.ts';
import type { BodyText } from '../body/body-text.ts';
import { matchQuote } from './match-quote.ts';
import type { NotePainter } from './note-overlay.ts';

export interface NoteLayerDeps {
  painter: Pick<NotePainter, 'paint'>;
  yieldToMain: () => Promise<void>;
  now: () => number;
}

/** Anchoring work per slice before yielding. */
const ANCHOR_SLICE_MS = 8;

export class NoteLayer {
  private notes: Note[] = [];
  private orphanIds: string[] = [];
  private run = 0;
  private found = 0;

  constructor(private readonly deps: NoteLayerDeps) {}

  get count(): number {
    return this.notes.length;
  }

  get orphans(): string[] {
    return [...this.orphanIds];
  }

  get anchored(): number {
    return this.found;
  }

  set(notes: Note[]): void {
    this.notes = notes;
    this.run++;
  }

  clear(): void {
    this.set([]);
    this.orphanIds = [];
    this.found = 0;
    this.deps.painter.paint([]);
  }

  /** Flag keys of the notes taken from flags: those flags show as saved. */
  savedFlagKeys(): Set<string> {
    const keys = new Set<string>();
    for (const note of this.notes) if (note.category) keys.add(flagKey(note.category, note.quote.exact));
    return keys;
  }

  /** Finds every note in the body text and paints those found; a newer call or `set` makes an older one give up. */
  async anchor(body: BodyText | null): Promise<void> {
    const run = ++this.run;
    const ranges: Range[] = [];
    const orphans: string[] = [];
    let index = 0;
    while (index < this.notes.length) {
      // Not timed on its own: timeline entries that came only with notes would tell the page the
      // reader keeps some here (issue #19). The first slice runs inside its caller's measure.
      const deadline = this.deps.now() + ANCHOR_SLICE_MS;
      do {
        const note = this.notes[index++]!;
        const match = body ? matchQuote(body.text, note.quote, note.position?.start) : null;
        const range = match && body ? body.rangeOf(match.start, match.end) : null;
        if (range) ranges.push(range);
        else orphans.push(note.id);
      } while (index < this.notes.length && this.deps.now() < deadline);
      if (index < this.notes.length) await this.deps.yieldToMain();
      if (run !== this.run) return;
    }
    this.orphanIds = orphans;
    this.found = ranges.length;
    this.deps.painter.paint(ranges);
  }
}
