// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { OptionsPage } from '../../../components/OptionsPage.tsx';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/settings.ts';

afterEach(cleanup);

test('switching a category off saves the settings without it', () => {
  const onChange = vi.fn<(next: Settings) => void>();
  render(<OptionsPage settings={DEFAULT_SETTINGS} onChange={onChange} />);
  fireEvent.click(screen.getByRole('checkbox', { name: /Hedged/ }));
  expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, enabledCategories: ['anonymous', 'vague', 'secondhand'] });
});

test('a site typed in is switched off, normalised; and can be turned back on', () => {
  const onChange = vi.fn<(next: Settings) => void>();
  const { rerender } = render(<OptionsPage settings={DEFAULT_SETTINGS} onChange={onChange} />);
  fireEvent.input(screen.getByRole('textbox'), { target: { value: 'WWW.Example.com' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add' }));
  expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, disabledSites: ['example.com'] });

  rerender(<OptionsPage settings={{ ...DEFAULT_SETTINGS, disabledSites: ['example.com'] }} onChange={onChange} />);
  fireEvent.click(screen.getByRole('button', { name: 'Turn Sourcelight back on for example.com' }));
  expect(onChange).toHaveBeenLastCalledWith(DEFAULT_SETTINGS);
});

test('loading and error states say what is happening', () => {
  const { rerender } = render(<OptionsPage settings={null} onChange={() => {}} />);
  expect(screen.getByText(/Loading your settings/)).toBeTruthy();
  rerender(<OptionsPage settings={null} error="quota exceeded" onChange={() => {}} />);
  expect(screen.getByRole('alert').textContent).toContain('quota exceeded');
});
