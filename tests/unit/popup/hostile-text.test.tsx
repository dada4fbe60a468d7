// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { NotesTab } from '../../../components/popup/NotesTab.tsx';
import { PageTab } from '../../../components/popup/PageTab.tsx';
import { fakeServices, makeNote, makeReport } from './fake-services.ts';

afterEach(cleanup);

const HOSTILE = '<img src=x onerror=alert(1)>';

test('a saved passage, comment and tag full of markup are shown as text', async () => {
  const note = makeNote({
    id: 'h',
    quote: { exact: HOSTILE, prefix: '', suffix: '' },
    comment: `<b>${HOSTILE}</b>`,
    tags: [HOSTILE],
  });
  const { container } = render(
    <NotesTab services={fakeServices({ notes: [note] })} notesVersion={0} onNotesChanged={() => {}} />,
  );
  expect(await screen.findByText(HOSTILE, { selector: '.passage' })).toBeTruthy();
  expect(screen.getByText(`<b>${HOSTILE}</b>`)).toBeTruthy();
  expect(screen.getByText(HOSTILE, { selector: '.tag' })).toBeTruthy();
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
    sources: [{ name: HOSTILE, kind: 'person', mentions: [] }],
  });
  const { container } = render(
    <PageTab services={fakeServices({ report: hostile })} notesVersion={0} onNotesChanged={() => {}} />,
  );
  expect(await screen.findByRole('heading', { name: HOSTILE })).toBeTruthy();
  expect(screen.getByText(HOSTILE, { selector: '.flag-sentence' })).toBeTruthy();
  expect(container.querySelector('img')).toBeNull();
});
