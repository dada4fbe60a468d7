import { describe, expect, test } from 'vitest';
import { describeDate, relativeAge } from '../../../components/popup/age.ts';

const NOW = Date.parse('2026-11-24T12:00:00Z');
const ago = (ms: number) => new Date(NOW - ms);
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('relativeAge', () => {
  test.each([
    [ago(0), 'now'],
    [ago(30_000), '30 seconds ago'],
    [ago(5 * MIN), '5 minutes ago'],
    [ago(3 * HOUR), '3 hours ago'],
    [ago(DAY + HOUR), 'yesterday'],
    [ago(47 * HOUR), 'yesterday'],
    [ago(3 * DAY), '3 days ago'],
    [ago(14 * DAY), '2 weeks ago'],
    [ago(65 * DAY), '2 months ago'],
    [ago(800 * DAY), '2 years ago'],
    [ago(-2 * HOUR), 'in 2 hours'],
  ])('%s → %s', (date, expected) => {
    expect(relativeAge(date, NOW, 'en-US')).toBe(expected);
  });
});

describe('describeDate', () => {
  test('gives the date, its age and the instant', () => {
    expect(describeDate('2026-11-21T12:00:00Z', NOW, 'en-US')).toEqual({
      date: 'Nov 21, 2026',
      age: '3 days ago',
      iso: '2026-11-21T12:00:00.000Z',
    });
  });

  test.each([undefined, '', 'not a date', '2026-13-45'])('nothing for %j', (value) => {
    expect(describeDate(value, NOW, 'en-US')).toBeNull();
  });
});
