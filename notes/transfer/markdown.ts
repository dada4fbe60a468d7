/**
 * The Markdown export: notes grouped under their article, for reading or pasting into a
 * document. Every piece of page text is escaped, because a passage is whatever the page said:
 * it must come out as the words it was, never as a link, heading, image or HTML tag.
 */
import { shownOutlet } from '../../contract/article-url.ts';
import { i18n } from '#i18n';
import { categoryLabel } from '../../contract/category-labels.ts';
import type { Article, Note } from '../../contract/note-model.ts';

// Characters that start inline Markdown anywhere in a line: code, emphasis, links and images,
// HTML and autolinks, entities, table cells, strikethrough. The backslash comes first so the
// escapes added here are not escaped again.
const INLINE_SPECIAL = /[\\`*_[\]<>&|~]/g;
// What starts a block when it opens a line: headings, quotes, lists, rules, setext underlines.
const BLOCK_START = /^(\s*)([#>+=-]|\d+(?=[.)]))/;
// What renderers turn into a link with no brackets at all: "scheme://", "mailto:", "www." and
// e-mail addresses (GitHub-flavoured Markdown), bare host names like "example.com" (markdown-it's
// linkify), "@name" (GitHub mentions). Escaping the colon, every dot between a letter or digit
// and a letter, and every "@" cuts the text where such a link would be recognised, and renders
// the same characters.
const LINK_SCHEME = /([\p{L}\p{N}+.-]):(?=\/\/)|\b(mailto|xmpp):/giu;
const HOST_DOT = /(?<=[\p{L}\p{N}])\.(?=\p{L})/gu;
const AT_SIGN = /@/g;

/** Bare URLs, host names and e-mail addresses made plain text (after the inline escapes, which add none of these). */
function escapeBareLinks(text: string): string {
  return text
    .replace(LINK_SCHEME, (_all, before?: string, scheme?: string) => `${before ?? scheme}\\:`)
    .replace(HOST_DOT, '\\.')
    .replace(AT_SIGN, '\\@');
}

/** One line of page or reader text made literal. */
function escapeLine(line: string): string {
  // Leading spaces are dropped: four of them would turn the line into a code block.
  const escaped = escapeBareLinks(line.trimStart().replace(INLINE_SPECIAL, (char) => `\\${char}`));
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
  if (note.category) lines.push(`- ${i18n.t('notes.markdown.flag')}: ${escapeMarkdown(categoryLabel(note.category))}`);
  if (note.comment) lines.push(`- ${i18n.t('notes.markdown.comment')}: ${inlineLines(note.comment)}`);
  if (note.tags.length > 0) lines.push(`- ${i18n.t('notes.markdown.tags')}: ${note.tags.map(escapeMarkdown).join(', ')}`);
  return lines.join('\n').trimEnd();
}

function articleBlock(url: string, article: Article | undefined, notes: Note[]): string {
  const heading = article?.title.trim() ? article.title.trim().replace(/\s+/g, ' ') : url;
  // URLs are http(s) and serialised by the URL parser, so they hold no spaces or angle brackets
  // and are safe inside an autolink.
  const lines = [`## ${escapeMarkdown(heading)}`, '', `- ${i18n.t('notes.markdown.link')}: <${url}>`];
  // The outlet by the name the popup and the Notes page show, never the host (issue #18).
  const site = shownOutlet(article ?? { url });
  if (site) lines.push(`- ${i18n.t('notes.markdown.site')}: ${escapeMarkdown(site)}`);
  if (article?.byline) lines.push(`- ${i18n.t('notes.markdown.byline')}: ${escapeMarkdown(article.byline.replace(/\s+/g, ' '))}`);
  if (article?.publishedAt) lines.push(`- ${i18n.t('notes.markdown.published')}: ${escapeMarkdown(article.publishedAt)}`);
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
  const summary = i18n.t('notes.markdown.exported', {
    date: exportedAt,
    notes: i18n.t('notes.markdown.noteCount', notes.length),
    articles: i18n.t('notes.markdown.articleCount', groups.size),
  });
  const header = `# ${i18n.t('notes.markdown.title')}\n\n${summary}`;
  const sections = [...groups].map(([url, group]) => articleBlock(url, byUrl.get(url), group));
  return `${[header, ...sections].join('\n\n---\n\n')}\n`;
}
