/** A PageSession on happy-dom's document with fakes for the background and the painters. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Note, NoteDraft } from '../../../contract/note-model.ts';
import type { ReadingEntry } from '../../../contract/reading-record.ts';
import type { parseSettings } from '../../../contract/settings.ts';
import { batchPaints } from '../../../page/paint/highlight-batch.ts';
import { createHighlightPainter } from '../../../page/paint/highlight-painter.ts';
import type { NotePainter } from '../../../page/marks/note-overlay.ts';
import { PageSession } from '../../../page/engine/session.ts';
import type { PageSessionDeps } from '../../../page/engine/session-deps.ts';
import { Readability } from '@mozilla/readability';
import type { ReadabilityClass } from '../../../page/body/readability-body.ts';
import { fakeAnalyze, fakeHighlightApi } from './fakes.ts';

export const ARTICLE_URL = 'https://ok.example/news/harris';

export const page = (name: string) => readFileSync(join(import.meta.dirname, '../../e2e/pages', name), 'utf8');
export const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

/** Puts a page's markup in the test document (innerHTML never runs the page's scripts). */
export function load(html: string): void {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  document.title = doc.title;
  document.head.innerHTML = doc.head.innerHTML;
  document.body.innerHTML = doc.body.innerHTML;
}

let counter = 0;
export const noteFrom = (draft: NoteDraft): Note => ({
  id: `note-${++counter}`,
  articleUrl: draft.articleUrl,
  site: 'ok.example',
  quote: draft.quote,
  ...(draft.position ? { position: draft.position } : {}),
  ...(draft.category ? { category: draft.category } : {}),
  comment: draft.comment ?? '',
  tags: draft.tags ?? [],
  createdAt: counter,
  updatedAt: counter,
});

/** The passages the overlay would mark, as text. */
export function fakeNotePainter(): NotePainter & { texts(): string[] } {
  let ranges: readonly Range[] = [];
  return {
    attach() {},
    paint: (next) => {
      ranges = next;
    },
    reposition() {},
    repair: () => false,
    dispose: () => {
      ranges = [];
    },
    texts: () => ranges.map((range) => range.toString().replace(/\s+/g, ' ').trim()),
  };
}

export interface HarnessOptions extends Partial<Pick<PageSessionDeps, 'timeWork' | 'onFirstPaint' | 'forced' | 'now'>> {
  url?: string;
  settings?: ReturnType<typeof parseSettings>;
  notes?: Note[];
  dismissed?: string[];
  /** Paint through the engine's batching, as the extension does (page/paint/highlight-batch.ts). */
  batched?: boolean;
}

export function startSession(options: HarnessOptions = {}) {
  const api = fakeHighlightApi();
  const notePainter = fakeNotePainter();
  const counts: number[] = [];
  const readings: ReadingEntry[] = [];
  const dismissals = new Map<string, Set<string>>([[options.url ?? ARTICLE_URL, new Set(options.dismissed ?? [])]]);
  const saved = [...(options.notes ?? [])];
  const controller = new AbortController();
  const frames: Array<() => void> = [];
  let url = options.url ?? ARTICLE_URL;
  let analyses = 0;
  const s = new PageSession({
    doc: document,
    win: window,
    location: () => url,
    analyze: async (text) => {
      analyses++;
      return fakeAnalyze(text);
    },
    painter: options.batched
      ? batchPaints(createHighlightPainter(api), {
          now: () => performance.now(),
          setTimeout: (fn, ms) => setTimeout(fn, ms),
          clearTimeout: (handle) => clearTimeout(handle as number),
        })
      : createHighlightPainter(api),
    notePainter,
    MutationObserver,
    yieldToMain: () => settle().then(() => {}),
    nextFrame: (fn) => frames.push(fn),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (handle) => clearTimeout(handle as number),
    signal: controller.signal,
    now: options.now ?? (() => performance.now()),
    readability: () => Readability as unknown as ReadabilityClass,
    loadReadability: async () => Readability as unknown as ReadabilityClass,
    store: {
      notesForPage: async (page) => saved.filter((note) => note.articleUrl === page),
      dismissalsForPage: async (page) => [...(dismissals.get(page) ?? [])],
      setDismissal: async (page, key, dismissed) => {
        const set = dismissals.get(page) ?? new Set<string>();
        if (dismissed) set.add(key);
        else set.delete(key);
        dismissals.set(page, set);
      },
      recordReading: async (entry) => {
        readings.push(entry);
      },
    },
    onCountChange: (count) => counts.push(count),
    onError: (error) => {
      throw error;
    },
    ...(options.settings ? { settings: options.settings } : {}),
    ...(options.forced ? { forced: options.forced } : {}),
    ...(options.timeWork ? { timeWork: options.timeWork } : {}),
    ...(options.onFirstPaint ? { onFirstPaint: options.onFirstPaint } : {}),
  });
  const flush = async () => {
    await settle();
    for (const fn of frames.splice(0)) fn();
    await settle(5);
  };
  return {
    s,
    api,
    notePainter,
    counts,
    readings,
    dismissals,
    saved,
    controller,
    flush,
    analyses: () => analyses,
    setUrl: (next: string) => {
      url = next;
    },
  };
}
