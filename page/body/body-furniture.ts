/**
 * What on a page is not article text though it sits in or near the body: navigation, asides,
 * share bars, newsletters, captions, and lists or paragraphs that are mostly links (teasers).
 * Furniture is judged block by block inside the article, never on the article's ancestors: a
 * CNN article sits inside a "share" container, an ASP.NET page wraps everything in a <form>
 * (issue #18).
 */

/** Things Readability may keep that a reader would not call the body, by tag… */
const EXCLUDED_TAGS = new Set([
  'figcaption',
  'aside',
  'nav',
  'footer',
  'form',
  // The article's own header: headline, standfirst, byline (Readability leaves them out too).
  'header',
  'button',
  'select',
  'textarea',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
]);
/** …and by attribute. */
const EXCLUDED_SELECTOR = [
  ...EXCLUDED_TAGS,
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
  // Captions and credits ("image-caption", "photoCredit").
  'caption',
  'captions',
  'credit',
  'credits',
  // The standfirst under the headline.
  'standfirst',
  // Teaser rails and affiliate ("deals") disclaimers.
  'rail',
  'teaser',
  'teasers',
  'trending',
  'disclaimer',
  'affiliate',
  'deals',
]);

/**
 * WordPress puts the post's taxonomy on its <article> ("category-social-media", "tag-share"):
 * labels of the story, not furniture.
 */
const TAXONOMY_CLASS = /^(category|tag|post_tag|post-tag)-/i;

/** "related-links", "shareBar", "comments_section" → ["related", "links"], ["share", "bar"], ... */
function wordsOf(name: string): string[] {
  return name
    .split(/\s+/)
    .filter((token) => !TAXONOMY_CLASS.test(token))
    .join(' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s\-_]+/)
    .filter(Boolean);
}

/**
 * Lists and paragraphs that are mostly links ("Read more" teasers, related headlines inside the
 * article) are navigation, not body text. A paragraph with a link or two in its prose is not.
 */
const LINK_DENSE_TAGS: Readonly<Record<string, number>> = { ul: 0.5, ol: 0.5, li: 0.6, p: 0.6 };
const LINK_DENSE_MIN_CHARS = 10;

function isLinkDense(element: Element, tag: string, holdsLink: (element: Element) => boolean): boolean {
  const threshold = LINK_DENSE_TAGS[tag];
  if (threshold === undefined) return false;
  // Most paragraphs hold no link: their text need not be read (a third of a long page's reading).
  if (!holdsLink(element)) return false;
  const links = element.getElementsByTagName('a');
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  if (text < LINK_DENSE_MIN_CHARS) return false;
  let linked = 0;
  for (const link of links) linked += (link.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  return linked >= text * threshold;
}

/**
 * A short paragraph that is a caption or an affiliate disclaimer by its words: "(Image: …)",
 * "Photo: …", "We may earn a commission …". Only short text elements are read, once each.
 */
const CAPTION_TEXT = /^\s*[([]?\s*(image|images|photo|photos|picture|video|graphic|illustration)( credit)?s?\s*:/i;
// The outlet speaking of itself ("we may earn…"): an article about commissions is still read.
const COMMISSION_TEXT = /\bwe (may |might |can )?(earn|receive|get) (a |an )?(small )?(commission|affiliate|share of)/i;
// Paragraphs are judged by their block's text when it is built (isCaptionBlock), which is read
// anyway: reading each <p>'s text here too was a sixth of a long page's reading.
const TEXT_JUDGED_TAGS = new Set(['span', 'small', 'em', 'i']);
const TEXT_JUDGED_MAX_CHARS = 400;

const isCaption = (text: string) =>
  text.length <= TEXT_JUDGED_MAX_CHARS && (CAPTION_TEXT.test(text) || COMMISSION_TEXT.test(text));

function isCaptionText(element: Element, tag: string): boolean {
  return TEXT_JUDGED_TAGS.has(tag) && isCaption(element.textContent ?? '');
}

/** A paragraph's block that is a caption or a disclaimer by its words (see isCaptionText). */
export const isCaptionBlock = (element: Element, text: string): boolean => isCaption(text) && element.localName === 'p';

/** `tag` is the element's local name, read once: each read is a call into the DOM. */
function isFurniture(element: Element, tag: string, holdsLink: (element: Element) => boolean): boolean {
  // Most body elements are a bare <p>: only their tag and text can say furniture.
  const bare = !element.hasAttributes();
  if (bare ? EXCLUDED_TAGS.has(tag) : element.matches(EXCLUDED_SELECTOR)) return true;
  if (isLinkDense(element, tag, holdsLink) || isCaptionText(element, tag)) return true;
  if (bare) return false;
  const names = `${element.getAttribute('class') ?? ''} ${element.id}`;
  return wordsOf(names).some((word) => FURNITURE_WORDS.has(word));
}

/** Link-density checks made one element at a time before all of the body's links are read at once. */
const LINKS_READ_AFTER = 64;

/**
 * Whether an element holds a link. A few elements (a page change) are asked one by one; past
 * that (a body being read), the links under `root` are read once and their ancestors marked,
 * so 5,000 paragraphs without a link are not each searched for one.
 */
function linkHolders(root: Element | null | undefined): (element: Element) => boolean {
  let asked = 0;
  let holders: Set<Element> | null = null;
  return (element) => {
    if (holders) return holders.has(element);
    if (++asked <= LINKS_READ_AFTER) return element.getElementsByTagName('a').length > 0;
    holders = new Set();
    const top = root ?? element.ownerDocument.body;
    for (const link of top?.getElementsByTagName('a') ?? []) {
      for (let current = link.parentElement; current && !holders.has(current); current = current.parentElement) {
        holders.add(current);
        if (current === top) break;
      }
    }
    return holders.has(element);
  };
}

/**
 * Memoised per call site: most text nodes share ancestors, so each element is judged once.
 * Stops at `root`, the article (which with its ancestors is never judged: a "share" wrapper or
 * a <form> around the story says nothing about its paragraphs), and in any case below <body>.
 */
export function createExclusionCheck(root?: Element | null): (node: Node) => boolean {
  const excluded = createElementExclusionCheck(root);
  return (node) => excluded(node.nodeType === 1 ? (node as Element) : node.parentElement);
}

/**
 * The same for an element (a text node's parent, which a walk has read already). `within`: the
 * caller asks only of elements inside `root` (a walk of it), which need not be checked.
 */
export function createElementExclusionCheck(
  root?: Element | null,
  { within = false } = {},
): (element: Element | null) => boolean {
  const memo = new WeakMap<Element, boolean>();
  const holdsLink = linkHolders(root);
  // Elements inside `root` only: the walk up stops there.
  const judged = (element: Element | null): boolean => {
    if (!element || element === root) return false;
    const known = memo.get(element);
    if (known !== undefined) return known;
    const tag = element.localName;
    if (tag === 'body' || tag === 'html') return false;
    const verdict = isFurniture(element, tag, holdsLink) || judged(element.parentElement);
    memo.set(element, verdict);
    return verdict;
  };
  return (element) => {
    // A node outside the article is not judged (a known element is inside it).
    if (root && !within && element && !memo.has(element) && !root.contains(element)) return false;
    return judged(element);
  };
}

/** The nodes that are body text, judged up to `root` (the article) only. */
export function withoutFurniture(nodes: Text[], root?: Element | null): Text[] {
  const excluded = createExclusionCheck(root);
  return nodes.filter((node) => !excluded(node));
}
