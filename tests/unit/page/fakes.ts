/** Fakes for browser APIs happy-dom lacks: the CSS Custom Highlight API. */
import type { HighlightLike, HighlightRegistryLike } from '../../../core/page/highlight-painter.ts';

export class FakeHighlight extends Set<AbstractRange> implements HighlightLike {
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

export class FakeRegistry extends Map<string, HighlightLike> implements HighlightRegistryLike {
  /** Range texts of one entry, white space folded. */
  texts(name: string): string[] {
    const highlight = this.get(name) as FakeHighlight | undefined;
    return highlight ? [...highlight].map((range) => (range as Range).toString().replace(/\s+/g, ' ').trim()) : [];
  }
}

export const fakeHighlightApi = () => ({ registry: new FakeRegistry(), Highlight: FakeHighlight });
