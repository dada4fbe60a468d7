import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { shownOutlet } from '../../contract/article-url.ts';
import type { NotesRepository } from '../../notes/notes-store.ts';
import { CategoryChip } from '../common/CategoryChip.tsx';
import { NoteForm, type NoteFormValue } from '../common/NoteForm.tsx';
import { errorMessage } from '../hooks/use-async.ts';
import { useLiveQuery } from '../hooks/use-live-query.ts';

export interface PanelNoteProps {
  noteId: string;
  notes: NotesRepository;
  /** The reader is done with it (Cancel, Escape, or a note that is gone). */
  onClose(): void;
}

type Outcome = { saved: true } | { saved: false; error: string };

/**
 * The note the reader is writing, beside the page: its passage, and its comment and tags saved
 * straight to the notes store. Nothing typed here reaches the page (issue #19).
 */
export function PanelNote({ noteId, notes, onClose }: PanelNoteProps) {
  // The note and the article it belongs to, read together: its outlet is shown by its own name.
  const note = useLiveQuery(async () => {
    const found = await notes.get(noteId);
    return (
      found && {
        ...found,
        outlet: shownOutlet((await notes.article(found.articleUrl)) ?? { url: found.articleUrl, site: found.site }),
      }
    );
  }, [noteId]);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();

  if (note.status === 'loading') {
    return (
      <p class="status-message" aria-busy="true">
        {i18n.t('panel.loadingNote')}
      </p>
    );
  }
  if (note.status === 'error') {
    return (
      <p class="status-message error" role="alert">
        {i18n.t('panel.noteUnreadable', { reason: note.error })}
      </p>
    );
  }
  const shown = note.value;
  if (!shown) {
    return (
      <div class="status-message">
        <p>{i18n.t('panel.noteGone')}</p>
        <button type="button" onClick={onClose}>
          {i18n.t('panel.close')}
        </button>
      </div>
    );
  }

  const save = async (value: NoteFormValue) => {
    setSaving(true);
    setOutcome(undefined);
    try {
      await notes.update(shown.id, value);
      setOutcome({ saved: true });
    } catch (error) {
      setOutcome({ saved: false, error: errorMessage(error) });
    } finally {
      setSaving(false);
    }
  };
  return (
    <div class="panel-note-body">
      <blockquote class="passage panel-passage">{shown.quote.exact}</blockquote>
      <p class="note-meta">
        {shown.category ? <CategoryChip category={shown.category} /> : <span class="chip">{i18n.t('panel.fromSelection')}</span>}{' '}
        <span>{shown.outlet}</span>
      </p>
      {/* Keyed by the note alone: a save (which changes the note) keeps what the reader typed. */}
      <NoteForm
        key={shown.id}
        label={i18n.t('panel.noteLabel', { passage: shown.quote.exact })}
        initial={{ comment: shown.comment, tags: shown.tags }}
        saveLabel={i18n.t('panel.saveNote')}
        busy={saving}
        onSave={(value) => void save(value)}
        onCancel={onClose}
      />
      <p class="status" role="status">
        {outcome?.saved ? i18n.t('panel.saved') : ''}
      </p>
      {outcome && !outcome.saved && (
        <p class="error" role="alert">
          {i18n.t('panel.notSaved', { reason: outcome.error })}
        </p>
      )}
    </div>
  );
}
