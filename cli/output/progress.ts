/**
 * The progress line of a batch on a terminal's stderr: "Scanning: 120 of 1000 inputs done",
 * rewritten in place as inputs finish (at most ten times a second) and as reports are printed:
 * it is cleared for each report or message and drawn again below it.
 */
import { t } from './i18n.ts';

const REDRAW_EVERY_MS = 100;
const CLEAR_LINE = '\r\x1b[K';

export class ProgressLine {
  #done = 0;
  #failed = 0;
  #shown = false;
  #drawnAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly write: (raw: string) => void,
    private readonly total: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** One more input is done. */
  settled(ok: boolean): void {
    this.#done++;
    if (!ok) this.#failed++;
    if (this.now() - this.#drawnAt >= REDRAW_EVERY_MS) this.draw();
  }

  draw(): void {
    const counts = { done: this.#done, total: this.total, failed: this.#failed };
    const text = this.#failed > 0 ? t('cli.progressWithFailures', counts) : t('cli.progress', counts);
    this.write(`${CLEAR_LINE}${text}`);
    this.#shown = true;
    this.#drawnAt = this.now();
  }

  /** Takes the line away, so a report or a message can be printed where it stood. */
  clear(): void {
    if (this.#shown) this.write(CLEAR_LINE);
    this.#shown = false;
  }
}
