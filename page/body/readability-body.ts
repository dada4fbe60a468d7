/**
 * The body as Readability finds it. Readability runs on a clone (it rewrites the tree it reads);
 * the clone's text nodes are mapped to the live ones before parsing, so the body comes back as
 * live text nodes a Range can point at. Readability itself is injected only when a page needs
 * it (see README, "Speed"): its class is passed in.
 */
import { type ArticleBody, commonAncestor, textNodesUnder } from './body-nodes.ts';
import { withoutFurniture } from './body-furniture.ts';
import { pageMetadata } from './article-metadata.ts';

/** The parts of Readability's class used here. */
export type ReadabilityClass = new (
  doc: Document,
  options: { serializer: (element: Element) => Element },
) => {
  parse(): {
    content?: Element | null;
    title?: string | null;
    byline?: string | null;
    siteName?: string | null;
    publishedTime?: string | null;
  } | null;
};

/**
 * Clone text node → live text node. cloneNode(true) copies the tree exactly, so walking both
 * in document order pairs them up. Elements are numbered too (`data-sourcelight-i`), because
 * Readability sometimes restores the page from its own innerHTML and retries, which makes new
 * text nodes; those are then found through their nearest numbered ancestor.
 */
const INDEX_ATTRIBUTE = 'data-sourcelight-i';

function pairClone(live: Document, clone: Document) {
  const texts = new Map<Node, Text>();
  const elements: Element[] = [];
  const liveWalker = live.createTreeWalker(live.documentElement, 0x1 | 0x4);
  const cloneWalker = clone.createTreeWalker(clone.documentElement, 0x1 | 0x4);
  for (
    let a: Node | null = liveWalker.currentNode, b: Node | null = cloneWalker.currentNode;
    a && b;
    a = liveWalker.nextNode(), b = cloneWalker.nextNode()
  ) {
    if (a.nodeType === 3) texts.set(b, a as Text);
    else {
      (b as Element).setAttribute(INDEX_ATTRIBUTE, String(elements.length));
      elements.push(a as Element);
    }
  }
  return { texts, elements };
}

type ClonePairs = ReturnType<typeof pairClone>;

const inDocumentOrder = (a: Node, b: Node) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1);

function liveTextNodesOf(content: Element, pairs: ClonePairs, live: Document, clone: Document): Text[] {
  const found: Text[] = [];
  const used = new Set<Text>();
  for (const node of textNodesUnder(content, clone)) {
    let twin = pairs.texts.get(node);
    if (!twin) {
      // Readability rebuilt this node: look among the live text of its nearest numbered ancestor.
      const holder = node.parentElement?.closest(`[${INDEX_ATTRIBUTE}]`);
      const liveHolder = holder ? pairs.elements[Number(holder.getAttribute(INDEX_ATTRIBUTE))] : undefined;
      if (liveHolder) twin = textNodesUnder(liveHolder, live).find((t) => !used.has(t) && t.data === (node as Text).data);
    }
    if (twin && !used.has(twin)) {
      used.add(twin);
      found.push(twin);
    }
  }
  return found.sort(inDocumentOrder);
}

export function readabilityBody(doc: Document, Readability: ReadabilityClass): ArticleBody | null {
  const clone = doc.cloneNode(true) as Document;
  const pairs = pairClone(doc, clone);
  // `serializer: el => el` makes `content` the article element itself rather than its HTML.
  const article = new Readability(clone, { serializer: (el) => el }).parse();
  if (!article?.content) return null;
  const found = liveTextNodesOf(article.content, pairs, doc, clone);
  // Furniture is judged inside the article only: its own wrappers ("share", a <form>) are not.
  const textNodes = withoutFurniture(found, commonAncestor(found, doc.body));
  if (!textNodes.some((node) => node.data.trim())) return null;
  const fallback = pageMetadata(doc);
  const publishedTime = article.publishedTime?.trim() || fallback.publishedTime;
  return {
    textNodes,
    root: commonAncestor(textNodes, doc.body),
    via: 'readability',
    metadata: {
      title: article.title?.trim() || fallback.title,
      // The page's own markup first (its author metadata), Readability's when it has none.
      byline: (fallback.bylineFromMarkup && fallback.byline) || article.byline?.trim() || fallback.byline,
      siteName: article.siteName?.trim() || fallback.siteName,
      ...(publishedTime ? { publishedTime } : {}),
    },
  };
}
