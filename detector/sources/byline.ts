/**
 * A byline as a reader would write it: "by Lucas Nolan22 Dec 2016651" → "Lucas Nolan". Pages glue
 * the author's name to the date, the time and a comment count; the name is what comes before the
 * first of them. Pure: the page and the command-line scanner call it the same way.
 */

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const WEEKDAY = '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\\.?';
/** Words that start a stamp with no digit in it ("Updated Monday, March …", "Jane Roe, today"). */
const STAMP_WORDS = ['last updated', 'updated', 'published', 'posted', 'modified', 'today', 'yesterday', 'just now'];
/** Marks that part a name from what follows it ("Tom Reyes • 5 min read"). */
const SEPARATORS = '|•·';
/** Where the name ends: a digit, a month or weekday before a digit, a stamp word, or a separator. */
const NAME_END = new RegExp(
  [
    '\\d',
    `\\b${MONTH}\\s*\\d`,
    `\\b${WEEKDAY}\\s*,?\\s*(?:\\d|${MONTH}\\b)`,
    `\\b(?:${STAMP_WORDS.join('|')})\\b`,
    `[${SEPARATORS}]`,
  ].join('|'),
  'i',
);
const DIGIT_OR_SEPARATOR = new RegExp(`[\\d${SEPARATORS}]`);
const WEEKDAY_WORD = new RegExp(`^${WEEKDAY}$`);

/**
 * Whether NAME_END can match at all. Most bylines are a bare name, and compiling NAME_END costs
 * about half a millisecond on the page's first use: every way it matches needs a digit, a
 * separator, a stamp word or a weekday, which are cheap to look for first.
 */
function mayHaveNameEnd(text: string): boolean {
  if (DIGIT_OR_SEPARATOR.test(text)) return true;
  const lower = text.toLowerCase();
  return STAMP_WORDS.some((word) => lower.includes(word)) || lower.split(/[^a-z.]+/).some((word) => WEEKDAY_WORD.test(word));
}

export function cleanByline(raw: string): string {
  let text = raw.replace(/\s+/g, ' ').trim();
  text = text.replace(/^by\s*:?\s+/i, '');
  if (mayHaveNameEnd(text)) {
    // "Nolan22": a name glued to the date that follows it.
    text = text.replace(/(\p{L})(\d)/gu, '$1 $2');
    const end = text.search(NAME_END);
    if (end !== -1) text = text.slice(0, end);
  }
  return text.replace(/[\s,;:–—-]+$/u, '').trim();
}
