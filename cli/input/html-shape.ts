/**
 * Is an HTML page small and shallow enough to parse and hand to Readability? Two checks, neither
 * recursive: a linear scan of the tags before parsing, which stops at the limit (a page of
 * 100,000 nested elements would take the parser seconds and Readability forever), and an exact
 * measure of the parsed tree, where the parser's own rules (implied end tags) have been applied.
 */
import { InputError } from './input-error.ts';
import { formatNumber, t } from '../output/i18n.ts';
import { MAX_HTML_DEPTH, MAX_HTML_ELEMENTS } from './limits.ts';

const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

// Elements the parser closes by itself when a sibling opens (a page may leave out their end
// tags). The scan does not count them as levels: it may count fewer levels than the tree has,
// never more, so it refuses no real page; the exact measure after parsing sees the rest.
const SELF_ENDING = new Set([
  'html',
  'head',
  'body',
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'optgroup',
  'select',
  'button',
  'datalist',
]);
const TABLE_PARTS = new Set(['tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'rt', 'rp']);

/** Elements whose content is text to the parser, up to their end tag. */
const RAW_TEXT_END: Record<string, RegExp> = {
  script: /<\/script/gi,
  style: /<\/style/gi,
  title: /<\/title/gi,
  textarea: /<\/textarea/gi,
  xmp: /<\/xmp/gi,
};

const tooDeep = () => new InputError(t('cli.reason.tooDeep', { limit: MAX_HTML_DEPTH }));
const tooManyElements = () => new InputError(t('cli.reason.tooManyElements', { limit: formatNumber(MAX_HTML_ELEMENTS) }));

/** Where the raw text of `<name>` opened at `from` ends (its end tag, or the end of the page). */
function rawTextEnd(html: string, name: string, from: number): number {
  const end = RAW_TEXT_END[name]!;
  end.lastIndex = from;
  return end.exec(html)?.index ?? html.length;
}

const MARKUP = /<(?:(!--)|[!?]|(\/?)([a-zA-Z][^\s/>]*))/g;

/** Throws an InputError when the page's tags open more than MAX_HTML_ELEMENTS elements or nest past MAX_HTML_DEPTH. */
export function checkMarkupShape(html: string): void {
  const open: string[] = [];
  let foreignFrom = -1; // where in `open` an <svg> or <math> starts: there, `<x/>` closes itself
  let elements = 0;
  MARKUP.lastIndex = 0;
  for (let match = MARKUP.exec(html); match; match = MARKUP.exec(html)) {
    const [, comment, slash, rawName] = match;
    const tagEnd = html.indexOf(comment ? '-->' : '>', MARKUP.lastIndex);
    if (tagEnd < 0) break;
    MARKUP.lastIndex = tagEnd + 1;
    if (!rawName) continue;
    const name = rawName.toLowerCase();
    if (slash) {
      const at = open.lastIndexOf(name);
      if (at >= 0) open.length = at;
      if (foreignFrom >= open.length) foreignFrom = -1;
      continue;
    }
    if (++elements > MAX_HTML_ELEMENTS) throw tooManyElements();
    if (name in RAW_TEXT_END) MARKUP.lastIndex = rawTextEnd(html, name, MARKUP.lastIndex);
    const selfClosed = html[tagEnd - 1] === '/' && foreignFrom >= 0;
    if (VOID_ELEMENTS.has(name) || SELF_ENDING.has(name) || TABLE_PARTS.has(name) || selfClosed) continue;
    if ((name === 'svg' || name === 'math') && foreignFrom < 0) foreignFrom = open.length;
    open.push(name);
    if (open.length > MAX_HTML_DEPTH) throw tooDeep();
  }
}

/** Throws an InputError when elements below `root` nest past MAX_HTML_DEPTH; walks the tree without recursion. */
export function checkTreeDepth(root: Element): void {
  let depth = 0;
  let node: Element | null = root;
  while (node) {
    const child: Element | null = node.firstElementChild;
    if (child) {
      if (++depth > MAX_HTML_DEPTH) throw tooDeep();
      node = child;
      continue;
    }
    while (node && node !== root && !node.nextElementSibling) {
      node = node.parentElement;
      depth--;
    }
    node = node && node !== root ? node.nextElementSibling : null;
  }
}
