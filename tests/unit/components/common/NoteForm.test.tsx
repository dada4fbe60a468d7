// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COMMENT_MAX_CHARS, NoteForm, TAGS_MAX_CHARS } from '../../../../components/common/NoteForm.tsx';
import { MAX_COMMENT_CHARS, MAX_TAG_CHARS, MAX_TAGS } from '../../../../notes/note-rules.ts';

afterEach(cleanup);

const setup = (accept?: (event: Event) => boolean) => {
  const onSave = vi.fn();
  const onCancel = vi.fn();
  render(<NoteForm label="Note on: a passage" onSave={onSave} onCancel={onCancel} {...(accept ? { accept } : {})} />);
  const comment = screen.getByLabelText('Comment') as HTMLTextAreaElement;
  const tags = screen.getByLabelText('Tags') as HTMLInputElement;
  fireEvent.input(comment, { target: { value: '  Who says so?  ' } });
  fireEvent.input(tags, { target: { value: 'Sourcing, sourcing, Follow up' } });
  return { onSave, onCancel, comment, tags };
};

describe('NoteForm', () => {
  it('stops at the store’s own limits', () => {
    const { comment, tags } = setup();
    expect(COMMENT_MAX_CHARS).toBe(MAX_COMMENT_CHARS);
    expect(comment.maxLength).toBe(MAX_COMMENT_CHARS);
    // Room for every tag the store keeps, at full length, with ", " between them.
    expect(tags.maxLength).toBe(TAGS_MAX_CHARS);
    expect(TAGS_MAX_CHARS).toBeGreaterThanOrEqual(MAX_TAGS * (MAX_TAG_CHARS + 2));
  });

  it('saves with Ctrl+Enter (or Cmd+Enter) from either field, trimmed and with tags parsed', () => {
    const { onSave, comment, tags } = setup();
    fireEvent.keyDown(comment, { key: 'Enter', ctrlKey: true });
    fireEvent.keyDown(tags, { key: 'Enter', metaKey: true });
    expect(onSave).toHaveBeenCalledTimes(2);
    expect(onSave).toHaveBeenCalledWith({ comment: 'Who says so?', tags: ['sourcing', 'follow up'] });
  });

  it('cancels with Escape and its button', () => {
    const { onCancel, comment } = setup();
    fireEvent.keyDown(comment, { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(2);
  });

  it('in the popup (no accept), the submit button submits the form', () => {
    const { onSave } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledOnce();
  });

  describe('in a web page (accept given)', () => {
    it('ignores requestSubmit(), forged clicks and forged keys', () => {
      const { onSave, onCancel, comment } = setup((event) => event.isTrusted === true);
      (comment.form as HTMLFormElement).requestSubmit();
      fireEvent.submit(comment.form as HTMLFormElement);
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));
      fireEvent.keyDown(comment, { key: 'Enter', ctrlKey: true });
      fireEvent.keyDown(comment, { key: 'Escape' });
      fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
      expect(onSave).not.toHaveBeenCalled();
      expect(onCancel).not.toHaveBeenCalled();
    });

    it('saves from an accepted click on Save, Ctrl+Enter, or Enter in the tags field', () => {
      const { onSave, comment, tags } = setup(() => true);
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));
      fireEvent.keyDown(comment, { key: 'Enter', ctrlKey: true });
      fireEvent.keyDown(tags, { key: 'Enter' });
      fireEvent.keyDown(comment, { key: 'Enter' }); // a new line in the comment, not a save
      expect(onSave).toHaveBeenCalledTimes(3);
    });
  });
});
