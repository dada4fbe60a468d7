import { describe, expect, test } from 'vitest';
import { normalizeArticleUrl, siteOf } from '../../../contract/article-url.ts';

describe('normalizeArticleUrl', () => {
  test.each([
    ['https://news.example.com/story#comments', 'https://news.example.com/story'],
    ['https://news.example.com/story?utm_source=newsletter&utm_medium=email', 'https://news.example.com/story'],
    ['https://news.example.com/story?id=42&fbclid=abc&page=2', 'https://news.example.com/story?id=42&page=2'],
    ['https://news.example.com/story?gclid=1&mc_cid=2&mc_eid=3&ref=twitter', 'https://news.example.com/story'],
    ['https://news.example.com/story?UTM_Campaign=x&b=2&a=1', 'https://news.example.com/story?b=2&a=1'],
    ['https://news.example.com/story?q=a%20b+c&referrer=x', 'https://news.example.com/story?q=a%20b+c&referrer=x'],
    ['HTTPS://News.Example.COM/Story', 'https://news.example.com/Story'],
    ['https://news.example.com:443/story', 'https://news.example.com/story'],
    ['http://news.example.com:80/story', 'http://news.example.com/story'],
    ['https://news.example.com:8443/story', 'https://news.example.com:8443/story'],
    ['https://news.example.com/2026/01/story/', 'https://news.example.com/2026/01/story'],
    ['https://news.example.com/story//', 'https://news.example.com/story'],
    ['https://news.example.com/', 'https://news.example.com/'],
    ['https://news.example.com', 'https://news.example.com/'],
    ['  https://news.example.com/story  ', 'https://news.example.com/story'],
    ['not a url', 'not a url'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeArticleUrl(input)).toBe(expected);
  });

  test.each([
    'https://News.Example.com:443/a/b/?utm_source=x&id=3&fbclid=y&q=a%20b#top',
    'http://example.com/a//?&&b=1&ref=2',
    'https://example.com/?x',
  ])('normalising twice changes nothing: %s', (url) => {
    const once = normalizeArticleUrl(url);
    expect(normalizeArticleUrl(once)).toBe(once);
  });
});

describe('siteOf', () => {
  test.each([
    ['https://www.Example.com/story', 'example.com'],
    ['https://news.example.co.uk./a', 'news.example.co.uk'],
    ['http://localhost:3000/x', 'localhost'],
    ['not a url', ''],
    ['', ''],
  ])('%j → %j', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });
});
