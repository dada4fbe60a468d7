// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { CategoryChip } from '../../../../components/common/CategoryChip.tsx';
import { CATEGORIES } from '../../../../detector/types.ts';
import { CATEGORY_PALETTE } from '../../../../contract/category-palette.ts';

afterEach(cleanup);

it.each(CATEGORIES)('%s: its name beside a swatch in the palette’s colour and line style', (category) => {
  const { container } = render(<CategoryChip category={category} />);
  const swatch = container.querySelector('svg.swatch')!;
  expect(swatch.classList.contains(`swatch-line-${CATEGORY_PALETTE[category].line}`)).toBe(true);
  // Light unless told otherwise (the popup's dark scheme switches it through light-dark(), which happy-dom drops).
  expect(swatch.getAttribute('color')).toBe(`rgb(${CATEGORY_PALETTE[category].light})`);
  expect(swatch.getAttribute('aria-hidden')).toBe('true');
});

it('takes the scheme it is told (the card passes the page’s)', () => {
  const { container } = render(<CategoryChip category="vague" scheme="dark" />);
  expect(container.querySelector('svg.swatch')!.getAttribute('color')).toBe(`rgb(${CATEGORY_PALETTE.vague.dark})`);
});
