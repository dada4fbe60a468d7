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
  // \s takes in a byte-order mark (U+FEFF) too.
  return /^\s*(<!doctype html|<html[\s>])/i.test(text.slice(0, 1024));
}
