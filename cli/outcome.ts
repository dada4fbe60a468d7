/** What scanning one input gives back, wherever it ran: the text to print, or why it was not scanned. */
import { t } from './output/i18n.ts';
import { printable } from './output/terminal-text.ts';

export interface ScanSettings {
  json: boolean;
  /** The report for people goes to a terminal: cues in bold and underlined rather than [brackets]. */
  terminal: boolean;
  /** The language of the messages and explanations (a language of locales/); English without it. */
  language?: string;
}

export type ScanOutcome = { ok: true; output: string } | { ok: false; message: string };

/** The line on stderr for an input that was not scanned, with anything a terminal would act on escaped. */
export function failure(argument: string, reason: string): ScanOutcome {
  return { ok: false, message: t('cli.inputError', { input: printable(argument), reason: printable(reason) }) };
}

/** Scans inputs, one call each; calls may overlap, and a call never rejects. */
export interface Scanner {
  scan(argument: string): Promise<ScanOutcome>;
  close(): Promise<void>;
}
