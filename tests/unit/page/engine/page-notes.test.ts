// @vitest-environment happy-dom
/** Saved notes on the page: drafts from flags and selections, re-anchoring, orphans. */
import { describe, expect, it } from 'vitest';
import { flagDraft, selectionDraft } from '../../../../page/marks/note-drafts.ts';
import type { PageSession } from '../../../../page/engine/session.ts';
import type { Note } from '../../../../contract/note-model.ts';
import { createWorkTimer, WORK_MEASURE } from '../../../../page/engine/work-timing.ts';
import { ARTICLE_URL, load, noteFrom, page, startSession } from '../session-harness.ts';

async function ready(notes: Note[] = []) {
  const harness = startSession({ notes });
  await harness.s.start();
  await harness.s.settled();
  await harness.s.notesChanged();
  return harness;
}

/** A note made from one flag of a first visit. */
async function noteOfFlag(pick: (s: PageSession) => number, comment = ''): Promise<{ note: Note; sentence: string }> {
  const { s } = await ready();
  const id = pick(s);
  const draft = flagDraft(s, id)!;
  return { note: noteFrom({ ...draft, comment }), sentence: s.report().flags[id]!.sentence.text };
}

describe('notes on the page', () => {
  it('drafts a flag with its words, the text around them and its position', async () => {
    load(page('seed-news.html'));
    const { s } = await ready();
    const flag = s.report().flags.find((f) => f.sentence.text.includes('according to insiders'))!;
    const draft = flagDraft(s, flag.id)!;
    expect(draft.quote.exact).toBe(flag.sentence.text);
    expect(draft.quote.prefix.length).toBeGreaterThan(0);
    expect(draft.quote.suffix.length).toBeGreaterThan(0);
    expect(draft.position).toEqual({ start: flag.sentence.start, end: flag.sentence.end });
    expect(draft.category).toBe(flag.category);
    expect(draft.article).toMatchObject({ url: ARTICLE_URL, site: 'OK!' });
    expect(flagDraft(s, 9999)).toBeNull();
  });

  it('finds a saved flag again on a later visit, marks it, and says the flag is saved', async () => {
    load(page('seed-news.html'));
    const { note, sentence } = await noteOfFlag(() => 0, 'Who?');
    load(page('seed-news.html'));
    const { s, notePainter } = await ready([note]);
    expect(notePainter.texts()).toEqual([sentence.replace(/\s+/g, ' ')]);
    expect(s.report()).toMatchObject({ orphanNoteIds: [], notesFound: 1 });
    expect(s.report().flags[0]!.saved).toBe(true);
    expect(s.report().flags[1]!.saved).toBeUndefined();
  });

  it('finds a passage the outlet has since edited a little', async () => {
    load(page('seed-news.html'));
    const { note } = await noteOfFlag((s) => s.report().flags.find((f) => f.sentence.text.includes('reportedly'))!.id);
    load(page('seed-news.html').replace('reportedly spoke with', 'reportedly talked with'));
    const { s, notePainter } = await ready([note]);
    expect(notePainter.texts()[0]).toContain('reportedly talked with');
    expect(s.report().orphanNoteIds).toEqual([]);
  });

  it('lists a passage that is gone as an orphan and keeps marking the others', async () => {
    load(page('seed-news.html'));
    const { note: kept } = await noteOfFlag(() => 0);
    const gone = noteFrom({
      articleUrl: ARTICLE_URL,
      quote: { exact: 'The harbour board voted to sell the ferry line to a private buyer.', prefix: '', suffix: '' },
    });
    load(page('seed-news.html'));
    const { s, notePainter } = await ready([kept, gone]);
    expect(s.report().orphanNoteIds).toEqual([gone.id]);
    expect(notePainter.texts()).toHaveLength(1);
  });

  it('never puts the reader’s passages in the page-readable highlight registry', async () => {
    load(page('seed-news.html'));
    const { note } = await noteOfFlag(() => 0);
    load(page('seed-news.html'));
    const { api } = await ready([note]);
    expect(
      [...api.registry.keys()].filter((name) => !/^sourcelight-(anonymous|vague|secondhand|hedged|cue|focus)$/.test(name)),
    ).toEqual([]);
  });

  it('drafts a selection inside the body with its context, and one outside it with its words only', async () => {
    load(page('seed-news.html'));
    const { s } = await ready();
    const paragraph = [...document.querySelectorAll('article p')].find((p) => p.textContent!.includes('reportedly'))!;
    const text = paragraph.firstChild as Text;
    const at = text.data.indexOf('reportedly');
    const selection = document.getSelection()!;
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + 'reportedly spoke'.length);
    selection.removeAllRanges();
    selection.addRange(range);
    const inside = selectionDraft(s, selection)!;
    expect(inside.quote.exact).toBe('reportedly spoke');
    expect(inside.quote.prefix.endsWith(text.data.slice(Math.max(0, at - 5), at))).toBe(true);
    expect(s.text()!.text.slice(inside.position!.start, inside.position!.end)).toBe('reportedly spoke');

    const nav = document.querySelector('nav')!;
    range.selectNodeContents(nav);
    selection.removeAllRanges();
    selection.addRange(range);
    const outside = selectionDraft(s, selection)!;
    expect(outside.quote.exact).toBe(nav.textContent!.replace(/\s+/g, ' ').trim());
    expect(outside.position).toBeUndefined();

    selection.removeAllRanges();
    expect(selectionDraft(s, selection)).toBeNull();
  });

  it('leaves a page that is no article unread for its notes until the reader asks to see them (issue #19)', async () => {
    const words = 'Critics say inspection budgets have not kept up';
    const note = noteFrom({ articleUrl: ARTICLE_URL, quote: { exact: words, prefix: '', suffix: '' } });

    load(page('not-article.html'));
    const { s, notePainter } = await ready([note]);
    expect(s.report().state).toBe('not-article');
    expect(notePainter.texts()).toEqual([]);

    // "Show my notes on this page" reads it as a scan does, and marks the passage.
    await s.scan();
    expect(s.report().state).toBe('ready');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(notePainter.texts()).toEqual([words]);
  });

  it('adds no timeline entry of its own for the notes it finds (issue #19)', async () => {
    /** The page's timeline, as many `sourcelight-work` entries as the session records; a clock that stands still slices alike. */
    const measuresOn = async (notes: Note[]) => {
      let measures = 0;
      const clock = {
        now: () => 0,
        mark() {},
        clearMeasures() {},
        measure: (name: string) => void (name === WORK_MEASURE && measures++),
      };
      load(page('seed-news.html'));
      const harness = startSession({ notes, now: () => 0, timeWork: createWorkTimer(clock) });
      await harness.s.start();
      await harness.s.settled();
      await new Promise((resolve) => setTimeout(resolve, 0));
      return { measures, found: harness.s.report().notesFound };
    };
    load(page('seed-news.html'));
    const { note } = await noteOfFlag((s) => s.report().flags[0]!.id);
    const without = await measuresOn([]);
    const withNote = await measuresOn([note]);
    expect(withNote.found).toBe(1);
    expect(withNote.measures).toBe(without.measures);
  });
});
