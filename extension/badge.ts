const BADGE_MAX = 999;

/** The toolbar badge for a tab's flag count: nothing at all when there are none. */
export function badgeText(count: number): string {
  if (!Number.isFinite(count) || count <= 0) return '';
  return count > BADGE_MAX ? `${BADGE_MAX}+` : String(Math.floor(count));
}
