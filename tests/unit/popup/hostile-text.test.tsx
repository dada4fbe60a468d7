// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { NotesTab } from '../../../components/popup/NotesTab.tsx';
import { PageTab } from '../../../components/popup/PageTab.tsx';
import { makeNote, makeReport, testServices } from './page-fixtures.ts';

afterEach(cleanup);

const HOSTILE = '<img src=x onerror=alert(1)>';

test('a saved passage, comment and tag full of markup are shown as text', async () => {
  const note = makeNote({
    id: 'h',
    quote: { exact: HOSTILE, prefix: '', suffix: '' },
    comment: `<b>${HOSTILE}</b>`,
    tags: [HOSTILE.toLowerCase()],
  });
  const { container } = render(<NotesTab services={await testServices({ notes: [note] })} />);
  expect(await screen.findByText(HOSTILE, { selector: '.passage' })).toBeTruthy();
  expect(screen.getByText(`<b>${HOSTILE}</b>`)).toBeTruthy();
  expect(screen.getByText(HOSTILE.toLowerCase(), { selector: '.tag' })).toBeTruthy();
  expect(container.querySelector('img, b')).toBeNull();
});

test('page text full of markup is shown as text', async () => {
  const report = makeReport();
  const hostile = makeReport({
    context: { ...report.context, title: HOSTILE, byline: HOSTILE },
    flags: [
      {
        ...report.flags[0]!,
        cue: { ...report.flags[0]!.cue, text: HOSTILE },
        sentence: { ...report.flags[0]!.sentence, text: HOSTILE },
      },
    ],
    sources: [
      { name: HOSTILE, kind: 'person', mentions: [] },
      { name: `{name}${HOSTILE}`, kind: 'unnamed', mentions: [] },
    ],
  });
  const { container } = render(<PageTab services={await testServices({ report: hostile })} />);
  expect(await screen.findByRole('heading', { name: HOSTILE })).toBeTruthy();
  expect(screen.getByText(HOSTILE, { selector: '.flag-sentence' })).toBeTruthy();
  expect(screen.getByText(`“{name}${HOSTILE}”`)).toBeTruthy();
  expect(container.querySelector('img')).toBeNull();
});
