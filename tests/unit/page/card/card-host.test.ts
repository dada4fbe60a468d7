// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { HIDE_DELAY_MS } from '../../../../page/card/card-host.ts';
import { HOVER_INTENT_MS } from '../../../../page/card/card-triggers.ts';
import { isSourcelightUiHost, UI_HOST_TAG } from '../../../../page/card/ui-host.ts';
import { DARK, setup, useCardHarness } from './card-harness.ts';

useCardHarness();

describe('the card host', () => {
  it('lives in a closed root on a built-in element no page can upgrade, styled to stay visible', () => {
    const { card, entries, host } = setup();
    card.show(entries[0]!.flag, entries[0]!.sentence);
    expect(host().tagName.toLowerCase()).toBe(UI_HOST_TAG);
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
    // Why this sentence: the source phrase quoted as text, never markup.
    expect(cardEl()!.querySelector('.why')!.textContent).toBe(
      'Who are “<img src=x onerror="window.pwned=1">”? The article does not say.',
    );
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

  it('a click pins it: it stays when the pointer leaves, until closed', () => {
    const { move, clickAt, cardEl, button, card } = setup();
    clickAt(20, 20);
    expect(card.openFlagId).toBe(0);
    expect(cardEl()!.hasAttribute('data-pinned')).toBe(true);
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

  it('saves the passage at once, says so, opens the side panel on the note, and shows the flag as saved', async () => {
    const { card, entries, root, button, onSave, onOpenNote, cardEl } = setup();
    card.show(entries[2]!.flag, entries[2]!.sentence);
    button('Save as note')!.click();
    await vi.waitFor(() =>
      expect(root().querySelector('.status')?.textContent).toBe('Saved. Add a comment and tags in the side panel.'),
    );
    expect(onSave).toHaveBeenCalledWith(entries[2]!.flag);
    expect(onOpenNote).toHaveBeenCalledWith('n2');
    // Nothing in the page to type into: the reader writes beside the page.
    expect(root().querySelector('textarea, input, [contenteditable], form')).toBeNull();
    expect(cardEl()!.querySelector('.badge')?.textContent).toContain('In your notes');
    expect(button('Open notes for this article')?.className).toBe('primary');
    card.hide();
    card.show(entries[2]!.flag, entries[2]!.sentence);
    expect(cardEl()!.querySelector('.badge')).not.toBeNull();
  });

  it('where the browser will not open the side panel from the page, says how to open it', async () => {
    const { card, entries, root, button } = setup({ onOpenNote: async () => ({ opened: false }) });
    card.show(entries[0]!.flag, entries[0]!.sentence);
    button('Save as note')!.click();
    await vi.waitFor(() => expect(root().querySelector('.status')?.textContent).toMatch(/^Saved\. To add a comment.*side panel/));
  });

  it('the side panel failing to answer is no failed save', async () => {
    const { card, entries, root, button } = setup({ onOpenNote: () => Promise.reject(new Error('no panel')) });
    card.show(entries[0]!.flag, entries[0]!.sentence);
    button('Save as note')!.click();
    await vi.waitFor(() => expect(root().querySelector('.status')?.textContent).toMatch(/^Saved\. To add a comment/));
  });

  it('says so honestly when the passage was already in the notes', async () => {
    const { card, entries, root, button, onOpenNote } = setup({
      onSave: async () => ({ note: { id: 'old' } as never, created: false }),
    });
    card.show(entries[0]!.flag, entries[0]!.sentence);
    button('Save as note')!.click();
    await vi.waitFor(() =>
      expect(root().querySelector('.status')?.textContent).toBe(
        'Already in your notes. Add a comment and tags in the side panel.',
      ),
    );
    expect(onOpenNote).toHaveBeenCalledWith('old');
  });

  it('says why when a save fails, and opens no panel', async () => {
    const { card, entries, root, button, onOpenNote } = setup({
      onSave: async () => {
        throw new Error('the disk is full');
      },
    });
    card.show(entries[0]!.flag, entries[0]!.sentence);
    button('Save as note')!.click();
    await vi.waitFor(() => expect(root().querySelector('.status')?.textContent).toBe('Not saved: the disk is full'));
    expect(onOpenNote).not.toHaveBeenCalled();
  });

  it('with untrusted events, no button acts, even one reached inside the root', () => {
    const { card, entries, button, onSave, onDismiss, onHidePage, cardEl } = setup({}, false);
    card.show(entries[0]!.flag, entries[0]!.sentence);
    button('Not an issue here')!.click();
    button('Hide highlights on this page')!.click();
    button('Save as note')!.click();
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
