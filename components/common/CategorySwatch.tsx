import type { Category } from '../../detector/types.ts';
import { CATEGORY_PALETTE, type LineStyle } from '../../contract/category-palette.ts';

/** The sample line for each style, in a 24 × 12 box: the same styles the page's underlines use. */
const LINES: Record<LineStyle, { d: string; dash?: string }> = {
  solid: { d: 'M1 9.5 H23' },
  dotted: { d: 'M2 9.5 H23', dash: '0.01 4' },
  dashed: { d: 'M1 9.5 H23', dash: '5 3' },
  wavy: { d: 'M1 9.5 q2.75 -3.5 5.5 0 t5.5 0 t5.5 0 t5.5 0' },
};

export interface CategorySwatchProps {
  category: Category;
  /**
   * The page's scheme where the swatch sits (the card passes the page's). Left out, the swatch
   * follows the surrounding `color-scheme` where the browser has light-dark().
   */
  scheme?: 'light' | 'dark';
}

/** A light tint with one line in the category's colour and line style, as flags are painted. */
export function CategorySwatch({ category, scheme }: CategorySwatchProps) {
  const { light, dark, line } = CATEGORY_PALETTE[category];
  const { d, dash } = LINES[line];
  // The presentation attribute is the fallback; where light-dark() is known, the style wins.
  return (
    <svg
      class={`swatch swatch-line-${line}`}
      viewBox="0 0 24 12"
      aria-hidden="true"
      focusable="false"
      {...({ color: `rgb(${scheme === 'dark' ? dark : light})` } as Record<string, string>)}
      style={scheme ? undefined : `color: light-dark(rgb(${light}), rgb(${dark}))`}
    >
      <rect width="24" height="12" rx="2" fill="currentColor" fill-opacity="0.16" />
      <path d={d} fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-dasharray={dash} />
    </svg>
  );
}
