/**
 * What on a page is not article text though it sits in or near the body: navigation, asides,
 * share bars, newsletters, captions, and lists or paragraphs that are mostly links (teasers).
 * Furniture is judged block by block inside the article, never on the article's ancestors: a
 * CNN article sits inside a "share" container, an ASP.NET page wraps everything in a <form>
 * (issue #18).
 */

/** Things Readability may keep that a reader would not call the body. */
const EXCLUDED_SELECTOR = [
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
const LINK_DENSE_TAGS: Readonly<Record<string, number>> = { UL: 0.5, OL: 0.5, LI: 0.6, P: 0.6 };
const LINK_DENSE_MIN_CHARS = 10;

function isLinkDense(element: Element): boolean {
  const threshold = LINK_DENSE_TAGS[element.tagName];
  if (threshold === undefined) return false;
  // Most paragraphs hold no link: their text need not be read (a third of a long page's reading).
  const links = element.getElementsByTagName('a');
  if (!links.length) return false;
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
const TEXT_JUDGED_TAGS = new Set(['P', 'SPAN', 'SMALL', 'EM', 'I']);
const TEXT_JUDGED_MAX_CHARS = 400;

function isCaptionText(element: Element): boolean {
  if (!TEXT_JUDGED_TAGS.has(element.tagName)) return false;
  const text = element.textContent ?? '';
  return text.length <= TEXT_JUDGED_MAX_CHARS && (CAPTION_TEXT.test(text) || COMMISSION_TEXT.test(text));
}

function isFurniture(element: Element): boolean {
  if (element.matches(EXCLUDED_SELECTOR) || isLinkDense(element) || isCaptionText(element)) return true;
  const names = `${element.getAttribute('class') ?? ''} ${element.id}`;
  return wordsOf(names).some((word) => FURNITURE_WORDS.has(word));
}

/**
 * Memoised per call site: most text nodes share ancestors, so each element is judged once.
 * Stops at `root`, the article (which with its ancestors is never judged: a "share" wrapper or
 * a <form> around the story says nothing about its paragraphs), and in any case below <body>.
 */
export function createExclusionCheck(root?: Element | null): (node: Node) => boolean {
  const memo = new WeakMap<Element, boolean>();
  const excluded = (element: Element | null): boolean => {
    if (!element || element === root || element.tagName === 'BODY' || element.tagName === 'HTML') return false;
    if (root && !root.contains(element)) return false;
    const known = memo.get(element);
    if (known !== undefined) return known;
    const verdict = isFurniture(element) || excluded(element.parentElement);
    memo.set(element, verdict);
    return verdict;
  };
  return (node) => excluded(node.nodeType === 1 ? (node as Element) : node.parentElement);
}

/** The nodes that are body text, judged up to `root` (the article) only. */
export function withoutFurniture(nodes: Text[], root?: Element | null): Text[] {
  const excluded = createExclusionCheck(root);
  return nodes.filter((node) => !excluded(node));
}
