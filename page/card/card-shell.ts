/**
 * The element the card lives in, built to resist the page it sits on:
 * - a **closed** shadow root, so page scripts cannot reach the card, its buttons or what the
 *   reader types (`host.shadowRoot` is null to them);
 * - a plain `div`, which no page script can upgrade into a custom element of its own (a
 *   made-up name could be `customElements.define`d by a page that saw it: ui-host.ts);
 * - the host's look declared twice with `!important`: in its style attribute (put back if a
 *   script edits it) and in `:host` inside the root, which beats every `!important` rule of the
 *   page, layered or not (inner context wins for important declarations); `all: initial` first,
 *   so nothing the page sets inherits in.
 * The same isolation as WXT's createShadowRootUi, with a closed root on a built-in element
 * (ui-host.ts, shared with the saved-passage overlay).
 */
import { HOST_DECLARATIONS } from '../../components/card/card-style.ts';
import { adoptStyles } from '../paint/adopt-styles.ts';
import { createUiHost } from './ui-host.ts';

/**
 * What the reader does inside the card stays inside: these events are composed, so they would
 * reach the page's bubbling listeners (retargeted to the host) carrying the keys typed, the
 * text pasted. They stop at the root. A page's *capturing* listener on window or document runs
 * before any of ours and still sees key events: only a separate document (an extension-origin
 * iframe) would hide those.
 */
const CONTAINED = [
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'compositionstart',
  'compositionupdate',
  'compositionend',
  'paste',
  'copy',
  'cut',
];

/** Attributes a page could set on the host to hide or disable it. */
const TAMPERING = ['style', 'hidden', 'inert', 'popover', 'class', 'dir'];

export interface CardShell {
  host: HTMLElement;
  /** Where Preact renders, inside the closed root. */
  mount: HTMLElement;
  /** True for the host (events from inside a closed root reach the page retargeted to it). */
  isOwnUi(target: EventTarget | null): boolean;
  /** Puts the host back on the page if the page removed it (or replaced its body). */
  attach(): void;
}

export interface ShellOptions {
  doc: Document;
  css: string;
  CSSStyleSheet: typeof CSSStyleSheet | undefined;
  MutationObserver?: typeof MutationObserver;
  signal: AbortSignal;
}

export function createCardShell({ doc, css, CSSStyleSheet, MutationObserver, signal }: ShellOptions): CardShell {
  // ui-host.ts registers it, so the mutation watcher knows it as ours.
  const { host, root } = createUiHost(doc, HOST_DECLARATIONS);
  const style = host.getAttribute('style') ?? '';
  adoptStyles(root, css, CSSStyleSheet);
  const mount = doc.createElement('div');
  root.append(mount);
  for (const type of CONTAINED) root.addEventListener(type, (event) => event.stopPropagation(), { signal });

  // Making the host inert (or hidden) blurs the field the reader is typing in, and their next
  // keys would land on the page. Focus lost in the same task as a repaired tampering goes back.
  let lastFocus: HTMLElement | null = null;
  let blurredThisTask = false;
  root.addEventListener(
    'focusin',
    (event) => {
      lastFocus = event.target as HTMLElement;
    },
    { signal },
  );
  root.addEventListener(
    'focusout',
    (event) => {
      const next = (event as FocusEvent).relatedTarget as Node | null;
      if (next && root.contains(next)) return;
      blurredThisTask = true;
      queueMicrotask(() => {
        blurredThisTask = false;
      });
    },
    { signal },
  );
  const repair = () => {
    let tampered = false;
    if (host.getAttribute('style') !== style) {
      host.setAttribute('style', style);
      tampered = true;
    }
    for (const attribute of TAMPERING) {
      if (attribute === 'style' || !host.hasAttribute(attribute)) continue;
      host.removeAttribute(attribute);
      tampered = true;
    }
    if (tampered && blurredThisTask && lastFocus?.isConnected) lastFocus.focus({ preventScroll: true });
  };
  if (MutationObserver) {
    const observer = new MutationObserver(repair);
    observer.observe(host, { attributes: true, attributeFilter: TAMPERING });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  }
  signal.addEventListener('abort', () => host.remove(), { once: true });

  return {
    host,
    mount,
    isOwnUi: (target) => target === host,
    attach() {
      if (signal.aborted) return;
      repair();
      // Last in <html>: after <body>, so it paints above the page at the same z-index.
      if (!host.isConnected || host.nextElementSibling) doc.documentElement.append(host);
    },
  };
}
