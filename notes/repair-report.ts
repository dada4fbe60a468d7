/** What the upgrades set aside or mended (see upgrades.ts), counted for the reader, in their words. */
import { i18n } from '#i18n';
import type { RepairReport } from '../contract/note-model.ts';
import type { NotesDb } from './db.ts';

export async function repairReport(db: NotesDb): Promise<RepairReport> {
  const [setAside, repaired] = await Promise.all([
    db.quarantine.where('kind').equals('set-aside').count(),
    db.quarantine.where('kind').equals('repaired').count(),
  ]);
  return { setAside, repaired };
}

/** The report as sentences for the Notes page; none when nothing was touched. */
export function repairSentences({ setAside, repaired }: RepairReport): string[] {
  const sentences: string[] = [];
  if (setAside > 0) sentences.push(i18n.t('notes.repair.setAside', setAside));
  if (repaired > 0) sentences.push(i18n.t('notes.repair.repaired', repaired));
  return sentences;
}
