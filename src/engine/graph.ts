import { routesOf, type Questionnaire } from './questionnaire-schema';

/**
 * The questionnaire as a directed graph: questions and outcomes are nodes, routes are edges.
 * The checks, the path count and the "at most m steps" progress all read it.
 */
export type QuestionGraph = {
  start: string;
  edges: Map<string, string[]>;
  outcomes: Set<string>;
};

export function buildGraph(questionnaire: Questionnaire): QuestionGraph {
  const edges = new Map<string, string[]>();
  for (const question of questionnaire.questions) {
    edges.set(question.id, [...new Set(routesOf(question).map((route) => route.to))]);
  }
  for (const outcome of questionnaire.outcomes) edges.set(outcome.id, []);
  return {
    start: questionnaire.questions[0]!.id,
    edges,
    outcomes: new Set(questionnaire.outcomes.map((outcome) => outcome.id)),
  };
}

export function reachableFrom(graph: QuestionGraph, from: string): Set<string> {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (seen.has(node) || !graph.edges.has(node)) continue;
    seen.add(node);
    stack.push(...graph.edges.get(node)!);
  }
  return seen;
}

/**
 * Depth first from each node in turn, successors in order, with a stack of its own: a chain of thousands of questions
 * would overflow the call stack. `enter` says whether to go into a node (it also meets nodes still on the trail, which
 * only a cycle leads back to); `leave` comes once all of a node's successors are left.
 */
function depthFirst(
  graph: QuestionGraph,
  enter: (node: string, trail: readonly string[]) => boolean,
  leave: (node: string) => void,
) {
  const trail: string[] = [];
  const next: number[] = [];
  const visit = (node: string) => {
    if (!enter(node, trail)) return;
    trail.push(node);
    next.push(0);
  };
  for (const root of graph.edges.keys()) {
    visit(root);
    while (trail.length > 0) {
      const successors = graph.edges.get(trail.at(-1)!) ?? [];
      const at = next.at(-1)!;
      if (at < successors.length) {
        next[next.length - 1] = at + 1;
        visit(successors[at]!);
      } else {
        next.pop();
        leave(trail.pop()!);
      }
    }
  }
}

/** The first cycle found, as the list of node ids that form it, or null when the graph is acyclic. */
export function findCycle(graph: QuestionGraph): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  let cycle: string[] | null = null;
  const enter = (node: string, trail: readonly string[]) => {
    if (cycle || state.get(node) === 'done' || !graph.edges.has(node)) return false;
    if (state.get(node) === 'open') cycle = [...trail.slice(trail.indexOf(node)), node];
    else state.set(node, 'open');
    return !cycle;
  };
  depthFirst(graph, enter, (node) => state.set(node, 'done'));
  return cycle;
}

/** Folds over an acyclic graph from the leaves up; `combine` gets a node and its successors' values. */
function foldAcyclic<T>(graph: QuestionGraph, combine: (node: string, next: T[]) => T): Map<string, T> {
  const memo = new Map<string, T>();
  const entered = new Set<string>();
  const enter = (node: string) => {
    if (entered.has(node)) return false;
    entered.add(node);
    return true;
  };
  const leave = (node: string) =>
    memo.set(
      node,
      combine(
        node,
        (graph.edges.get(node) ?? []).map((next) => memo.get(next)!),
      ),
    );
  depthFirst(graph, enter, leave);
  return memo;
}

/** How many distinct routes lead from the first question to an outcome (the graph must be acyclic). */
export const countPaths = (graph: QuestionGraph): number =>
  foldAcyclic<number>(graph, (node, next) => (graph.outcomes.has(node) ? 1 : next.reduce((a, b) => a + b, 0))).get(
    graph.start,
  )!;

/** For every node, the most questions still to answer before an outcome, itself included (the graph must be acyclic). */
export const longestRemaining = (graph: QuestionGraph): Map<string, number> =>
  foldAcyclic<number>(graph, (node, next) => (graph.outcomes.has(node) ? 0 : 1 + Math.max(0, ...next)));

/**
 * Whether `earlier` can come before `node` on some route (the graph must be acyclic). Each node's ancestors are a
 * bit set, the union of its predecessors' in topological order: n²/32 words instead of n² set entries.
 */
export function canComeBefore(graph: QuestionGraph): (earlier: string, node: string) => boolean {
  const nodes = [...graph.edges.keys()];
  const index = new Map(nodes.map((node, i) => [node, i]));
  const successors = nodes.map((node) => graph.edges.get(node)!.flatMap((to) => index.get(to) ?? []));
  const words = Math.ceil(nodes.length / 32);
  const before = new Uint32Array(nodes.length * words);
  const waiting = nodes.map(() => 0);
  for (const next of successors) for (const to of next) waiting[to]!++;
  const ready = nodes.flatMap((_, i) => (waiting[i] === 0 ? [i] : []));
  while (ready.length > 0) {
    const from = ready.pop()!;
    for (const to of successors[from]!) {
      for (let word = 0; word < words; word++) {
        before[to * words + word] = before[to * words + word]! | before[from * words + word]!;
      }
      const own = to * words + (from >>> 5);
      before[own] = before[own]! | (1 << (from & 31));
      if (--waiting[to]! === 0) ready.push(to);
    }
  }
  return (earlier, node) => {
    const [from, to] = [index.get(earlier), index.get(node)];
    if (from === undefined || to === undefined) return false;
    return (before[to * words + (from >>> 5)]! & (1 << (from & 31))) !== 0;
  };
}
