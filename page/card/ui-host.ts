/**
 * Hosts for Sourcelight's own UI in a page (the card, the saved-passage overlay): an element
 * with a name chosen at random for each page load, holding a *closed* shadow root, so the page's
 * scripts cannot reach inside and its style sheets cannot name it. The host's own look is set
 * inline with !important, which wins over any page rule (`x { display: none !important }`).
 */

const hosts = new WeakSet<Element>();

/** True for Sourcelight's UI hosts (their content lives in closed shadow roots, out of the page's DOM). */
export function isSourcelightUiHost(node: Node): boolean {
  return node.nodeType === 1 && hosts.has(node as Element);
}

function randomName(): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let name = '';
  for (let i = 0; i < 10; i++) name += letters[Math.floor(Math.random() * letters.length)];
  // A valid custom element name: a letter first, a hyphen inside.
  return `${name.slice(0, 4)}-${name.slice(4)}`;
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
  const host = doc.createElement(randomName());
  for (const [property, value] of Object.entries(hostStyle)) host.style.setProperty(property, value, 'important');
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
