#!/usr/bin/env node
// The scanner's entry point: tsx lets Node run the same TypeScript modules the extension bundles.
import { register } from 'tsx/esm/api';

// A reader that stops reading (`| head`) ends the run quietly, as it ends cat or grep.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit();
});

register();
const { runCli } = await import('./main.ts');
const { nodeIo } = await import('./node-io.ts');
process.exitCode = await runCli(process.argv.slice(2), nodeIo);
