import { i18n } from '#i18n';
import { useEffect, useRef } from 'preact/hooks';

/** How long the reader has to undo a delete. */
export const UNDO_TIMEOUT_MS = 8000;

export interface UndoSnackbarProps {
  /**
   * Null hides the bar; the live region itself stays, so the next message is announced. A new
   * object restarts the time even with the same words (a second delete).
   */
  notice: { message: string } | null;
  onUndo(): void;
  onExpire(): void;
}

/**
 * "Note deleted — Undo". The time runs only while the reader is elsewhere: hovering or
 * focusing the bar holds it (a timed control must leave people time to reach it).
 */
export function UndoSnackbar({ notice, onUndo, onExpire }: UndoSnackbarProps) {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const expire = useRef(onExpire);
  expire.current = onExpire;
  const hold = () => clearTimeout(timer.current);
  const start = () => {
    hold();
    timer.current = setTimeout(() => expire.current(), UNDO_TIMEOUT_MS);
  };
  useEffect(() => {
    if (notice) start();
    return hold;
  }, [notice]);

  return (
    <div class="snackbar-region" role="status" aria-live="polite">
      {notice && (
        // biome-ignore lint/a11y/noStaticElementInteractions: hovering only pauses the timer; the Undo button is the control.
        <div class="snackbar" onMouseEnter={hold} onMouseLeave={start} onFocusIn={hold} onFocusOut={start}>
          <span>{notice.message}</span>
          <button type="button" onClick={onUndo}>
            {i18n.t('popup.notes.undo')}
          </button>
        </div>
      )}
    </div>
  );
}
