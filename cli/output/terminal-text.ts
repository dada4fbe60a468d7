/**
 * Text from an input, made safe to print on a terminal: a page can carry ESC, BEL and friends
 * (raw or as `&#x1b;` in its title) that would otherwise clear the screen, retitle the window or
 * write the clipboard (OSC 52). Such characters are shown as escapes (`\x1b`), never sent raw.
 */

// C0 controls, DEL and C1 controls (a terminal acts on them), and the bidirectional embeddings,
// overrides and isolates, which reorder what is shown so it no longer reads as what the text says
// (the plain direction marks that right-to-left text needs are left alone).
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function escaped(char: string): string {
  const code = char.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` with every character a terminal would act on shown as an escape instead. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, escaped);
}

/** One line of `text` for a terminal: white space (newlines too) folded to single spaces, then made printable. */
export function printableLine(text: string): string {
  return printable(text.replace(/\s+/g, ' '));
}

/** JSON as JSON.stringify writes it (which escapes C0 controls), with the rest of those characters escaped too: same value, safe bytes. */
export function terminalSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(UNPRINTABLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
