/**
 * The least any in-page highlighter does, as an extension written to a temporary folder at run
 * time: a content script at document_idle looks whether the page is an article (its og:type) and
 * only then reads the body's text with a TreeWalker, sends it to its background worker, and paints
 * the one span the worker answers with a CSS Custom Highlight (one adopted sheet). Nothing more:
 * no start-up beyond that script, no card, no colours read. On a page that is no article it costs
 * what any content script that looks at a page costs (an isolated world, one selector).
 * Its cost over the empty extension is the floor Sourcelight's ratio stands on (page-speed.ts).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CONTENT = `
// Every reader first looks whether the page is an article: the cheapest sign is og:type.
const type = document.head && document.head.querySelector('meta[property="og:type"]');
if (type && /^article/i.test(type.getAttribute('content') || '')) {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const starts = [];
  const nodes = [];
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    starts.push(text.length);
    nodes.push(node);
    text += node.data;
  }
  chrome.runtime.sendMessage({ text }, (span) => {
    if (!span || span.at < 0) return;
    let index = starts.length - 1;
    while (index > 0 && starts[index] > span.at) index--;
    const node = nodes[index];
    const offset = span.at - starts[index];
    const range = document.createRange();
    range.setStart(node, offset);
    range.setEnd(node, Math.min(node.data.length, offset + span.length));
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('::highlight(least-reader) { background-color: #fff3a0; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    CSS.highlights.set('least-reader', new Highlight(range));
  });
}
`;

const BACKGROUND = `
chrome.runtime.onMessage.addListener((message, _sender, reply) => {
  const match = /\\b(?:reportedly|said)\\b/.exec(message.text);
  reply(match ? { at: match.index, length: match[0].length } : { at: -1, length: 0 });
});
`;

/** An unpacked MV3 extension in a fresh temporary folder: its manifest and files. */
export function writeExtension(prefix: string, manifest: object, files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, version: '1.0', ...manifest }));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

export function writeLeastReaderExtension(): string {
  const manifest = {
    name: 'Least reader',
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches: ['http://*/*'], js: ['content.js'], run_at: 'document_idle' }],
  };
  return writeExtension('sourcelight-least-reader-', manifest, { 'content.js': CONTENT, 'background.js': BACKGROUND });
}
