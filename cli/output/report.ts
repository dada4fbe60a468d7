/**
 * The scanner's two outputs. The JSON line is a public contract: its keys and their order are
 * written out here one by one so that nothing the detector adds later leaks into it.
 */
import type { ArticleAnalysis, DetectedLanguage } from '../../detector/analyze-article.ts';
import { CATEGORIES, type Category, type Source, type TextSpan } from '../../detector/types.ts';
import { explain } from './explanations.ts';
import { t } from './i18n.ts';
import { printableLine } from './terminal-text.ts';

export interface ArticleMetadata {
  title?: string;
  byline?: string;
  site?: string;
  publishedAt?: string;
  /** The page's own `lang`: a hint for the language of its text. */
  lang?: string;
}

export interface ScanReport {
  file: string;
  title?: string;
  /** The language the text was read in; 'other' for one Sourcelight does not read (no flags). */
  language: DetectedLanguage;
  flags: Array<{ category: Category; cue: TextSpan; sentence: TextSpan; explanation: string }>;
  sources: Array<{ name: string; kind: Source['kind']; category?: Category; mentions: TextSpan[] }>;
  stats: { sentences: number; flagged: number };
}

const span = ({ start, end, text }: TextSpan): TextSpan => ({ start, end, text });

export function scanReport(file: string, analysis: ArticleAnalysis, metadata: ArticleMetadata = {}): ScanReport {
  return {
    file,
    ...(metadata.title ? { title: metadata.title } : {}),
    language: analysis.language,
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

const categoryLabel = (category: Category) => t(`category.${category}.label`);

/** One line: how much of the text rests on unnamed sourcing. */
export function sourcingProfile(report: ScanReport): string {
  const { sentences, flagged } = report.stats;
  const share = sentences === 0 ? 0 : Math.round((100 * flagged) / sentences);
  const categories = CATEGORIES.map((category) =>
    t('cli.report.categoryCount', {
      category: categoryLabel(category),
      count: report.flags.filter((flag) => flag.category === category).length,
    }),
  ).join(t('cli.report.listSeparator'));
  const named = report.sources.filter((source) => source.kind !== 'unnamed').length;
  return t('cli.report.profile', sentences, { flagged, share, categories, named, unnamed: report.sources.length - named });
}

/** The first line: what was scanned, with the page's title, site, byline and date when it has them. */
function heading(report: ScanReport, metadata: ArticleMetadata): string {
  return [
    report.file,
    metadata.title && t('cli.report.title', { title: metadata.title }),
    metadata.site,
    metadata.byline && t('cli.report.byline', { byline: metadata.byline }),
    metadata.publishedAt,
  ]
    .filter(Boolean)
    .map((part) => printableLine(part as string))
    .join(t('cli.report.headingSeparator'));
}

/**
 * The report for people: a heading, each flagged sentence with its category and its cue marked,
 * the profile. Everything from the input is made printable first: it goes to a terminal.
 */
export function formatForPeople(report: ScanReport, metadata: ArticleMetadata, style: TextStyle): string {
  const labels = new Map(CATEGORIES.map((category) => [category, categoryLabel(category)]));
  const labelWidth = Math.max(...[...labels.values()].map((label) => label.length));
  const lines = [heading(report, metadata)];
  for (const flag of report.flags) {
    const cueStart = flag.cue.start - flag.sentence.start;
    const cueEnd = flag.cue.end - flag.sentence.start;
    const text = flag.sentence.text;
    const marked =
      printableLine(text.slice(0, cueStart)) +
      style.cue(printableLine(text.slice(cueStart, cueEnd))) +
      printableLine(text.slice(cueEnd));
    lines.push(`  ${labels.get(flag.category)!.padEnd(labelWidth)}  ${marked}`);
  }
  if (report.language === 'other') lines.push(style.dim(`  ${t('cli.report.languageNotRead')}`));
  else if (report.flags.length === 0) lines.push(style.dim(`  ${t('cli.report.noFlags')}`));
  lines.push(`  ${sourcingProfile(report)}`);
  return lines.join('\n');
}
