/**
 * What the reader keeps for an article, loaded from the background: the flags they dismissed
 * ("not an issue here") and their notes; and, for this visit only, whether they hid the
 * highlights. It keeps the flag layer in step with them (which flags show, which are saved).
 * Loading for an address that is no longer the page's is dropped.
 */
import type { Category } from '../../detector/types.ts';
import type { FlagLayer } from '../paint/flag-layer.ts';
import type { NoteLayer } from './note-layer.ts';
import type { PageStore } from '../engine/session-deps.ts';

export interface ReaderMarksDeps {
  store: PageStore;
  notes: NoteLayer;
  flags: FlagLayer;
  /** The categories the reader's settings show. */
  enabledCategories: () => readonly Category[];
  onError: (error: unknown) => void;
}

export class ReaderMarks {
  dismissed = new Set<string>();
  hidden = false;

  constructor(private readonly deps: ReaderMarksDeps) {}

  /** Dismissals and notes for `url`; `current` says whether the page is still there. */
  async load(url: string, current: () => boolean): Promise<void> {
    const dismissals = this.deps.store.dismissalsForPage(url).catch((error: unknown) => {
      this.deps.onError(error);
      return [] as string[];
    });
    // Both at once: each is a round trip to the background.
    const [dismissed] = await Promise.all([dismissals, this.loadNotes(url, current)]);
    if (current()) this.dismissed = new Set(dismissed);
    this.refilter();
  }

  async loadNotes(url: string, current: () => boolean): Promise<void> {
    try {
      const notes = await this.deps.store.notesForPage(url);
      if (current()) this.deps.notes.set(notes);
    } catch (error) {
      this.deps.onError(error);
    }
    this.deps.flags.setSaved(this.deps.notes.savedFlagKeys());
  }

  async dismiss(url: string, key: string, dismissed: boolean): Promise<void> {
    await this.deps.store.setDismissal(url, key, dismissed);
    if (dismissed) this.dismissed.add(key);
    else this.dismissed.delete(key);
    this.refilter();
  }

  /** Hides or shows every highlight on this page. */
  setHidden(hidden: boolean): boolean {
    this.hidden = hidden;
    this.refilter();
    return hidden;
  }

  /** The flag layer shows what the settings enable, minus what the reader dismissed or hid. */
  refilter(): void {
    this.deps.flags.setFilters({
      enabled: new Set(this.deps.enabledCategories()),
      dismissed: this.dismissed,
      hidden: this.hidden,
    });
  }

  /** A new page: nothing kept yet. */
  reset(): void {
    this.dismissed = new Set();
    this.hidden = false;
    this.deps.notes.clear();
  }
}
