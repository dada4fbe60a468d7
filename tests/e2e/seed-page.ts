import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SEED_ARTICLE_PATH = fileURLToPath(new URL('../../../shared/corpus/seed-article.txt', import.meta.url));

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
