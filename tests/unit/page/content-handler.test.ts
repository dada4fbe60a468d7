import { describe, expect, it, vi } from 'vitest';
import type { PageReport } from '../../../shared/messages.ts';
import { createContentHandler, type ContentSession } from '../../../page/content-handler.ts';

const REPORT = { state: 'ready', flags: [] } as unknown as PageReport;
const SELECTION = { isCollapsed: false } as Selection;
const DRAFT = { articleUrl: 'https://example.com/a', quote: { exact: 'Critics say so.', prefix: '', suffix: '' } };
const notices: Array<[string, string]> = [];
const ui = { selection: () => SELECTION, notice: (text: string, tone: string) => void notices.push([text, tone]) };

function fakeSession(): ContentSession {
  return {
    report: vi.fn(() => REPORT),
    scan: vi.fn(async () => REPORT),
    navigator: { step: vi.fn((d: 1 | -1) => (d === 1 ? 3 : 1)), reveal: vi.fn((id: number) => id === 2), reset: vi.fn() },
    flagDraft: vi.fn((id: number) => (id === 2 ? DRAFT : null)),
    selectionDraft: vi.fn((selection: Selection | null) => (selection === SELECTION ? DRAFT : null)),
    notesChanged: vi.fn(async () => {}),
  };
}

describe('createContentHandler', () => {
  const cases: Array<[string, unknown, unknown]> = [
    ['report', { type: 'page/report' }, { ok: true, value: REPORT }],
    ['scan', { type: 'page/scan' }, { ok: true, value: REPORT }],
    ['reveal a known flag', { type: 'page/reveal-flag', id: 2 }, { ok: true, value: true }],
    ['reveal an unknown flag', { type: 'page/reveal-flag', id: 9 }, { ok: true, value: false }],
    ['step forward', { type: 'page/step-flag', direction: 1 }, { ok: true, value: 3 }],
    ['step back', { type: 'page/step-flag', direction: -1 }, { ok: true, value: 1 }],
    ['capture the selection', { type: 'page/capture-selection' }, { ok: true, value: DRAFT }],
    ['draft a known flag', { type: 'page/flag-draft', id: 2 }, { ok: true, value: DRAFT }],
    ['draft an unknown flag', { type: 'page/flag-draft', id: 7 }, { ok: true, value: null }],
    ['notes changed', { type: 'page/notes-changed' }, { ok: true, value: null }],
    ['notice', { type: 'page/notice', text: 'Saved.', tone: 'success' }, { ok: true, value: null }],
    [
      'notice with a made-up tone',
      { type: 'page/notice', text: 'Hi', tone: 'html' },
      { ok: false, error: 'Refused: not a Sourcelight page message.' },
    ],
    [
      'notice far too long',
      { type: 'page/notice', text: 'x'.repeat(301), tone: 'error' },
      { ok: false, error: 'Refused: not a Sourcelight page message.' },
    ],
    ['bad id', { type: 'page/reveal-flag', id: '2' }, { ok: false, error: 'Refused: not a Sourcelight page message.' }],
    ['bad direction', { type: 'page/step-flag', direction: 2 }, { ok: false, error: 'Refused: not a Sourcelight page message.' }],
    ['unknown page message', { type: 'page/format-disk' }, { ok: false, error: 'Refused: not a Sourcelight page message.' }],
    ['not ours', { type: 'badge/set', count: 1 }, undefined],
    ['not a message', 'hello', undefined],
  ];
  it.each(cases)('%s', async (_name, message, expected) => {
    expect(await createContentHandler(fakeSession(), ui)(message)).toEqual(expected);
  });

  it('turns a thrown error into an error result', async () => {
    const session = fakeSession();
    session.report = () => {
      throw new Error('broken');
    };
    expect(await createContentHandler(session, ui)({ type: 'page/report' })).toEqual({ ok: false, error: 'broken' });
  });
});

it('shows a notice where the reader is looking', async () => {
  notices.length = 0;
  await createContentHandler(fakeSession(), ui)({ type: 'page/notice', text: 'Saved to Sourcelight.', tone: 'success' });
  expect(notices).toEqual([['Saved to Sourcelight.', 'success']]);
});
