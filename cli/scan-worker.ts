/** Inside a worker thread: scans each input the pool sends and posts back what to print. */
import { parentPort, workerData } from 'node:worker_threads';
import { nodeReader } from './node-reader.ts';
import type { ScanSettings } from './outcome.ts';
import { scanInput } from './scan-input.ts';
import type { ScanTask } from './worker-pool.ts';

const settings = workerData as ScanSettings;

parentPort!.on('message', async ({ argument, stdin }: ScanTask) => {
  const reader = stdin
    ? {
        ...nodeReader,
        readStdin: async function* () {
          yield stdin;
        },
      }
    : nodeReader;
  parentPort!.postMessage(await scanInput(argument, reader, settings));
});
