// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { pageColoursAt } from '../../../../page/paint/backdrop-colour.ts';

/** happy-dom computes few styles: each element's colours come from data attributes instead. */
const styleOf = (element: Element) => ({
  backgroundColor: element.getAttribute('data-bg') ?? 'rgba(0, 0, 0, 0)',
  backgroundImage: element.getAttribute('data-image') ?? 'none',
  color: element.getAttribute('data-color') ?? 'rgb(0, 0, 0)',
  colorScheme: element.getAttribute('data-scheme') ?? 'normal',
});

describe('pageColoursAt', () => {
  beforeEach(() => {
    document.documentElement.removeAttribute('data-scheme');
    document.documentElement.removeAttribute('data-bg');
  });

  it('walks up to the nearest opaque background: a dark article on a dark site is dark', () => {
    document.documentElement.setAttribute('data-bg', 'rgb(21, 23, 28)');
    document.body.innerHTML =
      '<main><article data-bg="rgb(27, 30, 36)"><p data-color="rgb(201, 204, 211)">Text</p></article></main>';
    const colours = pageColoursAt(document.querySelector('p')!, styleOf);
    expect(colours.background).toEqual({ r: 27, g: 30, b: 36 });
    expect(colours.text).toEqual({ r: 201, g: 204, b: 211 });
    expect(colours.scheme).toBe('dark');
  });

  it('composites translucent layers over the opaque one', () => {
    document.body.setAttribute('data-bg', 'rgb(255, 255, 255)');
    document.body.innerHTML = '<div data-bg="rgba(0, 0, 0, 0.5)"><p>Text</p></div>';
    const colours = pageColoursAt(document.querySelector('p')!, styleOf);
    expect(colours.background).toEqual({ r: 127.5, g: 127.5, b: 127.5 });
    document.body.removeAttribute('data-bg');
  });

  it('with nothing painted, uses the canvas: white, or dark when the page asks for dark only', () => {
    document.body.innerHTML = '<p>Text</p>';
    expect(pageColoursAt(document.querySelector('p')!, styleOf).scheme).toBe('light');
    document.documentElement.setAttribute('data-scheme', 'dark');
    expect(pageColoursAt(document.querySelector('p')!, styleOf).scheme).toBe('dark');
    document.documentElement.setAttribute('data-scheme', 'light dark');
    expect(pageColoursAt(document.querySelector('p')!, styleOf).scheme).toBe('light');
  });

  it('light text over a background image (unreadable) or over nothing means a dark page', () => {
    document.body.setAttribute('data-bg', 'rgb(255, 255, 255)');
    document.body.innerHTML = '<section data-image="url(night.jpg)"><p data-color="rgb(240, 240, 240)">Text</p></section>';
    expect(pageColoursAt(document.querySelector('p')!, styleOf).scheme).toBe('dark');
    document.body.removeAttribute('data-bg');
    document.body.innerHTML = '<p data-color="rgb(240, 240, 240)">Text</p>';
    expect(pageColoursAt(document.querySelector('p')!, styleOf).scheme).toBe('dark');
  });
});
