import { useRef, useState } from 'preact/hooks';
import type { PageFlag } from '../../../shared/messages.ts';
import { errorMessage } from '../../hooks/use-async.ts';
import { CategoryChip } from '../../common/CategoryChip.tsx';
import { NoteForm, type NoteFormValue } from '../../common/NoteForm.tsx';

export interface FlagItemProps {
  flag: PageFlag;
  onReveal(flag: PageFlag): Promise<void>;
  onSave(flag: PageFlag, value: NoteFormValue): Promise<void>;
}

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

/** One flagged sentence: what flagged it, and buttons to find it on the page or keep it as a note. */
export function FlagItem({ flag, onReveal, onSave }: FlagItemProps) {
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const saveButton = useRef<HTMLButtonElement>(null);
  const sentenceId = `flag-${flag.id}-sentence`;

  const closeForm = () => {
    setEditing(false);
    // Focus goes back where the reader opened the form.
    requestAnimationFrame(() => saveButton.current?.focus());
  };
  const save = async (value: NoteFormValue) => {
    setStatus({ kind: 'saving' });
    try {
      await onSave(flag, value);
      setStatus({ kind: 'saved' });
      closeForm();
    } catch (error) {
      setStatus({ kind: 'error', message: `Not saved: ${errorMessage(error)}` });
    }
  };
  const reveal = () =>
    onReveal(flag).catch((error: unknown) =>
      setStatus({ kind: 'error', message: `Could not show it on the page: ${errorMessage(error)}` }),
    );

  return (
    <li class="flag">
      <p class="flag-head">
        <CategoryChip category={flag.category} /> <strong class="cue">{flag.cue.text}</strong>
      </p>
      <p class="flag-sentence clamp" id={sentenceId} title={flag.sentence.text}>
        {flag.sentence.text}
      </p>
      <div class="actions">
        <button type="button" aria-describedby={sentenceId} onClick={reveal}>
          Show
        </button>
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
          Save
        </button>
        {/* Always in the DOM, so screen readers announce "Saved" when it appears. */}
        <span class="status" aria-live="polite">
          {status.kind === 'saved' && (
            <>
              <span aria-hidden="true">✓ </span>Saved
            </>
          )}
        </span>
      </div>
      {editing && (
        <NoteForm
          label={`Note on: ${flag.sentence.text}`}
          busy={status.kind === 'saving'}
          saveLabel="Save note"
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
