// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { HIGHLIGHT_NAMES, createHighlightPainter, CUE_HIGHLIGHT } from '../../../page/highlight-painter.ts';
import { PageScanner, SLICE_BUDGET_MS } from '../../../page/page-scanner.ts';
import { buildBlock, buildBlocks, groupByBlock, type TextBlock } from '../../../page/text-blocks.ts';
import { fakeAnalyze, fakeHighlightApi } from './fakes.ts';

function allTextNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

const blocksOf = (root: Element): TextBlock[] => buildBlocks(allTextNodes(root), document);

function setup(options: { now?: () => number } = {}) {
  const api = fakeHighlightApi();
  const analyze = vi.fn(fakeAnalyze);
  const onChange = vi.fn();
  const yields = { count: 0 };
  const scanner = new PageScanner({
    analyze,
    painter: createHighlightPainter(api),
    doc: document,
    yieldToMain: async () => {
      yields.count++;
    },
    onChange,
    ...options,
  });
  return { api, analyze, onChange, scanner, yields };
}

describe('PageScanner', () => {
  beforeEach(() => {
    document.body.innerHTML = `<article>
      <p id="a">The bridge will close. It reportedly needs new cables.</p>
      <p id="b">Insiders say the bill could double.</p>
      <p id="c">The mayor declined to comment.</p>
    </article>`;
  });

  it('paints and reports flags in reading order with body-text offsets and merged stats', async () => {
    const { api, scanner } = setup();
    scanner.setBlocks(blocksOf(document.querySelector('article')!));
    await scanner.whenIdle();
    const { flags, stats, sources } = scanner.scanResult();
    expect(flags.map((f) => [f.id, f.category, f.cue.text])).toEqual([
      [0, 'hedged', 'reportedly'],
      [1, 'anonymous', 'Insiders'],
    ]);
    // Offsets point into the body text: the blocks joined by newlines.
    const bodyText = blocksOf(document.querySelector('article')!)
      .map((b) => b.text)
      .join('\n');
    for (const flag of flags) {
      expect(bodyText.slice(flag.sentence.start, flag.sentence.end)).toBe(flag.sentence.text);
      expect(bodyText.slice(flag.cue.start, flag.cue.end)).toBe(flag.cue.text);
    }
    expect(stats).toEqual({ sentences: 4, flagged: 2, byCategory: { anonymous: 1, vague: 0, secondhand: 0, hedged: 1 } });
    expect(sources.map((s) => s.name)).toEqual(['reportedly', 'insiders']);
    expect(api.registry.texts(HIGHLIGHT_NAMES.hedged)).toEqual(['It reportedly needs new cables.']);
    expect(api.registry.texts(HIGHLIGHT_NAMES.anonymous)).toEqual(['Insiders say the bill could double.']);
    expect(api.registry.texts(CUE_HIGHLIGHT)).toEqual(['reportedly', 'Insiders']);
    expect(scanner.entries().map((e) => e.sentence.toString())).toEqual([
      'It reportedly needs new cables.',
      'Insiders say the bill could double.',
    ]);
  });

  it('does not re-analyse unchanged blocks on a rescan, and analyses a changed one', async () => {
    const { analyze, scanner } = setup();
    const article = document.querySelector('article')!;
    scanner.setBlocks(blocksOf(article));
    await scanner.whenIdle();
    expect(analyze).toHaveBeenCalledTimes(3);

    document.getElementById('c')!.textContent = 'Others think the mayor is wrong.';
    scanner.setBlocks(blocksOf(article));
    await scanner.whenIdle();
    expect(analyze).toHaveBeenCalledTimes(4);
    expect(analyze).toHaveBeenLastCalledWith('Others think the mayor is wrong.');
    expect(scanner.scanResult().flags.map((f) => f.category)).toEqual(['hedged', 'anonymous', 'vague']);
  });

  it('adds blocks in reading order and drops flags whose text left the page', async () => {
    const { api, scanner } = setup();
    const article = document.querySelector('article')!;
    scanner.setBlocks(blocksOf(article));
    await scanner.whenIdle();

    const early = document.createElement('p');
    early.textContent = 'Media reports describe a delay.';
    article.prepend(early);
    scanner.upsertBlocks([buildBlock(early, () => true, document)!]);
    await scanner.whenIdle();
    expect(scanner.scanResult().flags.map((f) => [f.id, f.category])).toEqual([
      [0, 'secondhand'],
      [1, 'hedged'],
      [2, 'anonymous'],
    ]);

    document.getElementById('b')!.remove();
    scanner.prune();
    expect(scanner.scanResult().flags.map((f) => f.category)).toEqual(['secondhand', 'hedged']);
    expect(scanner.flaggedCount).toBe(2);
    expect(api.registry.texts(HIGHLIGHT_NAMES.anonymous)).toEqual([]);
  });

  it('category toggles repaint and recount without re-analysing', async () => {
    const { analyze, api, scanner } = setup();
    scanner.setBlocks(blocksOf(document.querySelector('article')!));
    await scanner.whenIdle();
    analyze.mockClear();

    scanner.setEnabledCategories(['anonymous']);
    expect(analyze).not.toHaveBeenCalled();
    expect(scanner.scanResult().stats.flagged).toBe(1);
    expect(scanner.flaggedCount).toBe(1);
    expect(scanner.scanResult().stats.byCategory.hedged).toBe(0);
    expect(scanner.scanResult().sources.map((s) => s.name)).toEqual(['insiders']);
    expect(api.registry.texts(HIGHLIGHT_NAMES.hedged)).toEqual([]);
    expect(api.registry.texts(CUE_HIGHLIGHT)).toEqual(['Insiders']);

    scanner.setEnabledCategories(['anonymous', 'hedged']);
    expect(scanner.scanResult().flags.map((f) => f.category)).toEqual(['hedged', 'anonymous']);
    expect(api.registry.texts(HIGHLIGHT_NAMES.hedged)).toEqual(['It reportedly needs new cables.']);
    expect(analyze).not.toHaveBeenCalled();
  });

  it('works in time slices: yields between slices and reports progress after each', async () => {
    document.body.innerHTML = `<article>${'<p>Insiders say it is so.</p>'.repeat(50)}</article>`;
    let clock = 0;
    // Each analysis "takes" 1 ms: a slice holds SLICE_BUDGET_MS blocks.
    const { analyze, onChange, scanner, yields } = setup({ now: () => clock });
    analyze.mockImplementation((text) => {
      clock += 1;
      return fakeAnalyze(text);
    });
    scanner.setBlocks(blocksOf(document.querySelector('article')!));
    expect(analyze).not.toHaveBeenCalled(); // never in the caller's task
    expect(scanner.busy).toBe(true);
    await scanner.whenIdle();
    expect(analyze).toHaveBeenCalledTimes(50);
    // One yield before the first slice, one between slices.
    expect(yields.count).toBe(Math.ceil(50 / SLICE_BUDGET_MS));
    expect(onChange.mock.calls.length).toBeGreaterThanOrEqual(Math.ceil(50 / SLICE_BUDGET_MS));
    expect(scanner.scanResult().stats.flagged).toBe(50);
  });

  it('builds blocks given as text nodes only when their turn comes', async () => {
    const { analyze, scanner } = setup();
    scanner.setBlocks(groupByBlock(allTextNodes(document.querySelector('article')!)));
    expect(analyze).not.toHaveBeenCalled();
    await scanner.whenIdle();
    // The article's own white space makes an empty block: dropped, not analysed.
    expect(analyze).toHaveBeenCalledTimes(3);
    expect(scanner.blockCount).toBe(3);
    expect(scanner.scanResult().flags.map((f) => f.cue.text)).toEqual(['reportedly', 'Insiders']);
  });

  it('survives an analyzer that throws on one block', async () => {
    const onError = vi.fn();
    const api = fakeHighlightApi();
    const scanner = new PageScanner({
      analyze: (text) => {
        if (text.startsWith('Insiders')) throw new Error('boom');
        return fakeAnalyze(text);
      },
      painter: createHighlightPainter(api),
      doc: document,
      yieldToMain: async () => {},
      onError,
    });
    scanner.setBlocks(blocksOf(document.querySelector('article')!));
    await scanner.whenIdle();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(scanner.scanResult().flags.map((f) => f.category)).toEqual(['hedged']);
  });
});
