// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Card, type CardActions, type CardView } from '../../../../components/card/Card.tsx';
import { CATEGORIES } from '../../../../detector/types.ts';
import { CATEGORY_PALETTE } from '../../../../contract/category-palette.ts';
import type { PageFlag } from '../../../../contract/messages.ts';

afterEach(cleanup);

const flag = (category: PageFlag['category'] = 'hedged'): PageFlag => ({
  id: 3,
  category,
  cue: { start: 4, end: 14, text: 'reportedly' },
  sentence: { start: 0, end: 40, text: 'She reportedly spoke with the governor.' },
  key: 'k',
});

function setup(view: Partial<CardView> = {}, accept: (event: Event) => boolean = () => true) {
  const actions: CardActions = {
    accept,
    onClose: vi.fn(),
    onSave: vi.fn(),
    onDismiss: vi.fn(),
    onHidePage: vi.fn(),
    onOpenNotes: vi.fn(),
  };
  const full: CardView = { flag: flag(), saved: false, pinned: false, status: { kind: 'idle' }, ...view };
  const result = render(<Card view={full} scheme="light" {...actions} />);
  return { ...actions, ...result };
}

describe('Card', () => {
  it('names the category, quotes the cue, says why this sentence is flagged, and keeps the meaning a click away', () => {
    const { container } = setup();
    expect(screen.getByRole('dialog', { name: 'Why Sourcelight flagged this sentence: Hedged' })).toBeTruthy();
    expect(screen.getByText('Cue: “reportedly”')).toBeTruthy();
    expect(container.querySelector('.why')!.textContent).toBe(
      '“reportedly”: according to whom? The article names no source for this claim.',
    );
    const details = container.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent).toBe('What “Hedged” means');
    expect(details.textContent!.split('Passed on with a hedge').length - 1).toBe(1);
  });

  it('asks about the people this sentence rests on, never echoing its cue as a sentence', () => {
    const { container } = setup({
      flag: {
        ...flag('vague'),
        cue: { start: 0, end: 12, text: 'Others think' },
        sentence: { start: 0, end: 60, text: 'Others think she still has her eye on another run.' },
      },
    });
    const why = container.querySelector('.why')!.textContent!;
    expect(why).toBe('Who exactly are “others”? The article names nobody in particular.');
    expect(why).not.toMatch(/others think/i);
  });

  it('offers save, dismiss, hide and the notes, each through its callback, and no field to type in', () => {
    const actions = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Save as note' }));
    fireEvent.click(screen.getByRole('button', { name: 'Not an issue here' }));
    fireEvent.click(screen.getByRole('button', { name: 'Hide highlights on this page' }));
    fireEvent.click(screen.getByRole('button', { name: 'Open notes for this article' }));
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    for (const name of ['onSave', 'onDismiss', 'onHidePage', 'onOpenNotes', 'onClose'] as const)
      expect(actions[name]).toHaveBeenCalledOnce();
    expect(actions.container.querySelector('textarea, input, [contenteditable]')).toBeNull();
  });

  it('a saved flag says so and offers its notes instead of a second save', () => {
    setup({ saved: true });
    expect(screen.getByText(/In your notes/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save as note' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Open notes for this article' }).className).toBe('primary');
  });

  it('does nothing for events it does not accept', () => {
    const actions = setup({}, () => false);
    for (const button of screen.getAllByRole('button')) fireEvent.click(button);
    for (const name of ['onSave', 'onDismiss', 'onHidePage', 'onOpenNotes', 'onClose'] as const)
      expect(actions[name]).not.toHaveBeenCalled();
  });

  it('announces the save status in a live region', () => {
    setup({ status: { kind: 'done', tone: 'error', text: 'Not saved: offline' } });
    expect(screen.getByRole('status').textContent).toBe('Not saved: offline');
    expect(screen.getByRole('status').className).toContain('error');
  });

  it.each(CATEGORIES)('draws %s in its palette colour and line style', (category) => {
    const { container } = setup({ flag: flag(category) });
    const card = container.querySelector<HTMLElement>('.card')!;
    expect(card.getAttribute('style')).toContain(`rgb(${CATEGORY_PALETTE[category].light})`);
    expect(container.querySelector(`.swatch-line-${CATEGORY_PALETTE[category].line}`)).not.toBeNull();
  });
});
