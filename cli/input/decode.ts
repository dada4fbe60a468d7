/**
 * Bytes to text, the way the scanner reads every input. A byte-order mark says the encoding
 * (UTF-8, UTF-16LE, UTF-16BE) and stays in the text as U+FEFF, so offsets count it just as
 * `readFileSync(path, 'utf8')` or `new TextDecoder(encoding, { ignoreBOM: true })` do. Without a
 * mark the bytes must be UTF-8; a NUL byte near the start means binary data.
 */
import { InputError } from './input-error.ts';
import { t } from '../output/i18n.ts';

const BINARY_SAMPLE_BYTES = 8192;

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

function byteOrderMark(bytes: Uint8Array): Encoding | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** The bytes as text, or an InputError that says what is wrong with them. */
export function decodeText(bytes: Uint8Array): string {
  const marked = byteOrderMark(bytes);
  if (!marked && bytes.subarray(0, BINARY_SAMPLE_BYTES).includes(0)) throw new InputError(t('cli.reason.binary'));
  const encoding = marked ?? 'utf-8';
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (error) {
    // The decoder's other failure, a text too long for one string (~512 MB), is beyond the input cap.
    if ((error as NodeJS.ErrnoException).code !== 'ERR_ENCODING_INVALID_ENCODED_DATA') throw error;
    throw new InputError(t(encoding === 'utf-8' ? 'cli.reason.notUtf8' : 'cli.reason.notUtf16'));
  }
}
