import { expect, test } from 'vitest';
import { splitSentences } from '../../../detector/text/sentences.ts';

const sentencesOf = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end));

test.each([
  ['abbreviated titles', 'Mr. Smith met Dr. Jones at noon. They talked.', ['Mr. Smith met Dr. Jones at noon.', 'They talked.']],
  ['U.S. inside a sentence', 'The U.S. economy grew. Prices fell.', ['The U.S. economy grew.', 'Prices fell.']],
  [
    'months and times',
    'On Jan. 5 at 9 a.m. the vote began. It ended late.',
    ['On Jan. 5 at 9 a.m. the vote began.', 'It ended late.'],
  ],
  ['a.m. ending a sentence', 'The polls closed at 8 p.m. The count began.', ['The polls closed at 8 p.m.', 'The count began.']],
  ['initials', 'J. K. Rowling wrote it. Fans loved it.', ['J. K. Rowling wrote it.', 'Fans loved it.']],
  ['a period inside closing quotes', 'He said "no." She left.', ['He said "no."', 'She left.']],
  ['curly quotes and a question', '“Why now?” she asked. Nobody knew.', ['“Why now?” she asked.', 'Nobody knew.']],
  ['a comma before closing quotes', '"We will win," he said. We did.', ['"We will win," he said.', 'We did.']],
  [
    'an ellipsis mid-sentence',
    'But hear when I say … the light will burn. Then he left.',
    ['But hear when I say … the light will burn.', 'Then he left.'],
  ],
  ['an ellipsis before a new sentence', 'We waited... Nothing came.', ['We waited...', 'Nothing came.']],
  ['decimals', 'Growth was 3.5 per cent. Analysts were surprised.', ['Growth was 3.5 per cent.', 'Analysts were surprised.']],
  [
    'a headline without a period',
    'Harbour bridge to close\nThe bridge closes today.',
    ['Harbour bridge to close', 'The bridge closes today.'],
  ],
  ['list items', '- First item\n- Second item\n1. Third item', ['First item', 'Second item', 'Third item']],
  ['a lower-case word after a question mark', '“Is it over?” asked the coach.', ['“Is it over?” asked the coach.']],
  ['No. before a number', 'He lives at No. 10 Downing Street. He left.', ['He lives at No. 10 Downing Street.', 'He left.']],
  ['Inc. before a name', 'Acme Inc. said profits rose. Shares jumped.', ['Acme Inc. said profits rose.', 'Shares jumped.']],
  ['blank lines and spaces', '  One.  \n\n  Two.  ', ['One.', 'Two.']],
  ['an emoji after a period', 'We won. 😀 What a night.', ['We won.', '😀 What a night.']],
  ['a lower-case word after an abbreviation', 'Ask Mr. smith about it.', ['Ask Mr. smith about it.']],
])('%s', (_label, text, expected) => {
  expect(sentencesOf(text)).toEqual(expected);
});

test('spans are offsets into the text', () => {
  const text = 'Héllo 😀 world. Next one.';
  for (const { start, end } of splitSentences(text)) expect(text.slice(start, end).trim()).toBe(text.slice(start, end));
  expect(sentencesOf(text)).toEqual(['Héllo 😀 world.', 'Next one.']);
});
