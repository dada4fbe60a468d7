/**
 * Scans one input from start to finish — read, extract the article from a page, detect, format —
 * and gives back what to print: the report, or the message saying why the input was not scanned.
 * The same function runs in the scanner's own thread and in its worker threads.
 */
import { analyzeArticle } from '../../detector/analyze-article.ts';
import { extractArticleFromHtml } from './html-article.ts';
import { InputError } from './input-error.ts';
import { looksLikeHtml } from './input-kind.ts';
import { t } from '../output/i18n.ts';
import { type InputReader, readInput } from './read-input.ts';
import { type ArticleMetadata, formatForPeople, PLAIN_STYLE, scanReport, TERMINAL_STYLE } from '../output/report.ts';
import { failure, type ScanOutcome, type ScanSettings } from '../outcome.ts';
import { terminalSafeJson } from '../output/terminal-text.ts';

export async function scanInput(argument: string, reader: InputReader, settings: ScanSettings): Promise<ScanOutcome> {
  try {
    const input = await readInput(argument, reader);
    let text = input.text;
    let metadata: ArticleMetadata = {};
    if (looksLikeHtml(input.name, text, input.mediaType)) ({ text, metadata } = extractArticleFromHtml(text));
    // The page's lang, else the reader's locale, decides the language only for a few words.
    const analysis = analyzeArticle(text, { hint: metadata.lang || settings.language });
    const report = scanReport(argument, analysis, metadata);
    const style = settings.terminal ? TERMINAL_STYLE : PLAIN_STYLE;
    return { ok: true, output: settings.json ? terminalSafeJson(report) : formatForPeople(report, metadata, style) };
  } catch (error) {
    if (error instanceof InputError) return failure(argument, error.message);
    return failure(argument, t('cli.reason.scanFailed', { detail: (error as Error)?.message ?? String(error) }));
  }
}
