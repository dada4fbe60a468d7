/**
 * Issue #17's error classes, in sentences of our own across beats
 * (tests/fixtures/real-news-shapes/error-classes.ts): the flag what-is-flagged.md gives each one, and a
 * sources list with no weekday, place, title, crowd or contraction as a named source.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../detector/analyze.ts';
import { ERROR_CLASS_SENTENCES, SOURCE_SHAPES } from '../../fixtures/real-news-shapes/error-classes.ts';

const flagOf = (text: string) => analyze(text).flags[0]?.category ?? null;

describe('error classes of real news', () => {
  test.each(ERROR_CLASS_SENTENCES.filter((sentence) => !sentence.gap).map((s) => [s.shape, s.beat, s.text, s.expected] as const))(
    '%s (%s): %s',
    (_shape, _beat, text, expected) => {
      expect(flagOf(text)).toBe(expected);
    },
  );

  test.each(ERROR_CLASS_SENTENCES.filter((sentence) => sentence.gap).map((s) => [s.shape, s.text, s.expected] as const))(
    'known gap, %s: %s',
    (_shape, text, expected) => {
      expect(flagOf(text)).not.toBe(expected); // when this fails, the gap is fixed: drop its `gap` mark
    },
  );
});

describe('named sources of real-news shapes', () => {
  test.each(SOURCE_SHAPES.map((shape) => [shape.text, shape] as const))('%s', (_text, shape) => {
    const named = analyze(shape.text).sources.filter((source) => source.kind !== 'unnamed');
    const listed = named.map((source) => `${source.kind}:${source.name}`);
    expect(listed).toEqual(expect.arrayContaining(shape.listed));
    for (const name of shape.never) expect(named.map((source) => source.name)).not.toContain(name);
  });
});
