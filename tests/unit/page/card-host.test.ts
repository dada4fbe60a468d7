// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NoteFormValue } from '../../../components/common/NoteForm.tsx';
import { HIDE_DELAY_MS, mountCard, type MountCardOptions } from '../../../page/card/card-host.ts';
import { createLazyCard } from '../../../page/card/lazy-card.ts';
import { HOVER_INTENT_MS } from '../../../page/card/card-triggers.ts';
import type { PageColours } from '../../../page/paint/backdrop-colour.ts';
import type { FlagEntry } from '../../../page/paint/flag-layer.ts';
import { isSourcelightUiHost } from '../../../page/card/ui-host.ts';
import type { PageFlag, SaveResult } from '../../../contract/messages.ts';

const LIGHT: PageColours = { background: { r: 255, g: 255, b: 255 }, text: { r: 0, g: 0, b: 0 }, scheme: 'light' };
const DARK: PageColours = { background: { r: 20, g: 20, b: 24 }, text: { r: 220, g: 220, b: 220 }, scheme: 'dark' };

/**
 * Three flagged paragraphs, each a 100 px tall line box (happy-dom has no layout: the caret API
 * and client rects are faked, as in hover-target.test.ts).
 */
function page(count = 3, cue = 'people familiar with the matter') {
  document.body.innerHTML = Array.from({ length: count }, (_, i) => `<p>Sentence ${i}: ${cue} said so.</p>`).join('');
  const paragraphs = [...document.querySelectorAll('p')];
  (document as unknown as Record<string, unknown>).caretPositionFromPoint = (x: number, y: number) => {
    const p = paragraphs[Math.floor(y / 100)];
    return p && x < 300 ? { offsetNode: p.firstChild!, offset: 3 } : null;
  };
  return paragraphs.map((p, id): FlagEntry => {
    const range = document.createRange();
    range.selectNodeContents(p.firstChild!);
    const rect = new DOMRect(0, id * 100, 300, 100);
    range.getClientRects = () => [rect] as unknown as DOMRectList;
    range.getBoundingClientRect = () => rect;
    const flag: PageFlag = {
      id,
      category: 'anonymous',
      cue: { start: 0, end: cue.length, text: cue },
      sentence: { start: 0, end: 40, text: p.textContent! },
      key: `k${id}`,
    };
    return { flag, sentence: range, cue: range };
  });
}

/** The test is privileged: it keeps the closed root that a page script never gets. */
let roots: ShadowRoot[] = [];
const realAttach = Element.prototype.attachShadow;

function setup(overrides: Partial<MountCardOptions> = {}, trusted = true) {
  const entries = page();
  const controller = new AbortController();
  const options = {
    onSave: vi.fn(
      async (flag: PageFlag, _value: NoteFormValue): Promise<SaveResult> => ({
        note: { id: `n${flag.id}` } as never,
        created: true,
      }),
    ),
    onDismiss: vi.fn(async () => {}),
    onHidePage: vi.fn(async () => {}),
    onOpenNotes: vi.fn(async () => {}),
  };
  const settings = { cardOpensOn: 'hover' as 'hover' | 'click' };
  // Wired as the engine wires it (lazy-card.ts), with the card's part already loaded.
  const card = createLazyCard({
    load: () => mountCard,
    doc: document,
    signal: controller.signal,
    CSSStyleSheet: undefined,
    MutationObserver,
    settings: () => settings,
    entries: () => entries,
    schedule: (fn) => fn(),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (handle) => clearTimeout(handle as number),
    colourAt: () => LIGHT,
    // happy-dom cannot make trusted events: tests of behaviour pretend the reader made them.
    ...(trusted ? { isTrusted: () => true } : {}),
    ...options,
    ...overrides,
  });
  const root = () => roots.at(-1)!;
  const host = () => root().host as HTMLElement;
  const cardEl = () => roots.at(-1)?.querySelector<HTMLElement>('.card') ?? null;
  const button = (name: string) =>
    [...root().querySelectorAll('button')].find((b) => b.textContent === name || b.getAttribute('aria-label') === name);
  const move = (x: number, y: number) => document.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y }));
  const clickAt = (x: number, y: number) =>
    document.body.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y, bubbles: true, button: 0 }));
  return { card, entries, controller, settings, root, host, cardEl, button, move, clickAt, ...options };
}

beforeEach(() => {
  roots = [];
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const shadow = realAttach.call(this, init);
    roots.push(shadow);
    return shadow;
  });
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  for (const root of roots) root.host.remove();
});

describe('the card host', () => {
  it('lives in a closed root under a name made up for this load, styled to stay visible', () => {
    const { card, entries, host } = setup();
    card.show(entries[0]!.flag, entries[0]!.sentence);
    expect(host().tagName.toLowerCase()).toMatch(/^[a-z]+-[a-z]+$/);
    expect(isSourcelightUiHost(host())).toBe(true);
    expect(host().shadowRoot).toBeNull();
    expect(document.querySelector('sourcelight-ui')).toBeNull();
    expect(document.querySelectorAll('textarea, button')).toHaveLength(0);
    expect(host().getAttribute('style')).toContain('display: block !important');
  });

  it('puts its styles back when a script edits them or hides it', async () => {
    const { card, entries, host } = setup();
    card.show(entries[0]!.flag, entries[0]!.sentence);
    const style = host().getAttribute('style');
    host().setAttribute('style', 'display: none !important');
    host().setAttribute('hidden', '');
    host().setAttribute('inert', '');
    await vi.advanceTimersByTimeAsync(0);
    expect(host().getAttribute('style')).toBe(style);
    expect(host().hasAttribute('hidden')).toBe(false);
    expect(host().hasAttribute('inert')).toBe(false);
  });

  it('opens after a short rest on a flag, not while the pointer passes over text', () => {
    const { move, cardEl, card } = setup();
    move(20, 20);
    vi.advanceTimersByTime(HOVER_INTENT_MS - 50);
    move(20, 120); // on to the next flag before the first opened
    vi.advanceTimersByTime(HOVER_INTENT_MS - 50);
    expect(cardEl()).toBeNull();
    vi.advanceTimersByTime(50);
    expect(card.openFlagId).toBe(1);
  });

  it('ignores forged pointer moves and clicks: nothing opens, nothing is pinned', () => {
    const { move, clickAt, cardEl } = setup({}, false);
    move(20, 20);
    clickAt(20, 20);
    vi.advanceTimersByTime(HOVER_INTENT_MS * 4);
    expect(cardEl()).toBeNull();
  });

  it('says what kind of flag it is, the cue once and the meaning once, as text', () => {
    const { card, cardEl, entries } = setup();
    const flag = { ...entries[0]!.flag, cue: { start: 0, end: 5, text: '<img src=x onerror="window.pwned=1">' } };
    card.show(flag, entries[0]!.sentence);
    const text = cardEl()!.textContent!;
    expect(text).toContain('Anonymous');
    expect(text).toContain('Cue: “<img src=x');
    expect(text.split('Rests on people who are not named').length - 1).toBe(1);
    expect(cardEl()!.querySelector('img')).toBeNull();
    expect(cardEl()!.getAttribute('role')).toBe('dialog');
    expect(cardEl()!.getAttribute('aria-label')).toBe('Why Sourcelight flagged this sentence: Anonymous');
  });

  it('gives way when the pointer moves on to another flag; hides a moment after it leaves', () => {
    const { move, cardEl, card } = setup();
    move(20, 20);
    vi.advanceTimersByTime(HOVER_INTENT_MS);
    expect(card.openFlagId).toBe(0);
    move(20, 220);
    vi.advanceTimersByTime(HOVER_INTENT_MS);
    expect(card.openFlagId).toBe(2);
    move(900, 220);
    vi.advanceTimersByTime(HIDE_DELAY_MS - 1);
    expect(cardEl()).not.toBeNull();
    vi.advanceTimersByTime(1);
    expect(cardEl()).toBeNull();
  });

  it('a click pins it: it stays when the pointer leaves and over other flags, until closed', () => {
    const { move, clickAt, cardEl, button, card } = setup();
    clickAt(20, 20);
    expect(card.openFlagId).toBe(0);
    expect(cardEl()!.hasAttribute('data-pinned')).toBe(true);
    move(20, 120);
    vi.advanceTimersByTime(HOVER_INTENT_MS + HIDE_DELAY_MS);
    move(900, 500);
    vi.advanceTimersByTime(HIDE_DELAY_MS * 3);
    expect(card.openFlagId).toBe(0);
    button('Close')!.click();
    expect(cardEl()).toBeNull();
  });

  it('opens on click only when the reader chose that', () => {
    const { move, clickAt, cardEl, settings } = setup();
    settings.cardOpensOn = 'click';
    move(20, 20);
    vi.advanceTimersByTime(HOVER_INTENT_MS * 4);
    expect(cardEl()).toBeNull();
    clickAt(20, 20);
    expect(cardEl()).not.toBeNull();
  });

  it('closes with Escape and gives focus back where the keyboard command found it', () => {
    const { card, entries, root, cardEl } = setup();
    const before = document.createElement('button');
    document.body.append(before);
    before.focus();
    card.show(entries[1]!.flag, entries[1]!.sentence, { focus: true });
    expect(root().activeElement?.textContent).toBe('Save as note');
    expect(cardEl()!.hasAttribute('data-pinned')).toBe(true);
    root().activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(cardEl()).toBeNull();
    expect(document.activeElement).toBe(before);
  });

  it('saves with a comment and tags, says so, and shows the flag as saved from then on', async () => {
    const { card, entries, root, button, onSave, cardEl } = setup();
    card.show(entries[2]!.flag, entries[2]!.sentence);
    button('Save as note')!.click();
    // One form, two buttons: the card's own actions step aside while the form is open.
    expect(button('Save as note')).toBeUndefined();
    expect(button('Not an issue here')).toBeUndefined();
    const textarea = root().querySelector('textarea')!;
    textarea.value = 'Who are they?';
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
    const tags = root().querySelector<HTMLInputElement>('input[type="text"]')!;
    tags.value = 'Sourcing, follow up';
    tags.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(0); // Preact renders the typed text
    button('Save')!.click();
    await vi.waitFor(() => expect(root().querySelector('.status')?.textContent).toBe('Saved to your notes.'));
    expect(onSave).toHaveBeenCalledWith(entries[2]!.flag, { comment: 'Who are they?', tags: ['sourcing', 'follow up'] });
    expect(cardEl()!.querySelector('.badge')?.textContent).toContain('In your notes');
    expect(button('Open notes for this article')?.className).toBe('primary');
    card.hide();
    card.show(entries[2]!.flag, entries[2]!.sentence);
    expect(cardEl()!.querySelector('.badge')).not.toBeNull();
  });

  it('keeps what the reader types from the page’s bubbling listeners', () => {
    const { card, entries, root, button } = setup();
    const heard: string[] = [];
    document.addEventListener('keydown', (event) => heard.push(event.key));
    document.addEventListener('input', () => heard.push('input'));
    card.show(entries[0]!.flag, entries[0]!.sentence);
    button('Save as note')!.click();
    const textarea = root().querySelector('textarea')!;
    textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 's', bubbles: true, composed: true }));
    textarea.dispatchEvent(new InputEvent('input', { data: 's', bubbles: true, composed: true }));
    expect(heard).toEqual([]);
  });

  it('says so honestly when the passage was already in the notes', async () => {
    const { card, entries, root, button } = setup({ onSave: async () => ({ note: {} as never, created: false }) });
    card.show(entries[0]!.flag, entries[0]!.sentence);
    button('Save as note')!.click();
    button('Save')!.click();
    await vi.waitFor(() => expect(root().querySelector('.status')?.textContent).toBe('Already in your notes.'));
  });

  it('keeps what the reader wrote when a save fails, and says why', async () => {
    const { card, entries, root, button } = setup({
      onSave: async () => {
        throw new Error('the disk is full');
      },
    });
    card.show(entries[0]!.flag, entries[0]!.sentence);
    button('Save as note')!.click();
    const textarea = root().querySelector('textarea')!;
    textarea.value = 'Keep me';
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
    button('Save')!.click();
    await vi.waitFor(() => expect(root().querySelector('.status')?.textContent).toBe('Not saved: the disk is full'));
    expect(root().querySelector('textarea')!.value).toBe('Keep me');
  });

  it('with untrusted events, no button acts, even one reached inside the root', () => {
    const { card, entries, root, button, onSave, onDismiss, onHidePage, cardEl } = setup({}, false);
    card.show(entries[0]!.flag, entries[0]!.sentence);
    button('Not an issue here')!.click();
    button('Hide highlights on this page')!.click();
    button('Save as note')!.click();
    expect(root().querySelector('form')).toBeNull();
    card.show(entries[0]!.flag, entries[0]!.sentence, { focus: true });
    expect(onDismiss).not.toHaveBeenCalled();
    expect(onHidePage).not.toHaveBeenCalled();
    button('Close')!.click();
    expect(cardEl()).not.toBeNull();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('dismisses a flag with an Undo, and hides the page’s highlights with a Show again', async () => {
    const { card, entries, root, button, onDismiss, onHidePage, move, cardEl } = setup();
    card.show(entries[1]!.flag, entries[1]!.sentence);
    button('Not an issue here')!.click();
    await vi.waitFor(() => expect(root().querySelector('.notice')?.textContent).toContain('Flag dismissed on this article.'));
    expect(onDismiss).toHaveBeenCalledWith(entries[1]!.flag, true);
    expect(cardEl()).toBeNull();
    button('Undo')!.click();
    await vi.waitFor(() => expect(onDismiss).toHaveBeenLastCalledWith(entries[1]!.flag, false));

    card.show(entries[0]!.flag, entries[0]!.sentence);
    button('Hide highlights on this page')!.click();
    await vi.waitFor(() => expect(root().querySelector('.notice')?.textContent).toContain('Highlights hidden on this page.'));
    expect(onHidePage).toHaveBeenCalledWith(true);
    move(20, 20);
    vi.advanceTimersByTime(HOVER_INTENT_MS * 2);
    expect(cardEl()).toBeNull(); // hidden flags open no card
    button('Show again')!.click();
    await vi.waitFor(() => expect(onHidePage).toHaveBeenLastCalledWith(false));
  });

  it('opens the notes for the article', async () => {
    const { card, entries, button, onOpenNotes } = setup();
    card.show(entries[0]!.flag, entries[0]!.sentence);
    button('Open notes for this article')!.click();
    await vi.waitFor(() => expect(onOpenNotes).toHaveBeenCalledOnce());
  });

  it('a flag the reader already saved shows the sign, and offers the notes instead of a second save', () => {
    const { card, entries, cardEl, button } = setup();
    card.show({ ...entries[0]!.flag, saved: true }, entries[0]!.sentence);
    expect(cardEl()!.querySelector('.badge')?.textContent).toContain('In your notes');
    expect(button('Save as note')).toBeUndefined();
    card.markSaved('k1');
    card.show(entries[1]!.flag, entries[1]!.sentence);
    expect(cardEl()!.querySelector('.badge')).not.toBeNull();
  });

  it('takes its colours from the page where the flag is: a dark card on a dark page', () => {
    const { card, entries, root } = setup({ colourAt: () => DARK });
    card.show(entries[0]!.flag, entries[0]!.sentence);
    expect(root().querySelector('.sl-root')?.getAttribute('data-scheme')).toBe('dark');
  });

  it('shows a notice that goes away, and leaves with the extension', () => {
    const { card, root, controller, host } = setup();
    card.notice('Saved to Sourcelight.', 'success');
    expect(root().querySelector('.notice')!.textContent).toBe('Saved to Sourcelight.');
    vi.advanceTimersByTime(5000);
    expect(root().querySelector('.notice')).toBeNull();
    const element = host();
    controller.abort();
    expect(element.isConnected).toBe(false);
  });
});
