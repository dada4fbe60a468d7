import { describe, expect, test } from 'vitest';
import { cleanByline } from '../../../detector/sources/byline.ts';

describe('cleanByline', () => {
  test.each([
    ['by Lucas Nolan22 Dec 2016651', 'Lucas Nolan'],
    ['By Jane Roe', 'Jane Roe'],
    ['BY: Jane Roe', 'Jane Roe'],
    ['By Jane Roe and Tom Reyes | Updated March 3, 2024', 'Jane Roe and Tom Reyes'],
    ['Jane Roe, Dec. 5, 2023, 4:30 p.m. ET', 'Jane Roe'],
    ['Jane Roe 12/05/2023 16:45', 'Jane Roe'],
    ['By Jane Roe Published Tuesday, 4 June 2024', 'Jane Roe'],
    ['April Ryan Apr 3 2024', 'April Ryan'],
    ['By  Mary   Smith\n 3 hours ago', 'Mary Smith'],
    ['Tom Reyes • 5 min read', 'Tom Reyes'],
    ['Tom Reyes 2,311 comments', 'Tom Reyes'],
    ['Byron Hale', 'Byron Hale'],
    ['By Jane Roe Monday, March', 'Jane Roe'],
    ['Jane Roe, today', 'Jane Roe'],
    ['Simon Monday-Reyes', 'Simon Monday-Reyes'],
    ['Jane Roe,', 'Jane Roe'],
    ['', ''],
  ])('%j → %j', (raw, expected) => {
    expect(cleanByline(raw)).toBe(expected);
  });

  test('a clean name is left as it is', () => {
    expect(cleanByline('Ursula von der Leyen')).toBe('Ursula von der Leyen');
  });
});
