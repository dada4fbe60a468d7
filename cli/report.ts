/**
 * The scanner's two outputs. The JSON line is a public contract: its keys and their order are
 * written out here one by one so that nothing the detector adds later leaks into it.
 */
import { explain } from './explanations.ts';
import { CATEGORIES, type Analysis, type Category, type Source, type TextSpan } from '../detector/types.ts';

export interface ArticleMetadata {
  title?: string;
  byline?: string;
  site?: string;
  publishedAt?: string;
}

export interface ScanReport {
  file: string;
  title?: string;
  flags: Array<{ category: Category; cue: TextSpan; sentence: TextSpan; explanation: string }>;
  sources: Array<{ name: string; kind: Source['kind']; category?: Category; mentions: TextSpan[] }>;
  stats: { sentences: number; flagged: number };
}

const span = ({ start, end, text }: TextSpan): TextSpan => ({ start, end, text });

export function scanReport(file: string, analysis: Analysis, metadata: ArticleMetadata = {}): ScanReport {
  return {
    file,
    ...(metadata.title ? { title: metadata.title } : {}),
    flags: analysis.flags.map((flag) => ({
      category: flag.category,
      cue: span(flag.cue),
      sentence: span(flag.sentence),
      explanation: explain(flag.category, flag.cue.text),
    })),
    sources: analysis.sources.map((source) => ({
      name: source.name,
      kind: source.kind,
      ...(source.category ? { category: source.category } : {}),
      mentions: source.mentions.map(span),
    })),
    stats: { sentences: analysis.stats.sentences, flagged: analysis.stats.flagged },
  };
}

export interface TextStyle {
  cue(text: string): string;
  dim(text: string): string;
}

export const PLAIN_STYLE: TextStyle = { cue: (text) => `[${text}]`, dim: (text) => text };
export const TERMINAL_STYLE: TextStyle = {
  cue: (text) => `\x1b[1;4m${text}\x1b[0m`,
  dim: (text) => `\x1b[2m${text}\x1b[0m`,
};

const CATEGORY_WIDTH = Math.max(...CATEGORIES.map((category) => category.length));

/** One line: how much of the text rests on unnamed sourcing. */
export function sourcingProfile(report: ScanReport): string {
  const { sentences, flagged } = report.stats;
  const share = sentences === 0 ? 0 : Math.round((100 * flagged) / sentences);
  const byCategory = CATEGORIES.map(
    (category) => `${category} ${report.flags.filter((flag) => flag.category === category).length}`,
  ).join(', ');
  const named = report.sources.filter((source) => source.kind !== 'unnamed').length;
  const unnamed = report.sources.length - named;
  return `Sourcing: ${flagged} of ${sentences} sentences flagged (${share}%): ${byCategory}; sources named ${named}, unnamed ${unnamed}`;
}

/** The report for people: a heading, each flagged sentence with its cue marked, the profile. */
export function formatForPeople(report: ScanReport, metadata: ArticleMetadata, style: TextStyle): string {
  const heading = [
    report.file,
    metadata.title && `"${metadata.title}"`,
    metadata.site,
    metadata.byline && `by ${metadata.byline}`,
    metadata.publishedAt,
  ]
    .filter(Boolean)
    .join(' · ');
  const lines = [heading];
  for (const flag of report.flags) {
    const cueStart = flag.cue.start - flag.sentence.start;
    const cueEnd = flag.cue.end - flag.sentence.start;
    const text = flag.sentence.text;
    const marked = text.slice(0, cueStart) + style.cue(text.slice(cueStart, cueEnd)) + text.slice(cueEnd);
    lines.push(`  ${flag.category.padEnd(CATEGORY_WIDTH)}  ${marked.replace(/\s+/g, ' ')}`);
  }
  if (report.flags.length === 0) lines.push(style.dim('  No sentence rests on unnamed sourcing.'));
  lines.push(`  ${sourcingProfile(report)}`);
  return lines.join('\n');
}
