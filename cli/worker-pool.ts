/**
 * Scans inputs in worker threads, one input per worker at a time, so a batch uses every core.
 * Each worker reads its own files and URLs; standard input is read here and handed over. A worker
 * that dies takes only its current input with it: that input fails, and a new worker takes its place.
 */
import { Worker } from 'node:worker_threads';
import { t } from './i18n.ts';
import { failure, type ScanOutcome, type ScanSettings, type Scanner } from './outcome.ts';
import { collectBytes } from './read-input.ts';
import { InputError } from './input-error.ts';

const WORKER_SCRIPT = new URL('./scan-worker.mjs', import.meta.url);

export interface ScanTask {
  argument: string;
  /** Standard input's bytes, for the argument "-". */
  stdin?: Uint8Array;
}

interface QueuedTask extends ScanTask {
  resolve(outcome: ScanOutcome): void;
}

export class WorkerPool implements Scanner {
  readonly #queue: QueuedTask[] = [];
  readonly #idle: Worker[] = [];
  readonly #running = new Map<Worker, QueuedTask>();
  #live = 0;
  #closing = false;

  constructor(
    private readonly size: number,
    private readonly settings: ScanSettings,
    private readonly readStdin: () => AsyncIterable<Uint8Array>,
    private readonly script: URL = WORKER_SCRIPT,
  ) {
    // Started at once: a worker takes a few hundred milliseconds to load the scanner's modules.
    for (let index = 0; index < size; index++) this.#idle.push(this.#start());
  }

  async scan(argument: string): Promise<ScanOutcome> {
    let stdin: Uint8Array | undefined;
    if (argument === '-') {
      try {
        stdin = await collectBytes(this.readStdin());
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
    const workers = [...this.#idle, ...this.#running.keys()];
    this.#idle.length = 0;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  #dispatch(): void {
    while (this.#queue.length > 0 && this.#idle.length === 0 && this.#live < this.size) this.#idle.push(this.#start());
    while (this.#queue.length > 0 && this.#idle.length > 0) {
      const worker = this.#idle.pop()!;
      const task = this.#queue.shift()!;
      this.#running.set(worker, task);
      const { argument, stdin } = task;
      worker.postMessage({ argument, stdin } satisfies ScanTask);
    }
  }

  #start(): Worker {
    const worker = new Worker(this.script, { workerData: this.settings });
    this.#live++;
    let lastError: Error | undefined;
    worker.on('message', (outcome: ScanOutcome) => {
      const task = this.#running.get(worker);
      this.#running.delete(worker);
      this.#idle.push(worker);
      task?.resolve(outcome);
      this.#dispatch();
    });
    worker.on('error', (error) => {
      lastError = error;
    });
    worker.on('exit', (code) => {
      this.#live--;
      if (this.#closing) return;
      const task = this.#running.get(worker);
      this.#running.delete(worker);
      const index = this.#idle.indexOf(worker);
      if (index >= 0) this.#idle.splice(index, 1);
      task?.resolve(failure(task.argument, t('cli.reason.scanFailed', { detail: lastError?.message ?? `exit ${code}` })));
      this.#dispatch(); // starts a worker in its place, if there is work for one
    });
    return worker;
  }
}
