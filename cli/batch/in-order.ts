/**
 * Many inputs, scanned overlapping, printed in the order given: each input's output goes out as
 * soon as it and every input before it are done. Only a window of inputs past the first one not
 * yet printed is in flight, so a run over thousands of inputs holds a handful of reports, not all.
 */
import type { ScanOutcome, Scanner } from '../outcome.ts';

export interface InOrderRun {
  /** How many inputs may be started past the first one not yet printed. */
  window: number;
  /** Hears each outcome in input order. */
  print(outcome: ScanOutcome): void;
  /** Hears each outcome as soon as it is done, in whatever order (the progress line). */
  settled?(outcome: ScanOutcome): void;
}

export async function scanInOrder(inputs: readonly string[], scanner: Scanner, run: InOrderRun): Promise<void> {
  const inFlight = new Map<number, Promise<ScanOutcome>>();
  let started = 0;
  for (let next = 0; next < inputs.length; next++) {
    for (; started < inputs.length && started < next + Math.max(1, run.window); started++) {
      const outcome = scanner.scan(inputs[started]!);
      if (run.settled) outcome.then(run.settled);
      inFlight.set(started, outcome);
    }
    const outcome = await inFlight.get(next)!;
    inFlight.delete(next);
    run.print(outcome);
  }
}
