// @vitest-environment happy-dom
/**
 * Issue #19: the layer that marks saved passages goes on the page when the engine attaches it
 * (at its first highlights, notes or none), on a built-in element no page can upgrade; painting
 * passages changes nothing the page's own DOM shows, and no notes put nothing there earlier.
 */
import { afterEach, expect, it } from 'vitest';
import { createNoteOverlay } from '../../../../page/marks/note-overlay.ts';
import { isSourcelightUiHost } from '../../../../page/card/ui-host.ts';

afterEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

const pageSees = () => [...document.documentElement.children].map((element) => element.localName);

it('puts one built-in host under <html> when attached, and painting a passage shows the page nothing more', () => {
  document.body.innerHTML = '<p>Officials said the vote would be delayed.</p>';
  const before = pageSees();
  const overlay = createNoteOverlay(document, window);
  // Not at the engine's start, and no notes found (an empty paint) put nothing there either.
  overlay.paint([]);
  overlay.reposition();
  expect(pageSees()).toEqual(before);
  overlay.attach();
  const withoutNotes = pageSees();
  expect(withoutNotes).toEqual([...before, 'div']);
  const host = document.documentElement.lastElementChild!;
  expect(isSourcelightUiHost(host)).toBe(true);
  expect(host.shadowRoot).toBeNull();
  expect(() => customElements.define(host.localName, class extends HTMLElement {})).toThrow();

  const range = document.createRange();
  range.selectNodeContents(document.querySelector('p')!);
  overlay.paint([range]);
  expect(pageSees()).toEqual(withoutNotes);
  expect(document.body.innerHTML).toBe('<p>Officials said the vote would be delayed.</p>');

  overlay.dispose();
  overlay.paint([range]);
  expect(pageSees()).toEqual(before);
});
