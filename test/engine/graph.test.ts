import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canComeBefore,
  countPaths,
  findCycle,
  longestRemaining,
  reachableFrom,
  type QuestionGraph,
} from '../../src/engine/graph';

/** An acyclic graph of `size` nodes: every edge leads to a later node; the last node is the one outcome. */
const acyclicGraph = fc.integer({ min: 1, max: 80 }).chain((size) =>
  fc
    .array(fc.tuple(fc.nat(size - 1), fc.nat(size - 1)), { maxLength: size * 3, size: 'max' })
    .map((pairs): QuestionGraph => {
      const id = (i: number) => `n${i}`;
      const edges = new Map([...Array(size).keys()].map((i) => [id(i), [] as string[]]));
      for (const [a, b] of pairs) if (a < b && !edges.get(id(a))!.includes(id(b))) edges.get(id(a))!.push(id(b));
      return { start: id(0), edges, outcomes: new Set([id(size - 1)]) };
    }),
);

describe('the graph of routes', () => {
  it('a node can come before another exactly when a route leads from it to the other', () => {
    fc.assert(
      fc.property(acyclicGraph, (graph) => {
        const before = canComeBefore(graph);
        const nodes = [...graph.edges.keys()];
        const pairs = nodes.flatMap((earlier) => nodes.map((node) => [earlier, node] as const));
        const reached = new Map(nodes.map((node) => [node, reachableFrom(graph, node)]));
        expect(pairs.filter(([earlier, node]) => before(earlier, node))).toEqual(
          pairs.filter(([earlier, node]) => earlier !== node && reached.get(earlier)!.has(node)),
        );
      }),
    );
  });

  it('an id that is no node comes before nothing and has nothing before it', () => {
    const graph: QuestionGraph = {
      start: 'a',
      edges: new Map([
        ['a', ['b']],
        ['b', []],
      ]),
      outcomes: new Set(['b']),
    };
    expect([canComeBefore(graph)('a', 'b'), canComeBefore(graph)('x', 'b'), canComeBefore(graph)('a', 'x')]).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('a chain of questions far longer than the call stack is deep is walked all the same', () => {
    const length = 50_000;
    const id = (i: number) => (i === length ? 'done' : `q${i}`);
    const chain = (last: string[]): QuestionGraph => ({
      start: id(0),
      edges: new Map([...Array(length + 1).keys()].map((i) => [id(i), i === length ? last : [id(i + 1)]])),
      outcomes: new Set(['done']),
    });
    expect([countPaths(chain([])), longestRemaining(chain([])).get(id(0)), findCycle(chain([]))]).toEqual([
      1,
      length,
      null,
    ]);
    expect(findCycle(chain([id(length - 1)]))).toEqual([id(length - 1), 'done', id(length - 1)]);
  });
});
