/**
 * Three browsers of the same build, launched the same way (a persistent context with one unpacked
 * extension, the same flags): one with Sourcelight, one with an empty extension written to a
 * temporary folder at run time (a manifest and a background worker that does nothing, no content
 * script), and one with the least reader (page-floor-extension.ts). Loads in all are traced alike,
 * so a difference between them is the extension's.
 */
import { rmSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { openChromiumContext } from '../e2e/harness/browsers.ts';
import { writeExtension, writeLeastReaderExtension } from './page-floor-extension.ts';

export interface BenchContexts {
  sourcelight: BrowserContext;
  empty: BrowserContext;
  /** The least any in-page highlighter does: the floor under Sourcelight's ratio. */
  leastReader: BrowserContext;
  close(): Promise<void>;
}

/** An MV3 extension that does nothing: the "without" side carries an extension's set-up too. */
export function writeEmptyExtension(): string {
  const manifest = { name: 'Empty', background: { service_worker: 'background.js' } };
  return writeExtension('sourcelight-empty-extension-', manifest, { 'background.js': '' });
}

export async function openBenchContexts(sourcelightDir: string): Promise<BenchContexts> {
  const emptyDir = writeEmptyExtension();
  const withUs = await openChromiumContext(sourcelightDir);
  const without = await openChromiumContext(emptyDir);
  const leastDir = writeLeastReaderExtension();
  const least = await openChromiumContext(leastDir);
  return {
    sourcelight: withUs.context,
    empty: without.context,
    leastReader: least.context,
    async close() {
      for (const side of [withUs, without, least]) await side.context.close();
      for (const dir of [emptyDir, leastDir, withUs.profile, without.profile, least.profile]) {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
