/**
 * What the scanner will take from one input. Past these a hostile or broken input would hold a
 * worker for minutes or take gigabytes (see cli/README.md for the measurements); it is refused
 * with a message instead, and the other inputs are scanned.
 */

/** Bytes read from one file, URL or standard input: a news page is well under 1 MB. */
export const MAX_INPUT_MEGABYTES = 50;
export const MAX_INPUT_BYTES = MAX_INPUT_MEGABYTES * 1024 * 1024;

/**
 * Element nesting in an HTML page. Real pages nest a few dozen deep; Readability's time grows
 * with depth times size (1,000 levels took 17 s) and its recursion overflows the stack near 10,000.
 */
export const MAX_HTML_DEPTH = 256;

/** Elements in an HTML page: Readability takes 2–7 s at this many, whatever their shape. */
export const MAX_HTML_ELEMENTS = 100_000;

/** A URL must answer, body and all, within this time. */
export const FETCH_TIMEOUT_SECONDS = 20;
