// A stand-in for cli/scan-worker.mjs in the pool's tests: echoes each input back, and dies on "crash".
import { parentPort, workerData } from 'node:worker_threads';

if (workerData.failToStart) throw new Error('cannot load the scanner');
parentPort.on('message', ({ argument, stdin }) => {
  if (argument.includes('crash')) process.exit(3);
  const output = stdin ? `${argument}:${new TextDecoder().decode(stdin)}` : `${argument}:${workerData.json ? 'json' : 'people'}`;
  setTimeout(() => parentPort.postMessage({ outcome: { ok: true, output } }), argument.includes('slow') ? 50 : 0);
});
parentPort.postMessage({ ready: true });
