/**
 * Generated pages for the page-speed benchmark and the end-to-end tests: a typical news article
 * (about 1,500 words in 40 paragraphs, with the furniture real pages carry), a search results
 * page and a web app of 20,000 nodes (neither is an article). Deterministic, written here.
 */
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const PLACES = ['Riverton', 'the county', 'the port district', 'Eastgate', 'the valley towns'];
const TOPICS = ['the bus depot', 'the water plant', 'the new library', 'the school budget', 'the harbour wall'];
const NAMED = ['Mayor Lena Okafor', 'Councillor Tom Reyes', 'Priya Natarajan, the city engineer', 'the transport department'];
const CUES = [
  'according to two officials familiar with the plans',
  'critics say',
  'local media reported',
  'reportedly',
  'people close to the mayor said',
  'some residents believe',
];

/** One paragraph of about 37 words; every fourth carries an unnamed-source cue. */
function articleParagraph(i: number): string {
  const place = PLACES[i % PLACES.length]!;
  const topic = TOPICS[Math.floor(i / 2) % TOPICS.length]!;
  const named = NAMED[i % NAMED.length]!;
  const first = `Work on ${topic} in ${place} moved into its ${i + 2}th week on Monday, with crews closing two lanes near the old market.`;
  if (i % 4 === 1) {
    const cue = CUES[Math.floor(i / 4) % CUES.length]!;
    return cue === 'reportedly'
      ? `${first} The contractor reportedly asked for another month, and the final bill is still not settled.`
      : `${first} The cost has risen again, ${cue}, and the council will be asked to approve it.`;
  }
  return `${first} ${named} said the schedule still holds and that residents will be told of any change in good time.`;
}

export function generateTypicalArticle(paragraphs = 40): string {
  const body = Array.from({ length: paragraphs }, (_, i) => `<p>${escapeHtml(articleParagraph(i))}</p>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Roadworks stretch into a second month | Riverton Herald</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Riverton Herald">
<meta property="article:published_time" content="2026-11-20T08:00:00Z">
<style>body{font:17px/1.6 Georgia,serif;max-width:44rem;margin:0 auto;padding:1rem}nav a{margin-right:1rem}</style>
</head><body>
<header><nav><a href="/">Home</a><a href="/news">News</a><a href="/sport">Sport</a><a href="/weather">Weather</a></nav></header>
<main><article>
<h1>Roadworks stretch into a second month</h1>
<p class="byline">By Sam Ortega</p>
${body}
</article>
<aside class="related"><h2>Read more</h2><ul><li><a href="/a">Bridge to reopen in spring</a></li><li><a href="/b">New bus routes start Monday</a></li></ul></aside>
</main>
<footer><p>© Riverton Herald</p></footer>
</body></html>`;
}

export function generateSearchResults(results = 50): string {
  const items = Array.from(
    { length: results },
    (_, i) =>
      `<li class="result"><a href="/r${i}"><h3>Result ${i + 1}: ${escapeHtml(TOPICS[i % TOPICS.length]!)} news</h3></a>` +
      `<cite>example.org/r${i}</cite><p>${escapeHtml(articleParagraph(i).slice(0, 150))}…</p></li>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>roadworks - Search</title></head>
<body><form role="search"><input name="q" value="roadworks"><button>Search</button></form>
<div id="results"><ol>${items}</ol></div><nav class="pages"><a href="?p=2">Next</a></nav></body></html>`;
}

/** A mail-client-like app: rows of short cells and buttons, 20,000 elements and text nodes in all. */
export function generateWebApp(rows = 2000): string {
  const row = (i: number) =>
    `<div class="row" role="row"><div class="cell"><input type="checkbox"></div><div class="cell from">Sender ${i}</div>` +
    `<div class="cell subject">Re: item ${i} of the list</div><div class="cell date">Nov ${(i % 28) + 1}</div><button>⋯</button></div>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Inbox (${rows})</title></head>
<body><div id="app"><div class="toolbar"><button>Compose</button><button>Refresh</button></div>
<div class="list" role="grid">${Array.from({ length: rows }, (_, i) => row(i)).join('')}</div></div></body></html>`;
}
