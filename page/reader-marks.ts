/**
 * What the reader keeps for an article, loaded from the background: the flags they dismissed
 * ("not an issue here") and their notes; and, for this visit only, whether they hid the
 * highlights. Loading for an address that is no longer the page's is dropped.
 */
import type { NoteLayer } from './note-layer.ts';
import type { PageStore } from './session-deps.ts';

export class ReaderMarks {
  dismissed = new Set<string>();
  hidden = false;

  constructor(
    private readonly store: PageStore,
    readonly notes: NoteLayer,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Dismissals and notes for `url`; `current` says whether the page is still there. */
  async load(url: string, current: () => boolean): Promise<void> {
    const dismissals = this.store.dismissalsForPage(url).catch((error: unknown) => {
      this.onError(error);
      return [] as string[];
    });
    // Both at once: each is a round trip to the background.
    const [dismissed] = await Promise.all([dismissals, this.loadNotes(url, current)]);
    if (current()) this.dismissed = new Set(dismissed);
  }

  async loadNotes(url: string, current: () => boolean): Promise<void> {
    try {
      const notes = await this.store.notesForPage(url);
      if (current()) this.notes.set(notes);
    } catch (error) {
      this.onError(error);
    }
  }

  async dismiss(url: string, key: string, dismissed: boolean): Promise<void> {
    await this.store.setDismissal(url, key, dismissed);
    if (dismissed) this.dismissed.add(key);
    else this.dismissed.delete(key);
  }

  /** A new page: nothing kept yet. */
  reset(): void {
    this.dismissed = new Set();
    this.hidden = false;
    this.notes.clear();
  }
}
