/**
 * What the extension pages' component tests run on: the real notes store over fake-indexeddb,
 * a second store on the same database standing in for the background (where saves go), and a
 * small fake of the page side (its PageReport answers and the calls the popup makes to it).
 */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { vi, type Mock } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openNotesDb, type NotesDb } from '../../../notes/db.ts';
import { createNotesRepository } from '../../../notes/repository.ts';
import type { PageReport, SaveResult } from '../../../contract/messages.ts';
import type { Note, NoteDraft } from '../../../contract/note-model.ts';
import type { NotesStore } from '../../../notes/notes-store.ts';
import type { Settings } from '../../../contract/settings.ts';
import { saveSettings } from '../../../contract/settings-store.ts';
import type { PageServices, PopupServices } from '../../../components/popup/services.ts';

export const NOW = Date.parse('2026-11-24T12:00:00Z');
export const ARTICLE_URL = 'https://news.example.com/politics/deal';

// Dexie's liveQuery stays silent where the environment has no IndexedDB of its own (Node): give it one.
Dexie.dependencies.indexedDB ??= new IDBFactory();
Dexie.dependencies.IDBKeyRange ??= IDBKeyRange;

let databases = 0;

/** One store, opened twice on one fake IndexedDB: as the page sees it, and as the background does. */
export function twoSidedStore() {
  const indexedDB = new IDBFactory();
  const name = `sourcelight-test-${++databases}`;
  let time = NOW;
  const clock = () => time;
  const open = (): { db: NotesDb; notes: NotesStore } => {
    const db = openNotesDb({ name, indexedDB, IDBKeyRange });
    return { db, notes: createNotesRepository(db, { now: clock }) };
  };
  const tick = (ms = 1000) => {
    time += ms;
  };
  return { page: open(), background: open(), tick };
}

/** Puts notes in the store as they are (ids and dates kept), through the store's own import. */
export async function seedNotes(notes: NotesStore, seeded: Note[]): Promise<void> {
  if (seeded.length === 0) return;
  await notes.importJson(
    JSON.stringify({
      format: 'sourcelight-notes',
      version: 1,
      exportedAt: new Date(NOW).toISOString(),
      articles: [],
      notes: seeded,
    }),
  );
}

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

export const HOUR = 3_600_000;

/** Three notes of different ages, categories, sites and tags. */
export const NOTES: Note[] = [
  makeNote({
    id: 'old',
    createdAt: NOW - 48 * HOUR,
    articleUrl: 'https://daily.example/plan',
    site: 'daily.example',
    quote: { exact: 'Critics say the plan will fail.', prefix: '', suffix: '' },
    category: 'vague',
    tags: ['economy'],
  }),
  makeNote({
    id: 'new',
    createdAt: NOW - HOUR,
    quote: { exact: 'Insiders say the deal is dead.', prefix: '', suffix: '' },
    category: 'anonymous',
    comment: 'Which insiders?',
    tags: ['border'],
  }),
  makeNote({
    id: 'mid',
    createdAt: NOW - 24 * HOUR,
    quote: { exact: 'The mayor resigned on Friday.', prefix: '', suffix: '' },
    comment: 'Selected by hand',
  }),
];

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
        key: 'anonymous:insiders say the deal is all but dead.',
      },
      {
        id: 1,
        category: 'hedged',
        cue: { start: 50, end: 60, text: 'reportedly' },
        sentence: { start: 41, end: 90, text: 'The minister reportedly walked out of the talks.' },
        key: 'hedged:the minister reportedly walked out of the talks.',
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

export type FakePage = { [K in keyof PageServices]: Mock<PageServices[K]> };

export function fakePage(report: PageReport | null = makeReport()): FakePage {
  return {
    report: vi.fn(async () => report),
    scan: vi.fn(async () => report),
    showNotes: vi.fn(async () => report),
    revealFlag: vi.fn(async () => {}),
    flagDraft: vi.fn(async (): Promise<NoteDraft | null> => null),
    dismissFlag: vi.fn(async () => {}),
    setHidden: vi.fn(async (hidden: boolean) => hidden),
    notesChanged: vi.fn(async () => {}),
  };
}

export interface TestServices extends PopupServices {
  page: FakePage;
  saveDraft: Mock<(draft: NoteDraft) => Promise<SaveResult>>;
  openUrl: Mock<(url: string) => Promise<void>>;
  openNotesPage: Mock<PopupServices['openNotesPage']>;
  /** The background's own handle on the same database. */
  background: NotesStore;
  tick(ms?: number): void;
}

export interface ServicesOptions {
  report?: PageReport | null;
  notes?: Note[];
  settings?: Settings;
  inToolbarPopup?: boolean;
}

/** Fresh services for one test: the real store, seeded; settings in the fake browser's storage. */
export async function testServices(options: ServicesOptions = {}): Promise<TestServices> {
  fakeBrowser.reset();
  if (options.settings) await saveSettings(options.settings);
  const store = twoSidedStore();
  await seedNotes(store.page.notes, options.notes ?? []);
  const background = store.background.notes;
  return {
    notes: store.page.notes,
    reading: store.page.notes,
    background,
    // The background's handler saves a draft with the store's saveDraft (extension/background-services.ts).
    saveDraft: vi.fn((draft: NoteDraft) => background.saveDraft(draft)),
    openUrl: vi.fn(async () => {}),
    openNotesPage: vi.fn(async () => {}),
    inToolbarPopup: options.inToolbarPopup ?? false,
    now: () => NOW,
    page: fakePage(options.report === undefined ? makeReport() : options.report),
    tick: store.tick,
  };
}
