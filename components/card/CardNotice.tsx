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
  /** The pointer is on the notice (true) or left it (false): it must not vanish under the pointer. */
  onPointer(inside: boolean): void;
  /** Focus arrived in the notice (from outside it): it gets its full time again. */
  onFocus(): void;
}

/** A short line where the reader is looking (after a save, a dismissal, a context-menu save). */
export function CardNotice({ notice, accept, onPointer, onFocus }: CardNoticeProps) {
  return (
    <div
      class={`notice ${notice.tone}`}
      role="status"
      onPointerEnter={() => onPointer(true)}
      onPointerLeave={() => onPointer(false)}
      onFocusIn={(event) => {
        const from = event.relatedTarget as Node | null;
        if (!from || !event.currentTarget.contains(from)) onFocus();
      }}
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
