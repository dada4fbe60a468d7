/** A share as a whole percentage in the reader's locale: 0.3125 → "31%". */
export function formatShare(share: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(Number.isFinite(share) ? share : 0);
}
