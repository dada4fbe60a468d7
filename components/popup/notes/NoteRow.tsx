import { i18n } from '#i18n';
import { useRef, useState } from 'preact/hooks';
import type { Note } from '../../../contract/note-model.ts';
import { errorMessage } from '../../hooks/use-async.ts';
import { formatDate, parseDate } from '../age.ts';
import { CategoryChip } from '../../common/CategoryChip.tsx';
import { NoteForm, type NoteFormValue } from '../../common/NoteForm.tsx';
import { NoteTags } from './NoteTags.tsx';

export interface NoteRowProps {
  note: Note;
  /** The article's title, once known ('' when the page gave none). */
  title?: string | undefined;
  /** The outlet's name, as the popup and exports say it (see outletName); the note's site key otherwise. */
  outlet?: string | undefined;
  /** Leave out the article line (rows grouped under their article already say it). */
  hideArticle?: boolean;
  /** Set on the Notes page: the row is the selected one, shown in the detail beside the list. */
  selected?: boolean;
  onSelect?: ((note: Note) => void) | undefined;
  onUpdate(note: Note, value: NoteFormValue): Promise<void>;
  onDelete(note: Note): void;
  onOpen(note: Note): Promise<void>;
}

/**
 * One saved note. The row itself takes focus, and Enter on it starts editing; the passage,
 * comment and tags are always rendered as text, whatever an imported file put in them.
 */
export function NoteRow({ note, title, outlet, hideArticle, selected, onSelect, onUpdate, onDelete, onOpen }: NoteRowProps) {
  const site = outlet || note.site;
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
      setError(i18n.t('popup.notes.notSaved', { reason: errorMessage(failure) }));
    } finally {
      setSaving(false);
    }
  };
  const open = () =>
    onOpen(note).catch((failure: unknown) => setError(i18n.t('popup.notes.notOpened', { reason: errorMessage(failure) })));

  return (
    <li
      class={`note${selected ? ' selected' : ''}`}
      ref={row}
      tabIndex={0}
      data-note-row=""
      aria-labelledby={passageId}
      aria-current={selected || undefined}
      onClick={onSelect && ((event) => !(event.target as Element).closest('button, form') && onSelect(note))}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && event.target === event.currentTarget && !editing) {
          event.preventDefault();
          if (onSelect) onSelect(note);
          else setEditing(true);
        }
      }}
    >
      <p class="passage clamp" id={passageId} title={note.quote.exact}>
        {note.quote.exact}
      </p>
      {/* Beside the passage on the Notes page, under it in the popup: where it is from, and what the reader made of it. */}
      <div class="note-about">
        {!hideArticle && <p class="note-article clamp-1">{title || site}</p>}
        <p class="note-meta">
          {note.category ? (
            <CategoryChip category={note.category} />
          ) : (
            <span class="chip">{i18n.t('popup.notes.fromSelection')}</span>
          )}{' '}
          {!hideArticle && title && <span class="note-outlet">{site}</span>}
          {created && (
            <>
              {!hideArticle && title && ' · '}
              <time dateTime={created.toISOString()}>{formatDate(created)}</time>
            </>
          )}
        </p>
        {editing ? (
          <NoteForm
            label={i18n.t('popup.notes.editLabel', { passage: note.quote.exact })}
            initial={{ comment: note.comment, tags: note.tags }}
            busy={saving}
            saveLabel={i18n.t('popup.notes.saveEdit')}
            onSave={save}
            onCancel={stopEditing}
          />
        ) : (
          <>
            {note.comment && <p class="comment">{note.comment}</p>}
            <NoteTags tags={note.tags} />
            <div class="actions">
              <button type="button" aria-describedby={passageId} onClick={() => setEditing(true)}>
                {i18n.t('popup.notes.edit')}
              </button>
              <button type="button" aria-describedby={passageId} onClick={open}>
                {i18n.t('popup.notes.openArticle')}
              </button>
              <button type="button" class="danger" aria-describedby={passageId} onClick={() => onDelete(note)}>
                {i18n.t('popup.notes.delete')}
              </button>
            </div>
          </>
        )}
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
