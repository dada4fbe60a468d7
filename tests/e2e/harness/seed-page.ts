import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { allSentences } from './settled-highlights.ts';

export const SEED_ARTICLE_PATH = fileURLToPath(new URL('../../fixtures/seed-article.txt', import.meta.url));

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The seed article as a plain article page: its first line as the headline, lines starting
 * "- " as a list, every other line a paragraph.
 */
export function seedArticleHtml(): string {
  const [headline = '', ...lines] = readFileSync(SEED_ARTICLE_PATH, 'utf8').split('\n');
  const body = lines
    .map((line) => (line.startsWith('- ') ? `<ul><li>${escapeHtml(line.slice(2))}</li></ul>` : `<p>${escapeHtml(line)}</p>`))
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${escapeHtml(headline)}</title><meta property="og:type" content="article">
</head><body><article><h1>${escapeHtml(headline)}</h1>
${body}
</article></body></html>`;
}

/** The seed table of docs/what-is-flagged.md: each flagged sentence's start and its registry entry. */
export const SEED_FLAGS: Array<[string, string]> = [
  ['Former Vice President Kamala Harris reportedly spoke with Hillary Clinton', 'sourcelight-hedged'],
  ['Not much is known about the details', 'sourcelight-anonymous'],
  ['Some political insiders speculated she will stage a gubernatorial run', 'sourcelight-anonymous'],
  ['Others think she still has her eye on another run', 'sourcelight-vague'],
  ['Per multiple sources, Biden told confidants', 'sourcelight-anonymous'],
  ['"Aides say the president has been careful', 'sourcelight-anonymous'],
  ['However, other prominent people in the left-leaning party blame', 'sourcelight-vague'],
  ['Sources spoke with New York Magazine', 'sourcelight-anonymous'],
];

export function expectSeedFlags(painted: Record<string, string[]>): void {
  expect(allSentences(painted)).toHaveLength(SEED_FLAGS.length);
  for (const [start, registryName] of SEED_FLAGS) {
    expect(
      painted[registryName]!.filter((sentence) => sentence.startsWith(start)),
      start,
    ).toHaveLength(1);
  }
}
