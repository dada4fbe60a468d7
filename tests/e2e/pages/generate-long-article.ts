/**
 * A 5,000-paragraph article for the long-task test: the harness serves it at /long-article.html.
 * The text is varied and deterministic; every seventh paragraph carries a cue.
 */
export const LONG_ARTICLE_PARAGRAPHS = 5000;

const SUBJECTS = ['The council', 'The harbour authority', 'The rail operator', 'The school board', 'The water company'];
const ACTIONS = [
  'published its yearly accounts on Thursday',
  'opened a consultation on the new timetable',
  'said the work would finish before the winter',
  'confirmed that fares would stay the same',
  'agreed to hold a public meeting in the spring',
];
const CUED = [
  'Insiders say the plan was drawn up months ago.',
  'Critics say the figures leave out the cost of delays.',
  'According to media reports, the budget has already been spent.',
  'The project reportedly ran over by a third.',
];

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function longArticleParagraph(index: number): string {
  const subject = SUBJECTS[index % SUBJECTS.length]!;
  const action = ACTIONS[Math.floor(index / SUBJECTS.length) % ACTIONS.length]!;
  const base = `${subject} ${action}, in paragraph ${index + 1} of this report.`;
  return index % 7 === 3
    ? `${base} ${CUED[index % CUED.length]}`
    : `${base} Its chair, Dana Whitfield, said more details would follow.`;
}

export function generateLongArticle(paragraphs = LONG_ARTICLE_PARAGRAPHS): string {
  const body = Array.from({ length: paragraphs }, (_, i) => `<p>${escapeHtml(longArticleParagraph(i))}</p>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>The longest council report ever written | Long Reads</title>
<meta property="og:type" content="article">
<meta property="og:site_name" content="Long Reads">
</head>
<body>
<header><nav><a href="/">Long Reads</a></nav></header>
<main><article>
<h1>The longest council report ever written</h1>
${body}
</article></main>
<footer><p>© Long Reads</p></footer>
</body>
</html>`;
}
