/**
 * The parts a page session drives, made and joined once: the body reader and its blocks, the
 * analysis loop, the flag and note layers, the reader's marks and the flag navigator. The
 * session (session.ts) decides when each runs; what it must know of the session comes in as
 * `SessionHooks`.
 */
import type { Settings } from '../../contract/settings.ts';
import { BodyBlocks } from '../body/body-blocks.ts';
import { BodyReader } from '../body/body-reader.ts';
import { NoteLayer } from '../marks/note-layer.ts';
import { ReaderMarks } from '../marks/reader-marks.ts';
import { FlagLayer } from '../paint/flag-layer.ts';
import { createFlagNavigator, type FlagNavigator } from '../paint/flag-navigation.ts';
import { AnalysisLoop } from './analysis-loop.ts';
import type { AnalysisRunResult } from './analysis-run.ts';
import { RescanThrottle } from './rescan-throttle.ts';
import type { PageSessionDeps } from './session-deps.ts';

export interface SessionHooks {
  settings: () => Settings;
  /** Settles when the reader's notes and dismissals for the page are in. */
  stored: () => Promise<void>;
  generation: () => number;
  timeWork: <T>(work: () => T) => T;
  analysed: (result: AnalysisRunResult) => void;
}

export interface SessionParts {
  blocks: BodyBlocks;
  reader: BodyReader;
  flags: FlagLayer;
  notes: NoteLayer;
  marks: ReaderMarks;
  analysis: AnalysisLoop;
  rescans: RescanThrottle;
  navigator: FlagNavigator;
}

export function createSessionParts(deps: PageSessionDeps, hooks: SessionHooks): SessionParts {
  const blocks = new BodyBlocks();
  const flags = new FlagLayer(deps.painter, deps);
  // Not given timeWork: entries that came only with notes would tell the page of them (issue #19).
  const notes = new NoteLayer({ ...deps, painter: deps.notePainter });
  const reader = new BodyReader(deps, hooks.timeWork);
  const marks = new ReaderMarks({
    ...deps,
    notes,
    flags,
    enabledCategories: () => hooks.settings().enabledCategories,
    onError: (error) => deps.onError?.(error),
  });
  const analysis = new AnalysisLoop({
    ...deps,
    // Sent at once; answered only when the stored marks are in (see PageSession.start).
    analyze: async (text) => {
      const analysis = deps.analyze(text);
      await hooks.stored();
      return analysis;
    },
    blocks,
    timeWork: hooks.timeWork,
    generation: hooks.generation,
    estimateTotal: (scanned, read) => reader.estimateTotal(scanned, read),
    firstChunk: () => reader.firstChunkChars(),
    onChunk: (index, chunk, body) => {
      flags.setChunk(index, chunk, body);
      reader.chunkPainted();
    },
    onDone: hooks.analysed,
    onError: (error) => deps.onError?.(error),
  });
  const navigator = createFlagNavigator({
    ...deps,
    entries: () => flags.entries(),
    focus: (range) => deps.painter.focus(range),
    ...(deps.onFlagRevealed ? { onReveal: deps.onFlagRevealed } : {}),
  });
  return { blocks, reader, flags, notes, marks, analysis, rescans: new RescanThrottle(deps), navigator };
}
