#!/usr/bin/env node
// The scanner's entry point: tsx lets Node run the same TypeScript modules the extension bundles.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('./main.ts');
const { nodeIo } = await import('./node-io.ts');
process.exitCode = await runCli(process.argv.slice(2), nodeIo);
