/** Inside a worker thread: scans each input the pool sends and posts back what to print. */
import { parentPort, workerData } from 'node:worker_threads';
import { nodeReader } from '../input/node-reader.ts';
import type { ScanSettings } from '../outcome.ts';
import { scanInput } from '../input/scan-input.ts';
import type { ScanTask, WorkerMessage } from './worker-pool.ts';
import { withStdin } from '../input/read-input.ts';
import { useLanguage } from '../output/i18n.ts';

const settings = workerData as ScanSettings;
const port = parentPort!;
// Each thread has its own catalog: the worker prints in the language the command chose.
if (settings.language) await useLanguage(settings.language);

/** One task after another, never two at once: the pool knows the first it sent is the one running. */
let previous: Promise<void> = Promise.resolve();

port.on('message', ({ id, argument, stdin }: ScanTask) => {
  previous = previous.then(async () => {
    const outcome = await scanInput(argument, stdin ? withStdin(nodeReader, stdin) : nodeReader, settings);
    port.postMessage({ id, outcome } satisfies WorkerMessage);
  });
});
port.postMessage({ ready: true } satisfies WorkerMessage);
