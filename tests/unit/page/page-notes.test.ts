// @vitest-environment happy-dom
/** Saved notes on the page: drafts from flags and selections, re-anchoring, orphans. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Note, NoteDraft } from '../../../shared/note-model.ts';
import { NOTE_HIGHLIGHT } from '../../../page/highlight-painter.ts';
import { PageSession } from '../../../page/page-session.ts';
import { fakeAnalyze, fakeHighlightApi } from './fakes.ts';

const page = (name: string) => readFileSync(join(import.meta.dirname, '../../e2e/pages', name), 'utf8');
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const URL = 'https://ok.example/news/harris';

function load(html: string) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  document.head.innerHTML = doc.head.innerHTML;
  document.body.innerHTML = doc.body.innerHTML;
}

let counter = 0;
const noteFrom = (draft: NoteDraft): Note => ({
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

function start(notes: Note[] = []) {
  const api = fakeHighlightApi();
  const saved = [...notes];
  const s = new PageSession({
    doc: document,
    win: window,
    location: () => URL,
    analyze: fakeAnalyze,
    highlights: api,
    MutationObserver,
    yieldToMain: () => new Promise((resolve) => setTimeout(resolve, 0)),
    nextFrame: (fn) => setTimeout(fn, 0),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (handle) => clearTimeout(handle as number),
    signal: new AbortController().signal,
    onError: (error) => {
      throw error;
    },
    loadNotes: async (url) => saved.filter((note) => note.articleUrl === url),
  });
  s.start();
  return { s, api, saved };
}

async function ready(s: PageSession) {
  await s.scan();
  await s.notesChanged();
  await settle();
}

describe('notes on the page', () => {
  it('drafts a flag with its words, the text around them and its position', async () => {
    load(page('seed-news.html'));
    const { s } = start();
    await ready(s);
    // A flag inside the body, so there is text on both sides of it.
    const flag = s.report().flags.find((f) => f.sentence.text.includes('according to insiders'))!;
    const draft = s.flagDraft(flag.id)!;
    expect(draft.quote.exact).toBe(flag.sentence.text);
    expect(draft.quote.prefix.length).toBeGreaterThan(0);
    expect(draft.quote.suffix.length).toBeGreaterThan(0);
    expect(draft.position).toEqual({ start: flag.sentence.start, end: flag.sentence.end });
    expect(draft.category).toBe(flag.category);
    expect(draft.article).toMatchObject({ url: URL, site: 'OK!' });
    expect(s.flagDraft(9999)).toBeNull();
  });

  it('finds a saved flag again on a later visit and paints it as a note', async () => {
    load(page('seed-news.html'));
    const first = start();
    await ready(first.s);
    const flag = first.s.report().flags[0]!;
    const note = noteFrom({ ...first.s.flagDraft(flag.id)!, comment: 'Who?' });

    load(page('seed-news.html'));
    const { s, api } = start([note]);
    await ready(s);
    expect(api.registry.texts(NOTE_HIGHLIGHT)).toEqual([flag.sentence.text.replace(/\s+/g, ' ')]);
    expect(s.report().orphanNoteIds).toEqual([]);
  });

  it('finds a passage the outlet has since edited a little', async () => {
    load(page('seed-news.html'));
    const first = start();
    await ready(first.s);
    const flag = first.s.report().flags.find((f) => f.sentence.text.includes('reportedly'))!;
    const note = noteFrom(first.s.flagDraft(flag.id)!);

    load(page('seed-news.html').replace('reportedly spoke with', 'reportedly talked with'));
    const { s, api } = start([note]);
    await ready(s);
    const [found] = api.registry.texts(NOTE_HIGHLIGHT);
    expect(found).toContain('reportedly talked with');
    expect(s.report().orphanNoteIds).toEqual([]);
  });

  it('lists a passage that is gone as an orphan and keeps painting the others', async () => {
    load(page('seed-news.html'));
    const first = start();
    await ready(first.s);
    const kept = noteFrom(first.s.flagDraft(0)!);
    const gone = noteFrom({
      articleUrl: URL,
      quote: { exact: 'The harbour board voted to sell the ferry line to a private buyer.', prefix: '', suffix: '' },
    });

    load(page('seed-news.html'));
    const { s, api } = start([kept, gone]);
    await ready(s);
    expect(s.report().orphanNoteIds).toEqual([gone.id]);
    expect(api.registry.texts(NOTE_HIGHLIGHT)).toHaveLength(1);
  });

  it('drafts a selection inside the body with its context, and one outside it with its words only', async () => {
    load(page('seed-news.html'));
    const { s } = start();
    await ready(s);
    const paragraph = [...document.querySelectorAll('article p')].find((p) => p.textContent!.includes('reportedly'))!;
    const text = paragraph.firstChild as Text;
    const at = text.data.indexOf('reportedly');
    const selection = document.getSelection()!;
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + 'reportedly spoke'.length);
    selection.removeAllRanges();
    selection.addRange(range);
    const inside = s.selectionDraft(selection)!;
    expect(inside.quote.exact).toBe('reportedly spoke');
    expect(inside.quote.prefix.endsWith(text.data.slice(Math.max(0, at - 5), at))).toBe(true);
    expect(s.bodyText()!.text.slice(inside.position!.start, inside.position!.end)).toBe('reportedly spoke');

    const nav = document.querySelector('nav')!;
    range.selectNodeContents(nav);
    selection.removeAllRanges();
    selection.addRange(range);
    const outside = s.selectionDraft(selection)!;
    expect(outside.quote.exact).toBe(nav.textContent!.replace(/\s+/g, ' ').trim());
    expect(outside.position).toBeUndefined();

    selection.removeAllRanges();
    expect(s.selectionDraft(selection)).toBeNull();
  });

  it('reads a page that does not look like an article when the reader saved notes on it', async () => {
    load(page('not-article.html'));
    const probe = start();
    await settle();
    expect(probe.s.report().state).toBe('not-article');
    const words = 'Critics say inspection budgets have not kept up';
    const note = noteFrom({ articleUrl: URL, quote: { exact: words, prefix: '', suffix: '' } });

    load(page('not-article.html'));
    const { s, api } = start([note]);
    await ready(s);
    expect(s.report().state).not.toBe('not-article');
    expect(api.registry.texts(NOTE_HIGHLIGHT)).toEqual([words]);
  });
});
