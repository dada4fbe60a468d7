import type { NoticeTone } from '../../contract/messages.ts';

export interface NoticeView {
  text: string;
  tone: NoticeTone;
  /** One thing to do about it, such as "Undo". */
  action?: { label: string; run(): void };
}

export interface CardNoticeProps {
  notice: NoticeView;
  accept(event: Event): boolean;
  /** The pointer or focus is on the notice: it must not vanish under the reader. */
  onHold(held: boolean): void;
}

/** A short line where the reader is looking (after a save, a dismissal, a context-menu save). */
export function CardNotice({ notice, accept, onHold }: CardNoticeProps) {
  return (
    <div
      class={`notice ${notice.tone}`}
      role="status"
      onPointerEnter={() => onHold(true)}
      onPointerLeave={() => onHold(false)}
      onFocusIn={() => onHold(true)}
      onFocusOut={() => onHold(false)}
    >
      <span>{notice.text}</span>
      {notice.action && (
        <button type="button" onClick={(event) => accept(event) && notice.action?.run()}>
          {notice.action.label}
        </button>
      )}
    </div>
  );
}
