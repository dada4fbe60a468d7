// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { LanguageNotice } from '../../../components/popup/this-page/LanguageNotice.tsx';

afterEach(cleanup);

test('an article in a language Sourcelight does not read says why it has no flags', () => {
  render(<LanguageNotice language="other" />);
  expect(screen.getByRole('note').textContent).toMatch(/does not read yet.*English, German, French and Spanish/);
});

test.each(['en', 'de', undefined] as const)('an article read in %s shows no such line', (language) => {
  const { container } = render(<LanguageNotice language={language} />);
  expect(container.textContent).toBe('');
});
