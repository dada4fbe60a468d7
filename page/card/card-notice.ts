/**
 * The notice line's timing: it shows for a while (longer with something to undo), and goes when
 * it stops being true ("Highlights hidden" once they are back) or when its time is up. The
 * reader's pointer on it holds it; focus in it does not (a notice that never leaves sticks to
 * the page): focus arriving gives it its full time again, and when that is up, focus returns
 * to where the reader was reading.
 */
import type { NoticeView } from '../../components/card/CardNotice.tsx';

export const NOTICE_MS = 4000;
export const NOTICE_WITH_ACTION_MS = 8000;

/**
 * What a notice says holds true until the page changes, e.g. 'hidden': the highlights are
 * hidden; `dismissed:<flag key>`: that flag is dismissed.
 */
export type NoticeTopic = 'hidden' | 'shown' | `dismissed:${string}`;

export interface NoticeLine {
  readonly current: NoticeView | null;
  show(view: NoticeView, topic?: NoticeTopic): void;
  /** The notice on this topic, if one shows, is no longer true: it goes at once. */
  end(topic: NoticeTopic): void;
  /** The reader's pointer is on the notice (true: it waits), or left it (false: its time starts again). */
  pointer(inside: boolean): void;
  /** Focus came into the notice: its full time starts again, once per arrival. */
  focused(): void;
  dispose(): void;
}

export interface NoticeTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** The notice changed (or went away): draw again. */
  changed(): void;
  /** True while keyboard focus is inside the notice. */
  hasFocus(): boolean;
  /** The notice timed out with focus in it: put focus back where the reader was. */
  returnFocus(): void;
}

export function createNoticeLine(timers: NoticeTimers): NoticeLine {
  let current: NoticeView | null = null;
  let topic: NoticeTopic | undefined;
  let pointerOn = false;
  let timer: unknown = null;
  const stop = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  };
  const clear = () => {
    stop();
    const hadFocus = timers.hasFocus();
    current = null;
    topic = undefined;
    timers.changed();
    if (hadFocus) timers.returnFocus();
  };
  const start = () => {
    stop();
    timer = timers.setTimeout(
      () => {
        timer = null;
        if (!pointerOn) clear(); // else: the pointer leaving starts the time again
      },
      current?.action ? NOTICE_WITH_ACTION_MS : NOTICE_MS,
    );
  };
  return {
    get current() {
      return current;
    },
    show(view, about) {
      current = view;
      topic = about;
      pointerOn = false;
      timers.changed();
      start();
    },
    end(about) {
      if (current && topic === about) clear();
    },
    pointer(inside) {
      pointerOn = inside;
      if (!inside && current) start();
    },
    focused() {
      if (current) start();
    },
    dispose: stop,
  };
}
