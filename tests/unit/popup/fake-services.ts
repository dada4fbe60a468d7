/**
 * An in-memory PopupServices for component tests: the notes store keeps plain objects and
 * answers the NotesRepository contract simply (newest first, every query field narrows).
 */
import { vi, type Mock } from 'vitest';
import type { PageReport } from '../../../shared/messages.ts';
import type {
  Article,
  ImportSummary,
  Note,
  NoteDraft,
  NoteFacets,
  NotePage,
  NotePatch,
  NoteQuery,
  NotesExport,
  NotesRepository,
  TextQuoteSelector,
} from '../../../shared/note-model.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/settings.ts';
import type { PopupServices } from '../../../components/popup/services.ts';

export const NOW = Date.parse('2026-11-24T12:00:00Z');

export class FakeImportError extends Error {
  override name = 'ImportError';
}

const siteOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');

export function makeNote(overrides: Partial<Note> & { id: string }): Note {
  return {
    articleUrl: 'https://news.example.com/story',
    site: 'news.example.com',
    quote: { exact: `Passage ${overrides.id}`, prefix: '', suffix: '' },
    comment: '',
    tags: [],
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

export class FakeNotesRepository implements NotesRepository {
  readonly notes = new Map<string, Note>();
  private nextId = 1;
  /** Set to make every call fail with it (a broken database). */
  failWith: Error | null = null;

  constructor(
    notes: Note[] = [],
    private readonly clock = () => NOW,
  ) {
    for (const note of notes) this.notes.set(note.id, note);
  }

  private check() {
    if (this.failWith) throw this.failWith;
  }

  save = vi.fn(async (draft: NoteDraft): Promise<Note> => {
    this.check();
    const time = this.clock();
    const note: Note = {
      id: `saved-${this.nextId++}`,
      articleUrl: draft.articleUrl,
      site: siteOf(draft.articleUrl),
      quote: draft.quote,
      comment: draft.comment ?? '',
      tags: draft.tags ?? [],
      createdAt: time,
      updatedAt: time,
      ...(draft.position ? { position: draft.position } : {}),
      ...(draft.category ? { category: draft.category } : {}),
    };
    this.notes.set(note.id, note);
    return note;
  });

  update = vi.fn(async (id: string, patch: NotePatch): Promise<Note> => {
    this.check();
    const note = this.notes.get(id);
    if (!note) throw new Error('Note not found');
    const next = { ...note, ...patch, updatedAt: this.clock() };
    this.notes.set(id, next);
    return next;
  });

  remove = vi.fn(async (id: string): Promise<Note> => {
    this.check();
    const note = this.notes.get(id);
    if (!note) throw new Error('Note not found');
    this.notes.delete(id);
    return note;
  });

  restore = vi.fn(async (note: Note): Promise<void> => {
    this.check();
    this.notes.set(note.id, note);
  });

  async get(id: string) {
    this.check();
    return this.notes.get(id);
  }

  async forPage(url: string) {
    this.check();
    return this.sorted().filter((note) => note.articleUrl === url);
  }

  query = vi.fn(async (query: NoteQuery): Promise<NotePage> => {
    this.check();
    const words = (query.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const matching = this.sorted().filter((note) => {
      const haystack = [note.quote.exact, note.comment, note.site, ...note.tags].join(' ').toLowerCase().split(/\W+/);
      return (
        words.every((word) => haystack.some((each) => each.startsWith(word))) &&
        (!query.tag || note.tags.includes(query.tag)) &&
        (!query.site || note.site === query.site) &&
        (!query.category || (note.category ?? 'none') === query.category)
      );
    });
    const offset = query.offset ?? 0;
    return { notes: matching.slice(offset, offset + (query.limit ?? 50)), total: matching.length };
  });

  async facets(): Promise<NoteFacets> {
    this.check();
    const all = [...this.notes.values()];
    return {
      tags: [...new Set(all.flatMap((note) => note.tags))].sort(),
      sites: [...new Set(all.map((note) => note.site))].sort(),
    };
  }

  async article(_url: string): Promise<Article | undefined> {
    return undefined;
  }

  async count() {
    return this.notes.size;
  }

  exportJson = vi.fn(
    async (): Promise<NotesExport> => ({
      format: 'sourcelight-notes',
      version: 1,
      exportedAt: new Date(this.clock()).toISOString(),
      articles: [],
      notes: this.sorted(),
    }),
  );

  exportMarkdown = vi.fn(async () =>
    this.sorted()
      .map((note) => `> ${note.quote.exact}`)
      .join('\n\n'),
  );

  importJson = vi.fn(async (text: string): Promise<ImportSummary> => {
    let data: { format?: string; notes?: Note[] };
    try {
      data = JSON.parse(text);
    } catch {
      throw new FakeImportError('Not a Sourcelight notes file: it is not JSON.');
    }
    if (data.format !== 'sourcelight-notes' || !Array.isArray(data.notes))
      throw new FakeImportError('Not a Sourcelight notes file.');
    let added = 0;
    for (const note of data.notes) {
      if (this.notes.has(note.id)) continue;
      this.notes.set(note.id, note);
      added++;
    }
    return { added, skipped: data.notes.length - added, articles: 0 };
  });

  private sorted(): Note[] {
    return [...this.notes.values()].sort((a, b) => b.createdAt - a.createdAt);
  }
}

export const ARTICLE_URL = 'https://news.example.com/politics/deal';

export function makeReport(overrides: Partial<PageReport> = {}): PageReport {
  return {
    dismissed: [],
    hidden: false,
    notesFound: 0,
    state: 'ready',
    context: {
      url: ARTICLE_URL,
      title: 'Talks stall over the border deal',
      site: 'Example News',
      byline: 'Ada Reporter',
      publishedAt: '2026-11-21T12:00:00Z',
    },
    flags: [
      {
        id: 0,
        category: 'anonymous',
        cue: { start: 0, end: 8, text: 'insiders' },
        sentence: { start: 0, end: 40, text: 'Insiders say the deal is all but dead.' },
        key: 'k',
      },
      {
        id: 1,
        category: 'hedged',
        cue: { start: 50, end: 60, text: 'reportedly' },
        sentence: { start: 41, end: 90, text: 'The minister reportedly walked out of the talks.' },
        key: 'k',
      },
    ],
    sources: [
      { name: 'Jane Minister', kind: 'person', mentions: [{ start: 100, end: 113, text: 'Jane Minister' }] },
      { name: 'Reuters', kind: 'outlet', mentions: [{ start: 120, end: 127, text: 'Reuters' }] },
      { name: 'insiders', kind: 'unnamed', category: 'anonymous', mentions: [{ start: 0, end: 8, text: 'Insiders' }] },
    ],
    stats: { sentences: 12, flagged: 2, byCategory: { anonymous: 1, vague: 0, secondhand: 0, hedged: 1 } },
    orphanNoteIds: [],
    ...overrides,
  };
}

export interface FakeServices extends PopupServices {
  pageReport: Mock<() => Promise<PageReport | null>>;
  scanPage: Mock<() => Promise<PageReport | null>>;
  revealFlag: Mock<(id: number) => Promise<void>>;
  flagQuote: Mock<(id: number) => Promise<TextQuoteSelector | null>>;
  notes: FakeNotesRepository;
  notesChanged: Mock<() => Promise<void>>;
  openUrl: Mock<(url: string) => Promise<void>>;
  settings: { load: Mock<() => Promise<Settings>>; save: Mock<(next: Settings) => Promise<void>> };
  /** What settings.save last stored. */
  stored: { settings: Settings };
}

/** Services with spies on every call; pass what the test needs to differ. */
export function fakeServices(options: { report?: PageReport | null; notes?: Note[]; settings?: Settings } = {}): FakeServices {
  const stored = { settings: options.settings ?? DEFAULT_SETTINGS };
  const report = options.report === undefined ? makeReport() : options.report;
  return {
    stored,
    pageReport: vi.fn(async () => report),
    scanPage: vi.fn(async () => report),
    revealFlag: vi.fn(async () => {}),
    flagQuote: vi.fn(async (): Promise<TextQuoteSelector | null> => null),
    notes: new FakeNotesRepository(options.notes),
    notesChanged: vi.fn(async () => {}),
    openUrl: vi.fn(async () => {}),
    settings: {
      load: vi.fn(async () => stored.settings),
      save: vi.fn(async (next: Settings) => {
        stored.settings = next;
      }),
    },
    now: () => NOW,
  };
}
