/**
 * What on a page is not article text though it sits in or near the body: navigation, asides,
 * share bars, newsletters, captions, and lists or paragraphs that are mostly links (teasers).
 */

/** Things Readability may keep that a reader would not call the body. */
const EXCLUDED_SELECTOR = [
  'figcaption',
  'aside',
  'nav',
  'footer',
  'form',
  'header nav',
  'button',
  'select',
  'textarea',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  '[hidden]',
  '[aria-hidden="true"]',
  '[role="complementary"]',
  '[role="navigation"]',
  '[role="contentinfo"]',
  '[role="search"]',
].join(',');

/** Words in a class or id that mark page furniture. */
const FURNITURE_WORDS = new Set([
  'newsletter',
  'related',
  'share',
  'sharing',
  'social',
  'comment',
  'comments',
  'promo',
  'promotion',
  'promoted',
  'signup',
  'subscribe',
  'subscription',
  'outbrain',
  'taboola',
  'recirculation',
  'recommended',
  'disqus',
  'byline',
  'dateline',
]);

/** "related-links", "shareBar", "comments_section" → ["related", "links"], ["share", "bar"], ... */
function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s\-_]+/)
    .filter(Boolean);
}

/**
 * Lists and paragraphs that are mostly links ("Read more" teasers, related headlines inside the
 * article) are navigation, not body text. A paragraph with a link or two in its prose is not.
 */
const LINK_DENSE_TAGS: Readonly<Record<string, number>> = { UL: 0.5, OL: 0.5, LI: 0.6, P: 0.6 };
const LINK_DENSE_MIN_CHARS = 10;

function isLinkDense(element: Element): boolean {
  const threshold = LINK_DENSE_TAGS[element.tagName];
  if (threshold === undefined) return false;
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  if (text < LINK_DENSE_MIN_CHARS) return false;
  let linked = 0;
  for (const link of element.getElementsByTagName('a')) linked += (link.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  return linked >= text * threshold;
}

function isFurniture(element: Element): boolean {
  if (element.matches(EXCLUDED_SELECTOR) || isLinkDense(element)) return true;
  const names = `${element.getAttribute('class') ?? ''} ${element.id}`;
  return wordsOf(names).some((word) => FURNITURE_WORDS.has(word));
}

/**
 * Memoised per call site: most text nodes share ancestors, so each element is judged once.
 * Stops below <body>: a class on <body> or <html> says nothing about one paragraph.
 */
export function createExclusionCheck(): (node: Node) => boolean {
  const memo = new WeakMap<Element, boolean>();
  const excluded = (element: Element | null): boolean => {
    if (!element || element.tagName === 'BODY' || element.tagName === 'HTML') return false;
    const known = memo.get(element);
    if (known !== undefined) return known;
    const verdict = isFurniture(element) || excluded(element.parentElement);
    memo.set(element, verdict);
    return verdict;
  };
  return (node) => excluded(node.nodeType === 1 ? (node as Element) : node.parentElement);
}

export function withoutFurniture(nodes: Text[]): Text[] {
  const excluded = createExclusionCheck();
  return nodes.filter((node) => !excluded(node));
}
