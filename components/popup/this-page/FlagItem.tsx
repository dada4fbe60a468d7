import { i18n } from '#i18n';
import { useRef, useState } from 'preact/hooks';
import type { PageFlag } from '../../../contract/messages.ts';
import { errorMessage } from '../../hooks/use-async.ts';
import { CategoryChip } from '../../common/CategoryChip.tsx';
import { NoteForm, type NoteFormValue } from '../../common/NoteForm.tsx';

export interface FlagItemProps {
  flag: PageFlag;
  onReveal(flag: PageFlag): Promise<void>;
  /** Resolves true when a new note was made, false when the passage was already a note. */
  onSave(flag: PageFlag, value: NoteFormValue): Promise<boolean>;
  onDismiss(flag: PageFlag): Promise<void>;
}

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; created: boolean } | { kind: 'error'; message: string };

/** One flagged sentence: what flagged it, and buttons to find it, keep it as a note, or dismiss it. */
export function FlagItem({ flag, onReveal, onSave, onDismiss }: FlagItemProps) {
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<Status>(flag.saved ? { kind: 'saved', created: false } : { kind: 'idle' });
  const saveButton = useRef<HTMLButtonElement>(null);
  const showButton = useRef<HTMLButtonElement>(null);
  const sentenceId = `flag-${flag.id}-sentence`;
  // A flag already in the notes is not offered for saving again; the page's report says so on
  // each visit, and a save made here says so at once.
  const saved = flag.saved || status.kind === 'saved';

  const closeForm = () => {
    setEditing(false);
    // Focus goes back where the reader opened the form (or to its row's first button once saved).
    requestAnimationFrame(() => (saveButton.current ?? showButton.current)?.focus());
  };
  const save = async (value: NoteFormValue) => {
    setStatus({ kind: 'saving' });
    try {
      setStatus({ kind: 'saved', created: await onSave(flag, value) });
      closeForm();
    } catch (error) {
      setStatus({ kind: 'error', message: i18n.t('popup.flags.notSaved', { reason: errorMessage(error) }) });
    }
  };
  const failed = (key: 'popup.flags.notShown' | 'popup.flags.notDismissed') => (error: unknown) =>
    setStatus({ kind: 'error', message: i18n.t(key, { reason: errorMessage(error) }) });

  return (
    <li class="flag">
      <p class="flag-head">
        <CategoryChip category={flag.category} /> <strong class="cue">{flag.cue.text}</strong>
      </p>
      <p class="flag-sentence clamp" id={sentenceId} title={flag.sentence.text}>
        {flag.sentence.text}
      </p>
      <div class="actions">
        <button
          type="button"
          ref={showButton}
          aria-describedby={sentenceId}
          onClick={() => onReveal(flag).catch(failed('popup.flags.notShown'))}
        >
          {i18n.t('popup.flags.show')}
        </button>
        {!saved && (
          <button
            type="button"
            ref={saveButton}
            aria-describedby={sentenceId}
            aria-expanded={editing}
            onClick={() => {
              setStatus({ kind: 'idle' });
              setEditing(!editing);
            }}
          >
            {i18n.t('popup.flags.save')}
          </button>
        )}
        <button
          type="button"
          class="quiet"
          aria-describedby={sentenceId}
          title={i18n.t('popup.flags.dismissHint')}
          onClick={() => onDismiss(flag).catch(failed('popup.flags.notDismissed'))}
        >
          {i18n.t('popup.flags.dismiss')}
        </button>
        {/* Always in the DOM, so screen readers announce "Saved" when it appears. */}
        <span class="status" aria-live="polite">
          {saved && (
            <>
              <span aria-hidden="true">✓ </span>
              {status.kind === 'saved' && status.created ? i18n.t('popup.flags.saved') : i18n.t('popup.flags.alreadySaved')}
            </>
          )}
        </span>
      </div>
      {editing && (
        <NoteForm
          label={i18n.t('popup.flags.formLabel', { sentence: flag.sentence.text })}
          busy={status.kind === 'saving'}
          saveLabel={i18n.t('popup.flags.saveNote')}
          onSave={save}
          onCancel={closeForm}
        />
      )}
      {status.kind === 'error' && (
        <p class="error" role="alert">
          {status.message}
        </p>
      )}
    </li>
  );
}
