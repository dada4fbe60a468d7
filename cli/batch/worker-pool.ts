/**
 * Scans inputs on several cores: in worker threads, each holding the next input while it scans one, and — when
 * asked — in this thread as well, which can start at once while the workers load the scanner's
 * modules (a few hundred milliseconds each). Workers read their own files and URLs; standard input
 * is read here and handed over. A worker that dies takes only the inputs it holds with it: they
 * fail, and a new worker takes its place.
 */
import { Worker } from 'node:worker_threads';
import { t } from '../output/i18n.ts';
import { InputError } from '../input/input-error.ts';
import { failure, type ScanOutcome, type ScanSettings, type Scanner } from '../outcome.ts';
import { collectBytes } from '../input/read-input.ts';

const WORKER_SCRIPT = new URL('./scan-worker.mjs', import.meta.url);

export interface ScanTask {
  /** Which task an outcome answers: a worker holds more than one. */
  id: number;
  argument: string;
  /** Standard input's bytes, for the argument "-". */
  stdin?: Uint8Array;
}

/** What a worker posts: once `ready` when it has loaded, then one outcome per task. */
export type WorkerMessage = { ready: true } | { id: number; outcome: ScanOutcome };

/**
 * Tasks a worker holds at once: the next is already there when it finishes one, so it never
 * waits for this thread, which may be in the middle of a page of its own.
 */
const TASKS_PER_WORKER = 2;

export interface PoolOptions {
  workers: number;
  settings: ScanSettings;
  readStdin: () => AsyncIterable<Uint8Array>;
  /** Scans a task in this thread, as one more slot beside the workers. */
  scanHere?: (task: Omit<ScanTask, 'id'>) => Promise<ScanOutcome>;
  /** The worker's script (tests give a stand-in). */
  script?: URL;
}

interface QueuedTask extends Omit<ScanTask, 'id'> {
  resolve(outcome: ScanOutcome): void;
}

const HERE = Symbol('this thread');
type Slot = Worker | typeof HERE;

export class WorkerPool implements Scanner {
  readonly #queue: QueuedTask[] = [];
  /** A slot once for each task it can take now. */
  readonly #idle: Slot[] = [];
  readonly #running = new Map<number, { slot: Slot; task: QueuedTask }>();
  #nextId = 0;
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
      const id = this.#nextId++;
      this.#running.set(id, { slot, task });
      const { argument, stdin } = task;
      // Started from the event loop, not straight on: a scan here may never wait for anything (a
      // regular file is read synchronously), and the workers' messages must get their turn between two.
      if (slot === HERE)
        setImmediate(() => this.options.scanHere!({ argument, stdin }).then((outcome) => this.#finished(id, outcome)));
      else slot.postMessage({ id, argument, stdin } satisfies ScanTask);
    }
    if (this.#cannotStart && this.#workers.size === 0 && !this.options.scanHere) {
      // No thread is left to scan in: say why, for every input still waiting.
      for (const task of this.#queue.splice(0)) task.resolve(this.#failed(task, this.#cannotStart));
    }
  }

  #finished(id: number, outcome: ScanOutcome): void {
    const running = this.#running.get(id);
    if (!running) return;
    this.#running.delete(id);
    this.#idle.push(running.slot);
    running.task.resolve(outcome);
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
        for (let place = 0; place < TASKS_PER_WORKER; place++) this.#idle.push(worker);
        this.#dispatch();
      } else this.#finished(message.id, message.outcome);
    });
    worker.on('error', (error) => {
      lastError = error;
    });
    worker.on('exit', (code) => {
      this.#workers.delete(worker);
      if (this.#closing) return;
      const detail = lastError?.message ?? t('cli.reason.workerExited', { code });
      if (!ready) this.#cannotStart = detail;
      for (let index = this.#idle.indexOf(worker); index >= 0; index = this.#idle.indexOf(worker)) this.#idle.splice(index, 1);
      // The worker takes its tasks one after another: the first it holds is the one that was
      // running, and fails; the others go back to the front of the queue.
      const held = [...this.#running].filter(([, running]) => running.slot === worker);
      for (const [id] of held) this.#running.delete(id);
      const [current, ...waiting] = held.map(([, running]) => running.task);
      current?.resolve(this.#failed(current, detail));
      this.#queue.unshift(...waiting);
      this.#dispatch(); // starts a worker in its place, if there is work for one
    });
  }
}
