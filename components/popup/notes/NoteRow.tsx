import { useRef, useState } from 'preact/hooks';
import type { Note } from '../../../shared/note-model.ts';
import { errorMessage } from '../../hooks/use-async.ts';
import { formatDate, parseDate } from '../age.ts';
import { CategoryChip } from '../../common/CategoryChip.tsx';
import { NoteForm, type NoteFormValue } from '../../common/NoteForm.tsx';

export interface NoteRowProps {
  note: Note;
  onUpdate(note: Note, value: NoteFormValue): Promise<void>;
  onDelete(note: Note): void;
  onOpen(note: Note): Promise<void>;
}

/**
 * One saved note. The row itself takes focus, and Enter on it starts editing; the passage,
 * comment and tags are always rendered as text, whatever an imported file put in them.
 */
export function NoteRow({ note, onUpdate, onDelete, onOpen }: NoteRowProps) {
  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const row = useRef<HTMLLIElement>(null);
  const passageId = `note-${note.id}-passage`;
  const created = parseDate(note.createdAt);

  const stopEditing = () => {
    setEditing(false);
    requestAnimationFrame(() => row.current?.focus());
  };
  const save = async (value: NoteFormValue) => {
    setSaving(true);
    setError(undefined);
    try {
      await onUpdate(note, value);
      stopEditing();
    } catch (failure) {
      setError(`Not saved: ${errorMessage(failure)}`);
    } finally {
      setSaving(false);
    }
  };
  const open = () => onOpen(note).catch((failure: unknown) => setError(`Could not open the article: ${errorMessage(failure)}`));

  return (
    <li
      class="note"
      ref={row}
      tabIndex={0}
      data-note-row=""
      aria-labelledby={passageId}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && event.target === event.currentTarget && !editing) {
          event.preventDefault();
          setEditing(true);
        }
      }}
    >
      <p class="passage clamp" id={passageId} title={note.quote.exact}>
        {note.quote.exact}
      </p>
      <p class="note-meta">
        {note.category ? <CategoryChip category={note.category} /> : <span class="chip">From a selection</span>}{' '}
        <span>{note.site}</span>
        {created && (
          <>
            {' · '}
            <time dateTime={created.toISOString()}>{formatDate(created)}</time>
          </>
        )}
      </p>
      {editing ? (
        <NoteForm
          label={`Edit note on: ${note.quote.exact}`}
          initial={{ comment: note.comment, tags: note.tags }}
          busy={saving}
          onSave={save}
          onCancel={stopEditing}
        />
      ) : (
        <>
          {note.comment && <p class="comment">{note.comment}</p>}
          {note.tags.length > 0 && (
            <ul class="tags" aria-label="Tags">
              {note.tags.map((tag) => (
                <li key={tag} class="tag">
                  {tag}
                </li>
              ))}
            </ul>
          )}
          <div class="actions">
            <button type="button" aria-describedby={passageId} onClick={() => setEditing(true)}>
              Edit
            </button>
            <button type="button" aria-describedby={passageId} onClick={open}>
              Open article
            </button>
            <button type="button" class="danger" aria-describedby={passageId} onClick={() => onDelete(note)}>
              Delete
            </button>
          </div>
        </>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
