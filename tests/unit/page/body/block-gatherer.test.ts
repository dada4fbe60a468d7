// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createElementExclusionCheck } from '../../../../page/body/body-furniture.ts';
import { createBlockGatherer } from '../../../../page/body/block-gatherer.ts';
import { blockFromNodes, buildBlocks } from '../../../../page/body/text-blocks.ts';

function page(paragraphs: number) {
  document.body.innerHTML = `<main><div class="share-bar">Share this</div>${Array.from(
    { length: paragraphs },
    (_, index) => `<p>Paragraph ${index} <b>bold</b> end.</p>`,
  ).join('')}</main>`;
  return document.querySelector('main')!;
}

describe('createBlockGatherer', () => {
  it('walks a root a slice at a time, stopping at the deadline and losing nothing', () => {
    const root = page(1000);
    let clock = 0;
    const gatherer = createBlockGatherer(
      { textNodes: null, root, excluded: createElementExclusionCheck() },
      document,
      () => clock++,
    );
    let slices = 0;
    while (!gatherer.step(clock + 3)) slices++;
    expect(slices).toBeGreaterThan(1);
    const blocks = gatherer.blocks();
    expect(blocks).toHaveLength(1000);
    expect(blocks[0]!.nodes.map((node) => node.data).join('')).toBe('Paragraph 0 bold end.');
    expect(blocks[999]!.element.textContent).toBe('Paragraph 999 bold end.');
  });

  it('leaves out furniture as it walks', () => {
    const root = page(3);
    const gatherer = createBlockGatherer({ textNodes: null, root, excluded: createElementExclusionCheck() }, document, () => 0);
    expect(gatherer.step(Infinity)).toBe(true);
    const text = gatherer.blocks().map((block) => block.nodes.map((node) => node.data).join(''));
    expect(text).toEqual(['Paragraph 0 bold end.', 'Paragraph 1 bold end.', 'Paragraph 2 bold end.']);
  });

  it.each([
    ['white space between paragraphs', '<main>\n  <p>One <b>bold</b> end.</p>\n  <p>Two.</p>\n</main>'],
    ['white space between inline words', '<main><p><b>Critics</b> <i>say</i>\n<em>so</em>.</p></main>'],
    ['text around a nested block', '<main>Lead <span> </span><p>Inner.</p> <b>tail</b> words <br> more</main>'],
    ['white space after a nested block, then text', '<main><div>Top<p>In.</p>\n <b>after</b></div></main>'],
  ])('builds the same text from a walk as from every node (%s)', (_name, html) => {
    document.body.innerHTML = html;
    const root = document.querySelector('main')!;
    const gatherer = createBlockGatherer({ textNodes: null, root, excluded: () => false }, document, () => 0);
    gatherer.step(Infinity);
    const walked = gatherer.blocks().flatMap((block) => blockFromNodes(block, document) ?? []);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const all: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) all.push(node as Text);
    expect(walked.map((block) => block.text)).toEqual(buildBlocks(all, document).map((block) => block.text));
  });

  it('groups a known list of nodes the same way', () => {
    const root = page(2);
    const nodes = [...root.querySelectorAll('p')].flatMap((p) => [
      p.firstChild as Text,
      p.querySelector('b')!.firstChild as Text,
    ]);
    const gatherer = createBlockGatherer({ textNodes: nodes, root, excluded: () => true }, document, () => 0);
    gatherer.step(Infinity);
    expect(gatherer.blocks().map((block) => block.nodes.length)).toEqual([2, 2]);
  });
});
