import { describe, expect, it, vi } from 'vitest';
import { ANALYSIS_CACHE_SIZE, cachedAnalysis } from '../../../../page/engine/analysis-cache.ts';
import { fakeAnalyze } from '../fakes.ts';

describe('analyses the engine already has', () => {
  it('are not asked for again; others are, and a failure is forgotten', async () => {
    const send = vi.fn(async (text: string) => {
      if (text === 'fails') throw new Error('the background restarted');
      return fakeAnalyze(text);
    });
    const analyze = cachedAnalysis(send);
    await analyze('Insiders say so.');
    await analyze('Insiders say so.');
    await analyze('Critics say not.');
    expect(send).toHaveBeenCalledTimes(2);
    await expect(analyze('fails')).rejects.toThrow();
    await expect(analyze('fails')).rejects.toThrow();
    expect(send).toHaveBeenCalledTimes(4);
  });

  it('keep at most the cache size, dropping the least recently used', async () => {
    const send = vi.fn(async (text: string) => fakeAnalyze(text));
    const analyze = cachedAnalysis(send);
    for (let i = 0; i <= ANALYSIS_CACHE_SIZE; i++) await analyze(`text ${i}`);
    await analyze('text 0');
    expect(send).toHaveBeenCalledTimes(ANALYSIS_CACHE_SIZE + 2);
  });
});
