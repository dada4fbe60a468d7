/**
 * Reads an article sentence by sentence, as a reader does: a quotation opened in one sentence
 * goes on into the next until it closes or the paragraph ends, so words quoted across sentences
 * are known to be the speaker's.
 */
import { quotedAfter, type Token, tokenize } from './tokens.ts';
import type { Span } from '../types.ts';

export function* readSentences(text: string, sentences: Span[]): Generator<{ index: number; tokens: Token[] }> {
  let quoted = false;
  let previousEnd = 0;
  for (let index = 0; index < sentences.length; index++) {
    const { start, end } = sentences[index]!;
    if (text.slice(previousEnd, start).includes('\n')) quoted = false; // a new paragraph
    yield { index, tokens: tokenize(text, start, end, quoted) };
    quoted = quotedAfter(text, start, end, quoted);
    previousEnd = end;
  }
}
