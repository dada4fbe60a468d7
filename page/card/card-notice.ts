/**
 * The notice line's timing: it shows for a while (longer with something to undo), and never
 * vanishes while the reader's pointer or focus is on it.
 */
import type { NoticeView } from '../../components/card/CardNotice.tsx';

export const NOTICE_MS = 4000;
export const NOTICE_WITH_ACTION_MS = 8000;

export interface NoticeLine {
  readonly current: NoticeView | null;
  show(view: NoticeView): void;
  /** The pointer or focus is on the notice (true), or left it (false: the timer starts again). */
  hold(held: boolean): void;
  dispose(): void;
}

export function createNoticeLine(timers: {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** The notice changed (or went away): draw again. */
  changed(): void;
}): NoticeLine {
  let current: NoticeView | null = null;
  let held = false;
  let timer: unknown = null;
  const stop = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  };
  const start = () => {
    stop();
    timer = timers.setTimeout(
      () => {
        timer = null;
        if (held) return; // released later: the timer starts again then
        current = null;
        timers.changed();
      },
      current?.action ? NOTICE_WITH_ACTION_MS : NOTICE_MS,
    );
  };
  return {
    get current() {
      return current;
    },
    show(view) {
      current = view;
      held = false;
      timers.changed();
      start();
    },
    hold(next) {
      held = next;
      if (!held && current) start();
    },
    dispose: stop,
  };
}
