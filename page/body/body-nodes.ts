/**
 * The article body as nodes: what every way of finding it (marked, Readability, the fallback)
 * answers, and the tree helpers they share.
 */
import type { ArticleMetadata } from './article-metadata.ts';

export interface ArticleBody {
  /**
   * The body's text nodes, in document order; null when the page is too large to gather them in
   * one task: then they are walked from `root`, furniture left out, a slice at a time (see
   * block-gatherer.ts).
   */
  textNodes: Text[] | null;
  /** The smallest element holding them all: text added under it later may be body too. */
  root: Element;
  /** Which way the body was found. */
  via: 'marked' | 'readability' | 'fallback';
  metadata: ArticleMetadata;
}

export function textNodesUnder(root: Node, doc: Document): Text[] {
  const nodes: Text[] = [];
  const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** The deepest element containing every node. */
export function commonAncestor(nodes: Node[], fallback: Element): Element {
  const first = nodes[0];
  if (!first) return fallback;
  let ancestor: Element | null = first.parentElement;
  for (const node of nodes) {
    while (ancestor && !ancestor.contains(node)) ancestor = ancestor.parentElement;
  }
  return ancestor ?? fallback;
}

/** The structural guess: the <article> with the most text, else <main>, else <body>, minus furniture. */
