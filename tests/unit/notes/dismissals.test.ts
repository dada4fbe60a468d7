import { describe, expect, test } from 'vitest';
import { flagKey } from '../../../contract/flag-key.ts';
import { ARTICLE, testStore } from './notes-fixtures.ts';

const HEDGED = flagKey('hedged', 'The plan was  reportedly dropped.');
const VAGUE = flagKey('vague', 'Critics say the plan is rushed.');

describe('dismissed flags', () => {
  test('are remembered per article, in the order they were dismissed, and can be brought back', async () => {
    const { notes, tick } = testStore();
    await notes.setDismissal(ARTICLE, VAGUE, true);
    tick();
    await notes.setDismissal(`${ARTICLE}?utm_source=feed#comments`, HEDGED, true);
    expect(await notes.dismissalsFor(`${ARTICLE}/`)).toEqual([VAGUE, HEDGED]);
    expect(await notes.dismissalsFor('https://other.example.org/story')).toEqual([]);

    await notes.setDismissal(ARTICLE, VAGUE, false);
    expect(await notes.dismissalsFor(ARTICLE)).toEqual([HEDGED]);
  });

  test('dismissing twice keeps the first time; undoing one never dismissed changes nothing', async () => {
    const { notes, tick } = testStore();
    await notes.setDismissal(ARTICLE, HEDGED, true);
    tick();
    await notes.setDismissal(ARTICLE, VAGUE, true);
    tick();
    await notes.setDismissal(ARTICLE, HEDGED, true);
    await notes.setDismissal(ARTICLE, flagKey('anonymous', 'Never dismissed.'), false);
    expect(await notes.dismissalsFor(ARTICLE)).toEqual([HEDGED, VAGUE]);
  });

  test.each([
    ['a page that is not on the web', 'javascript:alert(1)', HEDGED, /not on a web page/],
    ['a key that is no flag key', ARTICLE, 'just words', /cannot be dismissed/],
    ['a key with an unknown category', ARTICLE, 'rumour:the plan was dropped.', /cannot be dismissed/],
    ['an empty sentence', ARTICLE, 'hedged:', /cannot be dismissed/],
    ['a key longer than any sentence', ARTICLE, `hedged:${'x'.repeat(10_000)}`, /cannot be dismissed/],
  ])('refuses %s and stores nothing', async (_what, url, key, message) => {
    const { notes } = testStore();
    await expect(notes.setDismissal(url, key, true)).rejects.toThrow(message);
    expect(await notes.dismissalsFor(ARTICLE)).toEqual([]);
  });

  test('are not notes: the notes export and count leave them out', async () => {
    const { notes } = testStore();
    await notes.setDismissal(ARTICLE, HEDGED, true);
    expect(await notes.count()).toBe(0);
    expect(JSON.stringify(await notes.exportJson())).not.toContain('reportedly');
  });
});
