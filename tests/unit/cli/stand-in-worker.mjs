// A stand-in for cli/scan-worker.mjs in the pool's tests: echoes each input back, and dies on "crash".
import { parentPort, workerData } from 'node:worker_threads';

if (workerData.failToStart) throw new Error('cannot load the scanner');
// One task after another, as the real worker takes them.
let previous = Promise.resolve();
parentPort.on('message', ({ id, argument, stdin }) => {
  previous = previous.then(async () => {
    if (argument.includes('crash')) process.exit(3);
    const output = stdin
      ? `${argument}:${new TextDecoder().decode(stdin)}`
      : `${argument}:${workerData.json ? 'json' : 'people'}`;
    await new Promise((wait) => setTimeout(wait, argument.includes('slow') ? 50 : 0));
    parentPort.postMessage({ id, outcome: { ok: true, output } });
  });
});
parentPort.postMessage({ ready: true });
