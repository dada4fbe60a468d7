/**
 * Realistic generated news pages for the scanner's batch benchmark: a head with metadata, inline
 * styles and scripts, a navigation bar, an article body with attribution sentences, a reader
 * comment section, a sidebar, a footer, HTML comments and more scripts — 100 to 300 kB each,
 * as news pages are. Every page is different and every run writes the same ones.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  between,
  headline,
  outletName,
  paragraph,
  person,
  pick,
  type Random,
  seededRandom,
  sentence,
  townName,
} from './news-prose.ts';

const SECTIONS = ['News', 'Local', 'Politics', 'Business', 'Sport', 'Culture', 'Opinion', 'Weather', 'Travel', 'Science'];
const ADJECTIVES = ['quick', 'lazy', 'sticky', 'hidden', 'primary', 'muted', 'wide', 'compact', 'dark', 'inline'];
const NOUNS = ['card', 'rail', 'banner', 'grid', 'teaser', 'slot', 'menu', 'badge', 'player', 'panel'];

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const className = (random: Random) => `${pick(random, ADJECTIVES)}-${pick(random, NOUNS)}-${between(random, 1, 99)}`;

function stylesheet(random: Random, bytes: number): string {
  const rules: string[] = [];
  for (let size = 0; size < bytes; ) {
    const rule = `.${className(random)}>.${className(random)}{margin:${between(random, 0, 32)}px ${between(random, 0, 16)}px;color:#${between(random, 0x100000, 0xffffff).toString(16)};font-size:${between(random, 10, 28)}px}`;
    rules.push(rule);
    size += rule.length;
  }
  return `<style>${rules.join('\n')}</style>`;
}

/** Minified-looking tracking and widget code, with the odd "<" and quoted markup inside strings. */
function script(random: Random, bytes: number): string {
  const lines: string[] = [];
  for (let size = 0; size < bytes; ) {
    const name = `${pick(random, NOUNS)}${between(random, 0, 999)}`;
    const line = pick(random, [
      `function ${name}(a,b){if(a<b){return a*${between(random, 2, 9)}+b}return"<div class=\\"${className(random)}\\">"+b+"</div>"}`,
      `var ${name}={id:${between(random, 1, 1e6)},slot:"${className(random)}",sizes:[[300,250],[728,90]],lazy:${random() < 0.5}};`,
      `window.dataLayer=window.dataLayer||[];window.dataLayer.push({event:"${name}",section:"${pick(random, SECTIONS)}",t:${between(random, 1e9, 2e9)}});`,
      `document.querySelectorAll(".${className(random)}").forEach(function(e,i){e.setAttribute("data-i",i);if(i<3)e.hidden=false});`,
    ]);
    lines.push(line);
    size += line.length;
  }
  return `<script>${lines.join('\n')}</script>`;
}

function navigation(random: Random): string {
  const links = Array.from({ length: between(random, 40, 120) }, () => {
    const section = pick(random, SECTIONS);
    return `<li class="${className(random)}"><a href="/${section.toLowerCase()}/${between(random, 1, 9999)}">${section} ${between(random, 1, 99)}</a></li>`;
  });
  return `<header class="masthead"><a class="logo" href="/">${escapeHtml(outletName(random))}</a><nav aria-label="Sections"><ul>${links.join('')}</ul></nav></header>`;
}

function articleBody(random: Random, title: string, author: string, published: string): string {
  const parts = [`<h1>${escapeHtml(title)}</h1>`, `<p class="byline">By <a rel="author" href="/authors/x">${author}</a></p>`];
  parts.push(`<time datetime="${published}">${published.slice(0, 10)}</time>`);
  const paragraphs = between(random, 10, 40);
  for (let index = 0; index < paragraphs; index++) {
    parts.push(`<p>${escapeHtml(paragraph(random))}</p>`);
    const extra = random();
    if (extra < 0.08) parts.push(`<blockquote><p>${escapeHtml(sentence(random))}</p></blockquote>`);
    else if (extra < 0.14) {
      parts.push(
        `<figure><img src="/img/${between(random, 1, 1e5)}.jpg" alt=""><figcaption>${escapeHtml(sentence(random))}</figcaption></figure>`,
      );
    } else if (extra < 0.2)
      parts.push(
        `<!-- ad slot ${className(random)} --><div class="ad ${className(random)}" data-slot="${between(random, 1, 40)}"></div>`,
      );
    else if (extra < 0.24)
      parts.push(
        `<aside class="read-more"><a href="/news/${between(random, 1, 9999)}">${escapeHtml(headline(random))}</a></aside>`,
      );
  }
  return `<article class="story">${parts.join('\n')}</article>`;
}

function comments(random: Random): string {
  const items = Array.from(
    { length: between(random, 5, 40) },
    () =>
      `<div class="comment"><span class="author">${escapeHtml(person(random).split(' ')[0]!)}${between(random, 1, 99)}</span><p>${escapeHtml(sentence(random))}</p><button>Reply</button></div>`,
  );
  return `<section class="comments"><h2>Comments</h2>${items.join('\n')}</section>`;
}

function sidebar(random: Random): string {
  const items = Array.from(
    { length: between(random, 8, 25) },
    () => `<li><a href="/news/${between(random, 1, 9999)}">${escapeHtml(headline(random))}</a></li>`,
  );
  return `<aside class="sidebar"><h2>Most read</h2><ol>${items.join('')}</ol></aside>`;
}

function footer(random: Random): string {
  const links = SECTIONS.map((section) => `<a href="/${section.toLowerCase()}">${section}</a>`).join(' | ');
  return `<footer><!-- footer v${between(random, 1, 9)} -->${links}<p>© ${escapeHtml(outletName(random))}. All rights reserved.</p></footer>`;
}

export interface NewsPage {
  html: string;
  /** The article's paragraphs as plain text, for the plain-text benchmark. */
  text: string;
}

/** One page of 100–300 kB: the parts above, then scripts until it reaches its size. */
export function newsPage(seed: number): NewsPage {
  const random = seededRandom(seed * 7919 + 17);
  const target = between(random, 100_000, 300_000);
  const title = headline(random);
  const author = person(random);
  const site = outletName(random);
  const published = `2026-${String(between(random, 1, 12)).padStart(2, '0')}-${String(between(random, 1, 28)).padStart(2, '0')}T08:00:00Z`;
  const article = articleBody(random, title, author, published);
  const head = [
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)} | ${escapeHtml(site)}</title>`,
    `<meta property="og:title" content="${escapeHtml(title)}"><meta property="og:site_name" content="${escapeHtml(site)}">`,
    `<meta name="author" content="${author}"><meta property="article:published_time" content="${published}">`,
    `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${escapeHtml(title)}","dateline":"${townName(random)}"}</script>`,
    stylesheet(random, between(random, 5_000, 25_000)),
  ].join('\n');
  const body = [
    navigation(random),
    `<div class="layout"><main>${article}${comments(random)}</main>${sidebar(random)}</div>`,
    footer(random),
  ];
  const used = head.length + body.join('').length;
  const scriptCount = between(random, 2, 6);
  const scripts = Array.from({ length: scriptCount }, () => script(random, Math.max(1_000, (target - used) / scriptCount)));
  const html = `<!doctype html>\n<html lang="en"><head>\n${head}\n${scripts[0]}\n</head>\n<body>\n<!-- page ${seed} -->\n${body.join('\n')}\n${scripts.slice(1).join('\n')}\n</body></html>\n`;
  const text = [...article.matchAll(/<p>([^<]*)<\/p>/g)].map((match) =>
    match[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
  );
  return { html, text: `${title}\n\n${text.join('\n\n')}\n` };
}

/** Writes `count` pages into `folder` as page-0001.html… (and page-0001.txt… with their article text); returns the paths. */
export async function writeNewsPages(folder: string, count: number): Promise<{ html: string[]; text: string[] }> {
  await mkdir(folder, { recursive: true });
  const paths = { html: [] as string[], text: [] as string[] };
  for (let index = 1; index <= count; index++) {
    const page = newsPage(index);
    const stem = join(folder, `page-${String(index).padStart(4, '0')}`);
    await writeFile(`${stem}.html`, page.html);
    await writeFile(`${stem}.txt`, page.text);
    paths.html.push(`${stem}.html`);
    paths.text.push(`${stem}.txt`);
  }
  return paths;
}
