/**
 * Reads the article body for each rescan: finds it, then gathers its text blocks. A long body's
 * top is handed over first; the rest is gathered once that top is painted (or after
 * TOP_FIRST_WAIT_MS), so the page's main thread is free for the first answer meanwhile (yielding
 * lets the page run, but our own continuations would go first).
 */
import type { ArticleBody } from './article-body.ts';
import { FIRST_SCREEN_CHARS } from '../engine/analysis-run.ts';
import { findBody } from './find-body.ts';
import { gatherBlocks, SYNC_GROUP_MAX_NODES } from './gather-blocks.ts';
import type { PageSessionDeps } from '../engine/session-deps.ts';
import type { PendingBlock } from './text-blocks.ts';

/** The rest of a long body waits at most this long for its top to be painted. */
export const TOP_FIRST_WAIT_MS = 300;

type ReaderDeps = Pick<PageSessionDeps, 'doc' | 'readability' | 'loadReadability' | 'setTimeout' | 'yieldToMain' | 'now'>;

export interface BodyRead {
  force: boolean;
  /** True once a newer rescan began: this one stops. */
  stale: () => boolean;
  /** The body was looked for: found, or null when the page has none. */
  found: (body: ArticleBody | null) => void;
  /** Blocks to analyse: a long body's top first, then the whole. */
  blocks: (blocks: PendingBlock[]) => void;
}

export class BodyReader {
  /** The body the latest rescan found. */
  body: ArticleBody | null = null;
  private topPainted: (() => void) | null = null;

  constructor(
    private readonly deps: ReaderDeps,
    private readonly timeWork: <T>(work: () => T) => T,
  ) {}

  async read({ force, stale, found, blocks }: BodyRead): Promise<void> {
    const body = await findBody(this.deps, { force }, this.timeWork);
    if (stale()) return;
    this.body = body;
    found(body);
    if (!body) return;
    const topPainted = new Promise<void>((resolve) => {
      this.topPainted = resolve;
      this.deps.setTimeout(resolve, TOP_FIRST_WAIT_MS);
    });
    const gathered = await gatherBlocks(body, { ...this.deps, timeWork: this.timeWork }, stale, blocks, () => topPainted);
    this.topPainted = null;
    if (gathered && !stale()) blocks(gathered);
  }

  /** A chunk was painted: a long body waiting for its top to show goes on. */
  chunkPainted(): void {
    this.topPainted?.();
  }

  clear(): void {
    this.body = null;
  }

  /** A body too long to group at once is long: its first chunk is a screenful, painted first. */
  firstChunkChars(): number | undefined {
    return this.body && (this.body.textNodes?.length ?? Infinity) > SYNC_GROUP_MAX_NODES ? FIRST_SCREEN_CHARS : undefined;
  }

  /**
   * The length of a body read only in part: the rest of a huge body is never walked, so it is
   * told from its paragraphs, which the browser counts without reading them.
   */
  estimateTotal(scanned: number, read: number): number {
    const paragraphs = this.body?.root.getElementsByTagName('p').length ?? 0;
    return paragraphs > read ? Math.round((scanned / Math.max(read, 1)) * paragraphs) : scanned;
  }
}
