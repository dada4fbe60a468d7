/**
 * The Markdown export: notes grouped under their article, for reading or pasting into a
 * document. Every piece of page text is escaped, because a passage is whatever the page said:
 * it must come out as the words it was, never as a link, heading, image or HTML tag.
 */
import { categoryLabel } from '../shared/category-labels.ts';
import type { Article, Note } from '../shared/note-model.ts';

// Characters that start inline Markdown anywhere in a line: code, emphasis, links and images,
// HTML and autolinks, entities, table cells, strikethrough. The backslash comes first so the
// escapes added here are not escaped again.
const INLINE_SPECIAL = /[\\`*_[\]<>&|~]/g;
// What starts a block when it opens a line: headings, quotes, lists, rules, setext underlines.
const BLOCK_START = /^(\s*)([#>+=-]|\d+(?=[.)]))/;

/** One line of page or reader text made literal. */
function escapeLine(line: string): string {
  // Leading spaces are dropped: four of them would turn the line into a code block.
  const escaped = line.trimStart().replace(INLINE_SPECIAL, (char) => `\\${char}`);
  // A list number is escaped on its dot ("1\."), the rest by a backslash before the character.
  return escaped.replace(BLOCK_START, (_all, space: string, start: string) =>
    /^\d/.test(start) ? `${space}${start}\\` : `${space}\\${start}`,
  );
}

/** Page text as literal Markdown, line by line (a line break stays a line break). */
export function escapeMarkdown(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map(escapeLine)
    .join('\n');
}

/** Text as a block quote: every line, blank ones too, keeps its `>` so the quote stays one block. */
function blockQuote(text: string): string {
  return escapeMarkdown(text)
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
}

/** Several lines inside one list item: a backslash at the end of a line is a hard line break. */
function inlineLines(text: string): string {
  return escapeMarkdown(text).split('\n').join('\\\n  ');
}

function noteBlock(note: Note): string {
  const lines = [blockQuote(note.quote.exact), ''];
  if (note.category) lines.push(`- Flag: ${categoryLabel(note.category)}`);
  if (note.comment) lines.push(`- Comment: ${inlineLines(note.comment)}`);
  if (note.tags.length > 0) lines.push(`- Tags: ${note.tags.map(escapeMarkdown).join(', ')}`);
  return lines.join('\n').trimEnd();
}

function articleBlock(url: string, article: Article | undefined, notes: Note[]): string {
  const heading = article?.title.trim() ? article.title.trim().replace(/\s+/g, ' ') : url;
  // URLs are http(s) and serialised by the URL parser, so they hold no spaces or angle brackets
  // and are safe inside an autolink.
  const lines = [`## ${escapeMarkdown(heading)}`, '', `- Link: <${url}>`];
  const site = article?.site || notes[0]?.site;
  if (site) lines.push(`- Site: ${escapeMarkdown(site)}`);
  if (article?.byline) lines.push(`- By: ${escapeMarkdown(article.byline.replace(/\s+/g, ' '))}`);
  if (article?.publishedAt) lines.push(`- Published: ${escapeMarkdown(article.publishedAt)}`);
  return [lines.join('\n'), ...notes.map(noteBlock)].join('\n\n');
}

/**
 * All notes as one Markdown document: articles in the order of their first note, notes in the
 * order given (the caller passes them by date).
 */
export function notesToMarkdown(articles: Article[], notes: Note[], exportedAt: string): string {
  const byUrl = new Map(articles.map((article) => [article.url, article]));
  const groups = new Map<string, Note[]>();
  for (const note of notes) {
    const group = groups.get(note.articleUrl);
    if (group) group.push(note);
    else groups.set(note.articleUrl, [note]);
  }
  const header = `# Sourcelight notes\n\nExported ${exportedAt}: ${notes.length} ${notes.length === 1 ? 'note' : 'notes'} from ${groups.size} ${groups.size === 1 ? 'article' : 'articles'}.`;
  const sections = [...groups].map(([url, group]) => articleBlock(url, byUrl.get(url), group));
  return `${[header, ...sections].join('\n\n---\n\n')}\n`;
}
