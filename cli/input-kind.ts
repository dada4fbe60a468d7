/** How an input argument is read: a URL, standard input, or a file whose name says what it holds. */
export type InputSource = { kind: 'url'; url: URL } | { kind: 'stdin' } | { kind: 'file'; path: string };

export function inputSourceOf(argument: string): InputSource {
  if (argument === '-') return { kind: 'stdin' };
  if (/^https?:\/\//i.test(argument)) return { kind: 'url', url: new URL(argument) };
  return { kind: 'file', path: argument };
}

/** The input's text is HTML when its name or media type says so, or, unnamed, when it starts like a page. */
export function looksLikeHtml(name: string, text: string, mediaType?: string): boolean {
  if (mediaType) return /html/i.test(mediaType);
  if (/\.x?html?$/i.test(name)) return true;
  if (/\.(txt|text|md)$/i.test(name)) return false;
  return /^\s*(<!doctype html|<html[\s>])/i.test(text.slice(0, 1024));
}

export class InputError extends Error {}

const BINARY_SAMPLE_BYTES = 8192;

/**
 * Decodes bytes as UTF-8 text, refusing what is not text: a NUL byte in the first few
 * kilobytes, or bytes that are not valid UTF-8.
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.subarray(0, BINARY_SAMPLE_BYTES).includes(0)) throw new InputError(`${name}: binary data, not text`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(`${name}: not valid UTF-8 text`);
  }
}
