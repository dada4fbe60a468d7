/**
 * Hosts for Sourcelight's own UI in a page (the card, the saved-passage overlay): a plain `div`
 * holding a *closed* shadow root, so the page's scripts cannot reach inside. A made-up element
 * name would be a custom element's name, and a page that learns it (a MutationObserver is enough)
 * can `customElements.define` it: its constructor would then run with our host as `this`. A
 * built-in element is never upgraded (issue #19, item 4). The host's own look is set inline with
 * !important, which wins over any page rule (`div { display: none !important }`).
 */

/** The host element: built in, one of those that may hold a shadow root. */
export const UI_HOST_TAG = 'div';

const hosts = new WeakSet<Element>();

/** True for Sourcelight's UI hosts (their content lives in closed shadow roots, out of the page's DOM). */
export function isSourcelightUiHost(node: Node): boolean {
  return node.nodeType === 1 && hosts.has(node as Element);
}

export interface UiHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** Puts the host back if the page removed it; true when it had to. */
  reattach(): boolean;
  remove(): void;
}

/** `hostStyle` is applied inline, every declaration !important. */
export function createUiHost(doc: Document, hostStyle: Record<string, string>): UiHost {
  const host = doc.createElement(UI_HOST_TAG);
  // One declaration block, parsed once: a setProperty per declaration cost the engine's start-up.
  host.style.cssText = Object.entries(hostStyle)
    .map(([property, value]) => `${property}: ${value} !important`)
    .join('; ');
  const root = host.attachShadow({ mode: 'closed' });
  hosts.add(host);
  const parent = () => doc.documentElement;
  parent().append(host);
  return {
    host,
    root,
    reattach() {
      if (host.isConnected) return false;
      parent().append(host);
      return true;
    },
    remove: () => host.remove(),
  };
}
