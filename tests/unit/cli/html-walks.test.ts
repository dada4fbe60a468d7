/** The scanner's walks over a page's tree go without recursion, so no depth can overflow the stack. */
import { DOMParser } from 'linkedom/worker';
import { expect, test } from 'vitest';
import { blockText } from '../../../cli/input/html-article.ts';
import { checkTreeDepth } from '../../../cli/input/html-shape.ts';
import { InputError } from '../../../cli/input/input-error.ts';

/** A document whose body holds `levels` nested <div>s, built node by node (a parser would take minutes). */
function nestedDocument(levels: number): Document {
  const doc = new DOMParser().parseFromString('<html><body></body></html>', 'text/html') as unknown as Document;
  let parent: Element = doc.body;
  for (let level = 0; level < levels; level++) {
    const div = doc.createElement(level % 2 ? 'div' : 'span');
    parent.appendChild(div);
    parent = div;
  }
  parent.appendChild(doc.createTextNode('Critics say it is too late.'));
  doc.body.appendChild(doc.createElement('p')).appendChild(doc.createTextNode('Officials disagree.'));
  return doc;
}

test('the text of a page 100,000 elements deep, block by block', () => {
  const doc = nestedDocument(100_000);
  expect(blockText(doc.body)).toBe('Critics say it is too late.\nOfficials disagree.');
});

test('the depth of the same page is measured and refused, not a stack overflow', () => {
  const doc = nestedDocument(100_000);
  expect(() => checkTreeDepth(doc.documentElement)).toThrow(InputError);
  expect(() => checkTreeDepth(nestedDocument(250).documentElement)).not.toThrow();
});
