/** The scanner's real surroundings: standard streams, the machine's cores, worker threads, and the real inputs. */
import { availableParallelism } from 'node:os';
import type { CliIo } from './main.ts';
import { nodeReader } from './input/node-reader.ts';
import { WorkerPool } from './batch/worker-pool.ts';

export const nodeIo: CliIo = {
  ...nodeReader,
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  isTerminal: Boolean(process.stdout.isTTY),
  progress: process.stderr.isTTY ? (raw) => process.stderr.write(raw) : undefined,
  cores: availableParallelism(),
  env: process.env,
  startWorkers: (options) => new WorkerPool(options),
};
