// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MAX_CHUNK_CHARS, MAX_SCANNED_CHARS, runAnalysis, type AnalysedChunk } from '../../../../page/engine/analysis-run.ts';
import { BodyBlocks } from '../../../../page/body/body-blocks.ts';
import { groupByBlock } from '../../../../page/body/text-blocks.ts';
import { fakeAnalyze } from '../fakes.ts';

function bodyOf(paragraphs: string[]): BodyBlocks {
  document.body.innerHTML = paragraphs.map((text) => `<p>${text}</p>`).join('');
  const walker = document.createTreeWalker(document.body, 0x4);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const blocks = new BodyBlocks();
  blocks.set(groupByBlock(nodes));
  return blocks;
}

function run(blocks: BodyBlocks, options: { stale?: () => boolean; paragraphs?: number } = {}) {
  const chunks: AnalysedChunk[] = [];
  const sent: string[] = [];
  const result = runAnalysis({
    blocks,
    doc: document,
    analyze: async (text) => {
      sent.push(text);
      return fakeAnalyze(text);
    },
    yieldToMain: () => Promise.resolve(),
    now: () => performance.now(),
    timeWork: (work) => work(),
    isStale: options.stale ?? (() => false),
    onChunk: (chunk) => chunks.push(chunk),
    ...(options.paragraphs ? { estimateTotal: (scanned: number, read: number) => (scanned / read) * options.paragraphs! } : {}),
  });
  return { result, chunks, sent };
}

const paragraph = (i: number) =>
  `Paragraph ${i} says little. Insiders say paragraph ${i} matters a great deal to the story today.`;

describe('runAnalysis', () => {
  it('sends an ordinary article whole, as the scanner reads it', async () => {
    const { result, sent } = run(bodyOf([paragraph(1), paragraph(2), paragraph(3)]));
    const done = (await result)!;
    expect(sent).toEqual([done.body.text]);
    expect(done.body.text).toBe([paragraph(1), paragraph(2), paragraph(3)].join('\n'));
  });

  it('cuts a long body into chunks in reading order, each a slice of the body text, none over the limit', async () => {
    const texts = Array.from({ length: 1200 }, (_, i) => paragraph(i));
    const { result, chunks, sent } = run(bodyOf(texts));
    const done = (await result)!;
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.length).toBe(done.chunks);
    for (const [i, chunk] of chunks.entries()) {
      expect(sent[i]).toBe(done.body.text.slice(chunk.start, chunk.end));
      expect(chunk.end - chunk.start).toBeLessThanOrEqual(MAX_CHUNK_CHARS);
      if (i) expect(chunk.start).toBeGreaterThan(chunks[i - 1]!.start);
    }
    // Every paragraph's flag is found exactly once.
    expect(chunks.reduce((sum, chunk) => sum + chunk.analysis.flags.length, 0)).toBe(texts.length);
  });

  it('splits one enormous paragraph at sentence ends', async () => {
    // About twice the largest chunk (each sentence is over 20 characters).
    const huge = Array.from({ length: Math.ceil(MAX_CHUNK_CHARS / 10) }, (_, i) => `Sentence ${i} is here.`).join(' ');
    const { result, sent } = run(bodyOf([huge]));
    await result;
    expect(sent.length).toBeGreaterThan(1);
    expect(sent.every((text) => text.length <= MAX_CHUNK_CHARS)).toBe(true);
    expect(sent.slice(0, -1).every((text) => text.endsWith('. '))).toBe(true);
  });

  it('reads the first part of a body past the cap and says how much there was', async () => {
    const long = 'A reportedly long sentence that goes on. '.repeat(2500);
    const texts = Array.from({ length: Math.ceil(MAX_SCANNED_CHARS / long.length) + 5 }, () => long);
    const { result } = run(bodyOf(texts), { paragraphs: texts.length });
    const done = (await result)!;
    expect(done.capped!.scannedChars).toBeGreaterThanOrEqual(MAX_SCANNED_CHARS);
    // Told from the paragraphs not read: about the whole body's length.
    const whole = texts.length * (long.length + 1);
    expect(done.capped!.totalChars).toBeGreaterThan(whole * 0.9);
    expect(done.capped!.totalChars).toBeLessThan(whole * 1.1);
  });

  it('gives up when the page changes under it, and paints nothing stale', async () => {
    let stale = false;
    const texts = Array.from({ length: 1200 }, (_, i) => paragraph(i));
    const { result, chunks } = run(bodyOf(texts), { stale: () => stale });
    stale = true;
    expect(await result).toBeNull();
    expect(chunks).toEqual([]);
  });
});
