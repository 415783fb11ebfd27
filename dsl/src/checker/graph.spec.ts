import { findCycles, topologicalOrder } from './graph';

const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

describe('the reference graph', () => {
  it('puts dependencies first and keeps the written order otherwise', () => {
    const deps = graph({ kpi: ['b', 'a'], a: [], b: ['a'], lone: [] });
    expect(topologicalOrder(['kpi', 'a', 'b', 'lone'], deps)).toEqual(['a', 'b', 'kpi', 'lone']);
  });

  it('ignores references to names outside the graph', () => {
    expect(topologicalOrder(['a'], graph({ a: ['missing'] }))).toEqual(['a']);
    expect(findCycles(['a'], graph({ a: ['missing'] }))).toEqual([]);
  });

  it('finds each cycle once, starting at its first-declared member, in path order', () => {
    const deps = graph({ a: ['b'], b: ['c'], c: ['a'], d: ['d'], e: ['a'] });
    expect(findCycles(['e', 'c', 'a', 'b', 'd'], deps)).toEqual([['c', 'a', 'b', 'c'], ['d', 'd']]);
  });

  it('finds the shortest way back when a component holds several cycles', () => {
    const deps = graph({ a: ['b', 'c'], b: ['c'], c: ['a'] });
    expect(findCycles(['a', 'b', 'c'], deps)).toEqual([['a', 'c', 'a']]);
  });

  it('handles long chains without recursion', () => {
    const n = 20000;
    const names = Array.from({ length: n }, (_, i) => `m${i}`);
    const deps = new Map(names.map((name, i) => [name, i + 1 < n ? [`m${i + 1}`] : []]));
    const order = topologicalOrder(names, deps);
    expect(order[0]).toBe(`m${n - 1}`);
    deps.set(`m${n - 1}`, ['m0']);
    expect(findCycles(names, deps)[0]).toHaveLength(n + 1);
  });
});
