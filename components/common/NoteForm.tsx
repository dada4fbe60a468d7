import { useEffect, useRef, useState } from 'preact/hooks';
import { formatTags, parseTags } from '../../shared/tags.ts';

export interface NoteFormValue {
  comment: string;
  tags: string[];
}

export interface NoteFormProps {
  /** Names the fields for assistive technology: "Note on: <passage>". */
  label: string;
  initial?: NoteFormValue;
  saveLabel?: string;
  busy?: boolean;
  onSave(value: NoteFormValue): void;
  onCancel(): void;
}

let nextFormId = 0;

/**
 * A comment and its tags, for saving a flag or editing a note. Ctrl/Cmd+Enter saves from
 * either field and Escape cancels, so the form never needs the mouse.
 */
export function NoteForm({ label, initial, saveLabel = 'Save', busy = false, onSave, onCancel }: NoteFormProps) {
  const [comment, setComment] = useState(initial?.comment ?? '');
  const [tags, setTags] = useState(formatTags(initial?.tags ?? []));
  const [id] = useState(() => `note-form-${++nextFormId}`);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => commentRef.current?.focus(), []);

  const save = () => {
    if (!busy) onSave({ comment: comment.trim(), tags: parseTags(tags) });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
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
        save();
      }}
    >
      <label for={`${id}-comment`}>Comment</label>
      <textarea
        id={`${id}-comment`}
        ref={commentRef}
        rows={3}
        value={comment}
        onInput={(event) => setComment((event.currentTarget as HTMLTextAreaElement).value)}
      />
      <label for={`${id}-tags`}>Tags</label>
      <input
        id={`${id}-tags`}
        type="text"
        placeholder="comma, separated"
        value={tags}
        onInput={(event) => setTags((event.currentTarget as HTMLInputElement).value)}
      />
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {saveLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <span class="hint">Ctrl/⌘+Enter saves · Esc cancels</span>
      </div>
    </form>
  );
}
