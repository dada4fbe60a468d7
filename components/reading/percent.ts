/** One formatter per locale: building an Intl formatter costs far more than using one, and a view formats hundreds. */
const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(locale: string | undefined, options: Intl.NumberFormatOptions, kind: string): Intl.NumberFormat {
  const key = `${kind} ${locale ?? ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A share as a whole percentage in the reader's locale: 0.3125 → "31%". */
export function formatShare(share: number, locale?: string): string {
  const formatter = formatterFor(locale, { style: 'percent', maximumFractionDigits: 0 }, 'percent');
  return formatter.format(Number.isFinite(share) ? share : 0);
}

/** A count in the reader's locale: 12345 → "12,345". */
export function formatCount(count: number, locale?: string): string {
  return formatterFor(locale, {}, 'count').format(count);
}
