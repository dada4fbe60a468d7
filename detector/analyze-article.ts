/**
 * An article in whatever language it is written: the language is read from its own words (the
 * page's `lang` or the reader's locale only a hint), then the text goes to that language's reader.
 * English to `analyze`, German, French and Spanish to `analyzeInLanguage`; any other language gets
 * no flags rather than English rules read over words they were never written for.
 */
import { analyze } from './analyze.ts';
import { type DetectedLanguage, detectLanguage } from './language/detect.ts';
import { analyzeInLanguage } from './languages/analyze-in-language.ts';
import type { Analysis } from './types.ts';

export type { DetectedLanguage };

export interface ArticleAnalysis extends Analysis {
  /** The language the text was read in; 'other' for a language Sourcelight does not read (no flags). */
  language: DetectedLanguage;
}

export interface ArticleOptions {
  /** The page's `lang`, or the reader's locale: decides only for a few words. */
  hint?: string;
  /** The language, when the caller already knows it (one article read in several chunks). */
  language?: DetectedLanguage;
}

/** A few words with no hint are read as English, the home language: the hint decides only there. */
export const languageOf = (text: string, hint?: string): DetectedLanguage => detectLanguage(text, hint || 'en');

export function analyzeArticle(text: string, options: ArticleOptions = {}): ArticleAnalysis {
  const language = options.language ?? languageOf(text, options.hint);
  if (language === 'en') return { ...analyze(text), language };
  if (language === 'other') return { sentences: [], flags: [], sources: [], stats: { sentences: 0, flagged: 0 }, language };
  return { ...analyzeInLanguage(text, language), language };
}
