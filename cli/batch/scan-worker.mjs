// A worker thread of the scanner (see worker-pool.ts): tsx in this thread too, then the scanning code.
import { register } from 'tsx/esm/api';

register();
await import('./scan-worker.ts');
