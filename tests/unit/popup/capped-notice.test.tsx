// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { CappedNotice } from '../../../components/popup/this-page/CappedNotice.tsx';

afterEach(cleanup);

test('a page too long to read whole says how much was read', () => {
  render(<CappedNotice capped={{ scannedChars: 2_000_000, totalChars: 10_000_000 }} />);
  expect(screen.getByRole('note').textContent).toContain('first 2,000,000 characters (about 20%)');
});

test('a page read whole says nothing', () => {
  const { container } = render(<CappedNotice capped={undefined} />);
  expect(container.textContent).toBe('');
});
