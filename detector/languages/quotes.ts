/**
 * Where the text quotes someone: the spans between a language's quotation marks, carried across
 * sentences (a quotation may hold several) but never past a line break, so one stray mark cannot
 * quote the rest of an article. A cue inside a quotation is the speaker's, not the article's.
 */
import type { Span } from '../types.ts';

export class Quotations {
  private readonly spans: Span[] = [];
  constructor(text: string, marks: Array<[open: string, close: string]>) {
    const closing = new Map(marks);
    let close: string | undefined;
    let start = 0;
    for (let index = 0; index < text.length; index++) {
      const char = text[index]!;
      if (close !== undefined) {
        if (char === close) {
          this.spans.push({ start, end: index + 1 });
          close = undefined;
        } else if (char === '\n') {
          this.spans.push({ start, end: index });
          close = undefined;
        }
      } else if (closing.has(char)) {
        close = closing.get(char);
        start = index;
      }
    }
    if (close !== undefined) this.spans.push({ start, end: text.length });
  }

  /** Whether `position` lies inside a quotation (a binary search: spans are in order and apart). */
  has(position: number): boolean {
    let low = 0;
    let high = this.spans.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const span = this.spans[middle]!;
      if (position < span.start) high = middle - 1;
      else if (position >= span.end) low = middle + 1;
      else return true;
    }
    return false;
  }
}
