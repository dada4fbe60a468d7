/**
 * Issue #21: the scanner reads each input in its own language, found from its words (an HTML
 * page's lang, or LANG, decides only for a few words), and a language it does not read gets no
 * flag and a line that says why.
 */
import { describe, expect, test } from 'vitest';
import type { ScanReport } from '../../../cli/output/report.ts';
import { scan } from './fake-io.ts';

const GERMAN =
  'Die Stadtwerke wollen die Preise für Fernwärme zum ersten Januar deutlich erhöhen. ' +
  'Insidern zufolge war die Erhöhung schon im Sommer beschlossen. ' +
  'Kritiker meinen, der Betrieb habe die Sanierung viel zu lange vor sich hergeschoben.\n';
const ITALIAN =
  'Il comune ha annunciato martedì la chiusura della biblioteca civica per almeno un anno di lavori. ' +
  'Secondo alcune fonti vicine al dossier, la decisione era stata presa già in primavera, prima del voto.\n';

describe('sourcelight scan, in the language of the text', () => {
  test('a German text is read with the German reading, whatever the messages language', async () => {
    const run = await scan(['scan', '--json', 'de.txt'], { files: { 'de.txt': GERMAN } });
    const report = JSON.parse(run.stdout[0]!) as ScanReport;
    expect(report.language).toBe('de');
    expect(report.flags.map((flag) => [flag.category, flag.cue.text])).toEqual([
      ['anonymous', 'Insidern zufolge'],
      ['vague', 'Kritiker meinen'],
    ]);
  });

  test('a language Sourcelight does not read: no flag, and the report says why', async () => {
    const json = await scan(['scan', '--json', 'it.txt'], { files: { 'it.txt': ITALIAN } });
    expect(JSON.parse(json.stdout[0]!)).toMatchObject({ language: 'other', flags: [], stats: { flagged: 0 } });
    const people = await scan(['scan', 'it.txt'], { files: { 'it.txt': ITALIAN } });
    expect(people.stdout.join('\n')).toContain('in a language Sourcelight does not read yet');
  });
});
