// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildBlock, buildBlocks, rangeFor } from '../../../../page/body/text-blocks.ts';

function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

function blocksOf(html: string) {
  document.body.innerHTML = html;
  return buildBlocks(textNodes(document.body), document);
}

describe('buildBlocks', () => {
  const cases: Array<[string, string, string[]]> = [
    ['one paragraph', '<p>Officials said so.</p>', ['Officials said so.']],
    ['paragraphs are separate blocks', '<p>One.</p><p>Two.</p>', ['One.', 'Two.']],
    ['inline elements join their block', '<p>An <em>aide</em> said <a href="#">so</a>.</p>', ['An aide said so.']],
    ['white space folds to one space', '<p>\n   Some   say\n\tso.  </p>', ['Some say so.']],
    ['space across node boundaries folds', '<p>Some <b> say</b> so.</p>', ['Some say so.']],
    ['list items and headings', '<h2>Head</h2><ul><li>First</li><li>Second</li></ul>', ['Head', 'First', 'Second']],
    ['div with direct text', '<div>Direct text <span>here</span><p>Nested.</p></div>', ['Direct text here', 'Nested.']],
    // As the command-line scanner writes it: a line break ends a line, so sentences split alike.
    ['a <br> ends a line', '<p>Line one<br>line two</p>', ['Line one\nline two']],
    ['a <br> after a space ends the line there', '<p>Line one <br> line two<br><br>three</p>', ['Line one\nline two\nthree']],
    ['a trailing <br> adds nothing', '<p>Only line<br></p>', ['Only line']],
    ['table cells and definitions', '<table><tr><td>Cell</td></tr></table><dl><dd>Def</dd></dl>', ['Cell', 'Def']],
    ['empty blocks are dropped', '<p>  </p><p>Kept</p>', ['Kept']],
    // A paragraph of one text node: read as it is only when there is nothing to fold.
    ['one node with spaces at its ends', '<p> Padded both sides </p><p>\tTabbed</p>', ['Padded both sides', 'Tabbed']],
    [
      'one node with a double space or a line break inside',
      '<p>Two  spaces</p><p>Broken\nline</p>',
      ['Two spaces', 'Broken line'],
    ],
    [
      'a container holding only white space between its paragraphs is no block',
      '<div>\n<p>One.</p>\n  <p>Two.</p>\n</div>',
      ['One.', 'Two.'],
    ],
    [
      'white space alone between inline elements keeps their words apart',
      '<p><b>Critics</b> <i>say</i>\n<em>so</em>.</p>',
      ['Critics say so.'],
    ],
    [
      'white space before a <br> or a nested block is dropped at the line end',
      '<div>Top <span> </span><br> <b>next</b> <p>In</p> tail</div>',
      ['Top\nnext\ntail', 'In'],
    ],
  ];
  it.each(cases)('%s', (_name, html, expected) => {
    expect(blocksOf(html).map((block) => block.text)).toEqual(expected);
  });

  it('records where each node starts', () => {
    const [block] = blocksOf('<p>An <em>aide</em> said.</p>');
    expect(block!.segments.map((s) => [s.node.data, s.start, s.end])).toEqual([
      ['An ', 0, 3],
      ['aide', 3, 7],
      [' said.', 7, 13],
    ]);
  });

  it('maps a one-node paragraph to its node, folded or not', () => {
    const [plain, padded] = blocksOf('<p>Officials said so.</p><p>  Aides  said so.</p>');
    expect(plain!.segments.map((s) => [s.node.data, s.start, s.end, s.offsets])).toEqual([
      ['Officials said so.', 0, 18, undefined],
    ]);
    expect(padded!.text).toBe('Aides said so.');
    // "said" starts at block offset 6 and at node offset 9.
    expect(padded!.segments[0]!.offsets![6]).toBe(9);
  });

  it('rebuilds one block from its element, without nested blocks', () => {
    document.body.innerHTML = '<div id="d">Top <b>bold</b><p>Inner</p> tail</div>';
    const block = buildBlock(document.getElementById('d')!, () => true, document)!;
    expect(block.text).toBe('Top bold\ntail');
  });

  it('gives a sentence split by <br> to the detector as two lines, as the scanner does', async () => {
    const { blockText } = await import('../../../../cli/input/html-article.ts');
    const html = '<p>Officials said the talks failed<br>Insiders said they went well.</p>';
    document.body.innerHTML = html;
    const [block] = buildBlocks(textNodes(document.body), document);
    expect(block!.text).toBe(blockText(document.body));
  });
});

describe('rangeFor', () => {
  const html = '<p>  According   to <a href="#">people\n familiar</a> with the <em>plans</em>, it   will   close.</p>';
  const find = (text: string, needle: string) => [text.indexOf(needle), text.indexOf(needle) + needle.length] as const;

  it.each([
    'According',
    'According to',
    'to people',
    'people familiar',
    'familiar with the plans',
    'plans, it will close.',
    'it will close.',
    'According to people familiar with the plans, it will close.',
  ])('maps "%s" across nodes and folded white space', (needle) => {
    const [block] = blocksOf(html);
    expect(block!.text).toBe('According to people familiar with the plans, it will close.');
    const [start, end] = find(block!.text, needle);
    const range = rangeFor(block!, start, end, document);
    expect(range.toString().replace(/\s+/g, ' ')).toBe(needle);
  });

  it('snaps offsets on a <br> break to the neighbouring text', () => {
    const [block] = blocksOf('<p>Line one<br>line two</p>');
    const range = rangeFor(block!, 8, 13, document); // " line"
    expect(range.toString()).toBe('line');
    expect(rangeFor(block!, 0, 9, document).toString()).toBe('Line one');
  });

  it('clamps offsets past the end', () => {
    const [block] = blocksOf('<p>Short.</p>');
    expect(rangeFor(block!, 0, 999, document).toString()).toBe('Short.');
  });
});
