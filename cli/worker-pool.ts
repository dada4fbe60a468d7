/**
 * Scans inputs on several cores: in worker threads, one input per worker at a time, and — when
 * asked — in this thread as well, which can start at once while the workers load the scanner's
 * modules (a few hundred milliseconds each). Workers read their own files and URLs; standard input
 * is read here and handed over. A worker that dies takes only its current input with it: that
 * input fails, and a new worker takes its place.
 */
import { Worker } from 'node:worker_threads';
import { t } from './i18n.ts';
import { InputError } from './input-error.ts';
import { failure, type ScanOutcome, type ScanSettings, type Scanner } from './outcome.ts';
import { collectBytes } from './read-input.ts';

const WORKER_SCRIPT = new URL('./scan-worker.mjs', import.meta.url);

export interface ScanTask {
  argument: string;
  /** Standard input's bytes, for the argument "-". */
  stdin?: Uint8Array;
}

/** What a worker posts: once `ready` when it has loaded, then one outcome per task. */
export type WorkerMessage = { ready: true } | { outcome: ScanOutcome };

export interface PoolOptions {
  workers: number;
  settings: ScanSettings;
  readStdin: () => AsyncIterable<Uint8Array>;
  /** Scans a task in this thread, as one more slot beside the workers. */
  scanHere?: (task: ScanTask) => Promise<ScanOutcome>;
  /** The worker's script (tests give a stand-in). */
  script?: URL;
}

interface QueuedTask extends ScanTask {
  resolve(outcome: ScanOutcome): void;
}

const HERE = Symbol('this thread');
type Slot = Worker | typeof HERE;

export class WorkerPool implements Scanner {
  readonly #queue: QueuedTask[] = [];
  readonly #idle: Slot[] = [];
  readonly #running = new Map<Slot, QueuedTask>();
  readonly #workers = new Set<Worker>();
  /** Why a worker died before it was ready: then no more are started. */
  #cannotStart: string | undefined;
  #closing = false;

  constructor(private readonly options: PoolOptions) {
    if (options.scanHere) this.#idle.push(HERE);
    for (let index = 0; index < options.workers; index++) this.#start();
  }

  async scan(argument: string): Promise<ScanOutcome> {
    let stdin: Uint8Array | undefined;
    if (argument === '-') {
      try {
        stdin = await collectBytes(this.options.readStdin());
      } catch (error) {
        return failure(argument, error instanceof InputError ? error.message : String(error));
      }
    }
    return new Promise((resolve) => {
      this.#queue.push({ argument, stdin, resolve });
      this.#dispatch();
    });
  }

  async close(): Promise<void> {
    this.#closing = true;
    await Promise.all([...this.#workers].map((worker) => worker.terminate()));
  }

  #dispatch(): void {
    while (this.#queue.length > 0 && this.#workers.size < this.options.workers && !this.#cannotStart) this.#start();
    while (this.#queue.length > 0 && this.#idle.length > 0) {
      // A worker before this thread, which also prints the reports.
      const slot = this.#idle.find((idle) => idle !== HERE) ?? HERE;
      this.#idle.splice(this.#idle.indexOf(slot), 1);
      const task = this.#queue.shift()!;
      this.#running.set(slot, task);
      const { argument, stdin } = task;
      if (slot === HERE) this.options.scanHere!({ argument, stdin }).then((outcome) => this.#finished(HERE, outcome));
      else slot.postMessage({ argument, stdin } satisfies ScanTask);
    }
    if (this.#cannotStart && this.#workers.size === 0 && !this.options.scanHere) {
      // No thread is left to scan in: say why, for every input still waiting.
      for (const task of this.#queue.splice(0)) task.resolve(this.#failed(task, this.#cannotStart));
    }
  }

  #finished(slot: Slot, outcome: ScanOutcome): void {
    const task = this.#running.get(slot);
    this.#running.delete(slot);
    this.#idle.push(slot);
    task?.resolve(outcome);
    this.#dispatch();
  }

  #failed(task: QueuedTask, detail: string): ScanOutcome {
    return failure(task.argument, t('cli.reason.scanFailed', { detail }));
  }

  #start(): void {
    const worker = new Worker(this.options.script ?? WORKER_SCRIPT, { workerData: this.options.settings });
    this.#workers.add(worker);
    let ready = false;
    let lastError: Error | undefined;
    worker.on('message', (message: WorkerMessage) => {
      if ('ready' in message) {
        ready = true;
        this.#idle.push(worker);
        this.#dispatch();
      } else this.#finished(worker, message.outcome);
    });
    worker.on('error', (error) => {
      lastError = error;
    });
    worker.on('exit', (code) => {
      this.#workers.delete(worker);
      if (this.#closing) return;
      const detail = lastError?.message ?? t('cli.reason.workerExited', { code });
      if (!ready) this.#cannotStart = detail;
      const index = this.#idle.indexOf(worker);
      if (index >= 0) this.#idle.splice(index, 1);
      const task = this.#running.get(worker);
      this.#running.delete(worker);
      task?.resolve(this.#failed(task, detail));
      this.#dispatch(); // starts a worker in its place, if there is work for one
    });
  }
}
