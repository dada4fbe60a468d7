// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { OptionsPage } from '../../../components/options/OptionsPage.tsx';
import { DEFAULT_SETTINGS, type Settings } from '../../../contract/settings.ts';

afterEach(cleanup);

const reading = () => ({ clearReading: vi.fn(async () => {}) });

test('switching a category off saves the settings without it; every category has the palette swatch', () => {
  const onChange = vi.fn<(next: Settings) => void>();
  const { container } = render(<OptionsPage settings={DEFAULT_SETTINGS} onChange={onChange} reading={reading()} />);
  fireEvent.click(screen.getByRole('checkbox', { name: /Hedged/ }));
  expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, enabledCategories: ['anonymous', 'vague', 'secondhand'] });
  expect([...container.querySelectorAll('.swatch')].map((swatch) => swatch.className)).toEqual([
    'swatch swatch-anonymous',
    'swatch swatch-vague',
    'swatch swatch-secondhand',
    'swatch swatch-hedged',
  ]);
});

test('cards can open on click only', () => {
  const onChange = vi.fn<(next: Settings) => void>();
  render(<OptionsPage settings={DEFAULT_SETTINGS} onChange={onChange} reading={reading()} />);
  expect((screen.getByRole('radio', { name: /When the pointer rests/ }) as HTMLInputElement).checked).toBe(true);
  fireEvent.click(screen.getByRole('radio', { name: 'Only when I click the flag' }));
  expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, cardOpensOn: 'click' });
});

test('a site typed in is switched off, normalised; and can be turned back on', () => {
  const onChange = vi.fn<(next: Settings) => void>();
  const { rerender } = render(<OptionsPage settings={DEFAULT_SETTINGS} onChange={onChange} reading={reading()} />);
  fireEvent.input(screen.getByRole('textbox'), { target: { value: 'WWW.Example.com' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add' }));
  expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, disabledSites: ['example.com'] });

  rerender(
    <OptionsPage settings={{ ...DEFAULT_SETTINGS, disabledSites: ['example.com'] }} onChange={onChange} reading={reading()} />,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Turn Sourcelight back on for example.com' }));
  expect(onChange).toHaveBeenLastCalledWith(DEFAULT_SETTINGS);
});

test('the reading record can be switched off, and cleared after a second yes', async () => {
  const onChange = vi.fn<(next: Settings) => void>();
  const record = reading();
  render(<OptionsPage settings={DEFAULT_SETTINGS} onChange={onChange} reading={record} />);
  const toggle = screen.getByRole('switch', { name: 'Keep a reading record' });
  expect(toggle.getAttribute('aria-checked')).toBe('true');
  fireEvent.click(toggle);
  expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, recordReading: false });

  fireEvent.click(screen.getByRole('button', { name: 'Clear the reading record' }));
  expect(record.clearReading).not.toHaveBeenCalled();
  fireEvent.click(screen.getByRole('button', { name: 'Clear it' }));
  expect(await screen.findByText('The reading record is cleared.')).toBeTruthy();
  expect(record.clearReading).toHaveBeenCalledOnce();
});

test('loading and error states say what is happening', () => {
  const { rerender } = render(<OptionsPage settings={null} onChange={() => {}} reading={reading()} />);
  expect(screen.getByText(/Loading your settings/)).toBeTruthy();
  rerender(<OptionsPage settings={null} error="quota exceeded" onChange={() => {}} reading={reading()} />);
  expect(screen.getByRole('alert').textContent).toContain('quota exceeded');
});

test('the key explains the cue shading and the saved-passage mark too (issue #18)', () => {
  const { container } = render(<OptionsPage settings={DEFAULT_SETTINGS} onChange={vi.fn()} reading={reading()} />);
  const key = screen.getByRole('list', { name: 'What else the page shows' });
  expect(key.textContent).toMatch(/Shaded words — the cue inside a flagged sentence/);
  expect(key.textContent).toMatch(/Line above — a passage you saved as a note/);
  expect(container.querySelector('.key-cue')).toBeTruthy();
  expect(container.querySelector('.key-saved')).toBeTruthy();
});

test('the sites section says what it is: "Sites where Sourcelight stays off"', () => {
  render(<OptionsPage settings={DEFAULT_SETTINGS} onChange={vi.fn()} reading={reading()} />);
  expect(screen.getByRole('heading', { name: 'Sites where Sourcelight stays off' })).toBeTruthy();
  expect(screen.getByRole('textbox', { name: 'Add a site where Sourcelight stays off' })).toBeTruthy();
  expect(screen.queryByText(/Turn off on/)).toBeNull();
});
