/**
 * Runs the analysis of the body, one run at a time: a request while a run is going makes one
 * more run after it (however many requests came), so a page that keeps changing is read again
 * once its changes settle, never twice at once.
 */
import { runAnalysis, type AnalysedChunk, type AnalysisRunDeps, type AnalysisRunResult } from './analysis-run.ts';
import type { BodyBlocks } from '../body/body-blocks.ts';
import type { BodyText } from '../body/body-text.ts';

export interface AnalysisLoopDeps extends Omit<AnalysisRunDeps, 'isStale' | 'onChunk' | 'blocks' | 'firstChunkChars'> {
  /** The first chunk's size for the run about to start (a long body's is a screenful). */
  firstChunk?: () => number | undefined;
  blocks: BodyBlocks;
  /** Bumped by the session on every rescan and stop: a run of an older generation is dropped. */
  generation: () => number;
  onChunk: (index: number, chunk: AnalysedChunk, body: BodyText) => void;
  onDone: (result: AnalysisRunResult) => void;
  onError: (error: unknown) => void;
}

export class AnalysisLoop {
  private running: Promise<void> | null = null;
  private again = false;

  constructor(private readonly deps: AnalysisLoopDeps) {}

  get busy(): boolean {
    return this.running !== null;
  }

  request(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    const generation = this.deps.generation();
    const version = this.deps.blocks.version;
    let index = 0;
    const firstChunkChars = this.deps.firstChunk?.();
    this.running = runAnalysis({
      ...this.deps,
      ...(firstChunkChars ? { firstChunkChars } : {}),
      isStale: () => generation !== this.deps.generation() || version !== this.deps.blocks.version,
      onChunk: (chunk, body) => this.deps.onChunk(index++, chunk, body),
    })
      .then((result) => {
        if (result) this.deps.onDone(result);
      })
      .catch((error: unknown) => this.deps.onError(error))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          if (generation === this.deps.generation()) this.request();
        }
      });
  }

  /** Resolves when no run is going and none is waiting. */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }
}
