import { describe, expect, test } from 'vitest';
import { MAX_OUTLET_NAME_CHARS, outletName, registrableDomain } from '../../../contract/article-url.ts';

describe('registrableDomain', () => {
  test.each([
    ['www.example.com', 'example.com'],
    ['edition.news.example.com', 'example.com'],
    ['www.bbc.co.uk', 'bbc.co.uk'],
    ['news.abc.net.au', 'abc.net.au'],
    ['example.de', 'example.de'],
    ['127.0.0.1', '127.0.0.1'],
    ['localhost', 'localhost'],
  ])('%s → %s', (host, domain) => expect(registrableDomain(host)).toBe(domain));
});

describe('outletName', () => {
  test("is the page's own name for its site when it gives one", () => {
    expect(outletName('  The   Example Post ', 'http://127.0.0.1:8080/story')).toBe('The Example Post');
  });
  test('is the registrable domain otherwise', () => {
    expect(outletName('', 'https://www.news.example.co.uk/story')).toBe('example.co.uk');
    expect(outletName(undefined, 'http://127.0.0.1:8080/story')).toBe('127.0.0.1');
  });
  test('is one line that cannot reorder the text around it', () => {
    expect(outletName('The\u202E Example\nPost\u0007', 'https://example.com/')).toBe('The Example Post');
  });
  test('is capped in length', () => {
    expect(outletName('x'.repeat(5000), 'https://example.com/')).toHaveLength(MAX_OUTLET_NAME_CHARS);
  });
});
