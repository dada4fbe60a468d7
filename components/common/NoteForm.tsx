import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_COMMENT_CHARS, MAX_TAG_CHARS, MAX_TAGS } from '../../contract/note-model.ts';
import { formatTags, parseTags } from '../../contract/tags.ts';

export interface NoteFormValue {
  comment: string;
  tags: string[];
}

/** The store's limits: the field stops there. */
export const COMMENT_MAX_CHARS = MAX_COMMENT_CHARS;
/** The most tags of the longest kind, with their separators. */
export const TAGS_MAX_CHARS = MAX_TAGS * (MAX_TAG_CHARS + 2);

export interface NoteFormProps {
  /** Names the fields for assistive technology: "Note on: <passage>". */
  label: string;
  initial?: NoteFormValue;
  saveLabel?: string;
  busy?: boolean;
  onSave(value: NoteFormValue): void;
  onCancel(): void;
  /**
   * Which events may act. In a web page (the card) only the reader's own input may save or
   * cancel: a page script can call `form.requestSubmit()` or `button.click()`, and the submit
   * event the browser fires for requestSubmit() even counts as trusted. With `accept` given, the
   * form saves only from an accepted click on its Save button or an accepted Ctrl/Cmd+Enter or
   * Enter in the tags field, and never from a bare submit event.
   */
  accept?: (event: Event) => boolean;
}

let nextFormId = 0;

/**
 * A comment and its tags, for saving a flag or editing a note. Ctrl/Cmd+Enter saves from
 * either field and Escape cancels, so the form never needs the mouse.
 */
export function NoteForm({ label, initial, saveLabel, busy = false, onSave, onCancel, accept }: NoteFormProps) {
  const [comment, setComment] = useState(initial?.comment ?? '');
  const [tags, setTags] = useState(formatTags(initial?.tags ?? []));
  const [id] = useState(() => `note-form-${++nextFormId}`);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => commentRef.current?.focus(), []);

  const allowed = (event: Event) => !accept || accept(event);
  const save = () => {
    if (!busy) onSave({ comment: comment.trim(), tags: parseTags(tags) });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!allowed(event)) return;
    const inTags = (event.target as Element | null)?.id === `${id}-tags`;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey || (accept && inTags))) {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape') {
      // Handled here only: the note row around an edit form listens for keys too.
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  };

  return (
    <form
      class="note-form"
      aria-label={label}
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        if (!accept) save();
      }}
    >
      <label for={`${id}-comment`}>{i18n.t('common.noteForm.comment')}</label>
      <textarea
        id={`${id}-comment`}
        ref={commentRef}
        rows={3}
        maxLength={COMMENT_MAX_CHARS}
        value={comment}
        onInput={(event) => setComment((event.currentTarget as HTMLTextAreaElement).value)}
      />
      <label for={`${id}-tags`}>{i18n.t('common.noteForm.tags')}</label>
      <input
        id={`${id}-tags`}
        type="text"
        maxLength={TAGS_MAX_CHARS}
        placeholder={i18n.t('common.noteForm.tagsPlaceholder')}
        value={tags}
        onInput={(event) => setTags((event.currentTarget as HTMLInputElement).value)}
      />
      <div class="actions">
        <button
          type="submit"
          class="primary"
          disabled={busy}
          onClick={(event) => {
            if (!accept) return; // the submit event saves
            event.preventDefault();
            if (allowed(event)) save();
          }}
        >
          {saveLabel ?? i18n.t('common.noteForm.save')}
        </button>
        <button type="button" onClick={(event) => allowed(event) && onCancel()}>
          {i18n.t('common.noteForm.cancel')}
        </button>
        <span class="hint">{i18n.t('common.noteForm.hint')}</span>
      </div>
    </form>
  );
}
