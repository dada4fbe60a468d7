import { expect, test } from 'vitest';
import { csvCell } from '../../../notes/reading-record/reading-csv.ts';

test.each([
  ['plain text', 'times.example', 'times.example'],
  ['a number', 12, '12'],
  ['a comma', 'a,b', '"a,b"'],
  ['a quote', 'say "hi"', '"say ""hi"""'],
  ['a line break', 'one\ntwo', '"one\ntwo"'],
  ['a formula', '=HYPERLINK("http://evil.example")', `"'=HYPERLINK(""http://evil.example"")"`],
  ['a plus', '+1 555', "'+1 555"],
  ['a minus', '-2+3', "'-2+3"],
  ['an at sign', '@SUM(A1)', "'@SUM(A1)"],
  ['a leading tab', '\t=1', "'\t=1"],
])('a cell with %s', (_what, value, cell) => {
  expect(csvCell(value)).toBe(cell);
});
