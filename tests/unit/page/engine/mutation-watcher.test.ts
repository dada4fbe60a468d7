// @vitest-environment happy-dom
import { createUiHost } from '../../../../page/card/ui-host.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import { topmostAdded, watchMutations, type MutationBatch } from '../../../../page/engine/mutation-watcher.ts';

/** A manual scheduler: flushes run when the test says so, like a frame that has not come yet. */
function manualSchedule() {
  const queue: Array<() => void> = [];
  return {
    schedule: (fn: () => void) => queue.push(fn),
    runAll: () => {
      for (const fn of queue.splice(0)) fn();
    },
    queue,
  };
}

/** Lets happy-dom deliver MutationObserver records (a microtask). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('watchMutations', () => {
  let batches: MutationBatch[];
  let controller: AbortController;
  let frames: ReturnType<typeof manualSchedule>;

  beforeEach(() => {
    document.body.innerHTML = '<article id="a"><p id="p1">First.</p></article>';
    batches = [];
    controller = new AbortController();
    frames = manualSchedule();
  });

  const watch = (threshold?: number) =>
    watchMutations({
      root: document.body,
      MutationObserver,
      schedule: frames.schedule,
      onBatch: (batch) => batches.push(batch),
      signal: controller.signal,
      ...(threshold ? { threshold } : {}),
    });

  it('records in the callback and works once per frame, with many mutations in one batch', async () => {
    watch();
    const article = document.getElementById('a')!;
    for (let i = 0; i < 5; i++) {
      const p = document.createElement('p');
      p.textContent = `Paragraph ${i}.`;
      article.append(p);
      await settle();
    }
    expect(batches).toHaveLength(0);
    expect(frames.queue).toHaveLength(1);
    frames.runAll();
    expect(batches).toHaveLength(1);
    expect(batches[0]!.added.map((n) => n.textContent)).toEqual([0, 1, 2, 3, 4].map((i) => `Paragraph ${i}.`));
  });

  it('drops added nodes whose ancestor was also added, and nodes that left again', async () => {
    watch();
    const section = document.createElement('section');
    document.body.append(section);
    const inner = document.createElement('p');
    section.append(inner);
    inner.append('Nested text.');
    const gone = document.createElement('p');
    document.body.append(gone);
    gone.remove();
    await settle();
    frames.runAll();
    expect(batches[0]!.added).toEqual([section]);
    expect(batches[0]!.removed).toBe(true);
  });

  it('reports text edits and removals as changed nodes', async () => {
    watch();
    (document.getElementById('p1')!.firstChild as Text).data = 'Edited.';
    await settle();
    frames.runAll();
    expect(batches[0]!.changed.map((n) => n.textContent)).toEqual(['Edited.']);
  });

  it('ignores Sourcelight’s own UI hosts and what happens in them', async () => {
    watch();
    const { host } = createUiHost(document, {});
    await settle();
    frames.runAll();
    host.append(document.createElement('div'));
    host.textContent = 'card text';
    await settle();
    frames.runAll();
    expect(batches).toHaveLength(0);
  });

  it('schedules no frame for our own host going on and off the page', async () => {
    watch();
    const { host } = createUiHost(document, {});
    await settle();
    host.remove();
    await settle();
    expect(frames.queue).toHaveLength(0);
  });

  it('past the threshold, asks for one full rescan instead of a diff', async () => {
    watch(10);
    for (let i = 0; i < 20; i++) document.body.append(document.createElement('p'));
    await settle();
    frames.runAll();
    expect(batches).toEqual([{ added: [], changed: [], removed: true, overflow: true }]);
  });

  it('stops when the signal aborts', async () => {
    watch();
    controller.abort();
    document.body.append(document.createElement('p'));
    await settle();
    frames.runAll();
    expect(batches).toHaveLength(0);
  });
});

describe('topmostAdded', () => {
  it('keeps only the outermost of nested added nodes', () => {
    document.body.innerHTML = '<div id="x"><p id="y"><b id="z">t</b></p></div><p id="w">w</p>';
    const [x, y, z, w] = ['x', 'y', 'z', 'w'].map((id) => document.getElementById(id)!);
    expect(topmostAdded([z!, y!, w!, x!])).toEqual([w, x]);
  });
});
