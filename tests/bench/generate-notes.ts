/**
 * Ten thousand notes over three hundred articles, the same on every run (a seeded generator
 * mixes word lists written for the benchmarks): what a heavy reader's store holds after years.
 */
import type { Article, Note, NotesExport } from '../../contract/note-model.ts';
import { CATEGORIES } from '../../detector/types.ts';

export const NOTE_COUNT = 10_000;
export const ARTICLE_COUNT = 300;

// Word lists written for this benchmark; a seeded generator mixes them so every run stores the same notes.
const WHO = [
  'Officials',
  'People familiar with the matter',
  'Critics',
  'Insiders',
  'Analysts',
  'Aides to the minister',
  'Diplomats',
  'Several economists',
  'Union leaders',
  'Local residents',
];
const VERB = ['said', 'claimed', 'warned', 'suggested', 'insisted', 'reportedly believed', 'told reporters', 'argued'];
const SUBJECT = [
  'the budget',
  'the trade deal',
  'the minister',
  'the central bank',
  'the strike',
  'the election',
  'the summit',
  'the merger',
  'the ceasefire',
  'the council',
  'the hospital plan',
  'the new stadium',
];
const OUTCOME = [
  'would be delayed',
  'had collapsed overnight',
  'was close to agreement',
  'would resign by Friday',
  'faced a legal challenge',
  'was worth more than €2 billion',
  'had been quietly dropped',
  'would raise interest rates',
  'was under investigation',
  'could cost thousands of jobs',
];
const TAIL = [
  '',
  ' before the end of the year',
  ' despite public denials',
  ' according to documents seen by reporters',
  ' after weeks of talks',
  ' in Zürich and Genève',
  ' amid growing pressure',
];
const COMMENTS = [
  '',
  '',
  '',
  'Who exactly?',
  'Check against the official statement.',
  'Named later in the piece.',
  'Compare with the Reuters report.',
  'Follow up next week.',
];
const TAGS = ['economy', 'politics', 'europe', 'follow-up', 'labour', 'courts', 'energy', 'health', 'sport', 'climate'];
const SITES = [
  'news.example.com',
  'daily.example.org',
  'lemonde.example.fr',
  'tagesblatt.example.de',
  'times.example.co.uk',
  'wire.example.net',
];

export function generateNotesExport(): NotesExport {
  let seed = 20260105;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const start = Date.UTC(2024, 0, 1);
  const articles: Article[] = Array.from({ length: ARTICLE_COUNT }, (_, index) => {
    const site = SITES[index % SITES.length]!;
    return {
      url: `https://${site}/2025/story-${index}`,
      title: `${pick(SUBJECT)} ${pick(OUTCOME)}`.replace(/^\w/, (c) => c.toUpperCase()),
      site,
      byline: `Reporter ${index % 40}`,
      firstSeen: start + index * 3_600_000,
      lastSeen: start + index * 3_600_000,
      flagCounts: { anonymous: index % 5, vague: index % 3, secondhand: index % 2, hedged: index % 4 },
    };
  });
  const notes: Note[] = Array.from({ length: NOTE_COUNT }, (_, index) => {
    const article = articles[Math.floor(random() * ARTICLE_COUNT)]!;
    const exact = `${pick(WHO)} ${pick(VERB)} ${pick(SUBJECT)} ${pick(OUTCOME)}${pick(TAIL)}.`;
    const tags = [...new Set(Array.from({ length: Math.floor(random() * 3) }, () => pick(TAGS)))];
    const time = start + index * 600_000;
    const note: Note = {
      id: `bench-${index}`,
      articleUrl: article.url,
      site: article.site,
      quote: { exact, prefix: '', suffix: '' },
      position: { start: index * 7, end: index * 7 + exact.length },
      comment: pick(COMMENTS),
      tags,
      createdAt: time,
      updatedAt: time,
    };
    const category = random() < 0.8 ? pick(CATEGORIES) : undefined;
    if (category) note.category = category;
    return note;
  });
  return { format: 'sourcelight-notes', version: 1, exportedAt: new Date(start).toISOString(), articles, notes };
}
