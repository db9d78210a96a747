// A bottom-up rewrite of a tree on an explicit stack instead of the JS stack: Elixir compiles code
// nested 10,000 deep, deeper than JS recursion goes.

/** a node whose result is made from its operands' results, once they are all known */
export class Expand<N, R> {
  constructor(readonly kids: readonly N[], readonly build: (results: R[]) => R) {}
}

/**
 * The result for `root`: `visit` gives a node's result, or an Expand naming its operands. Nodes
 * are visited in source order (a node before its operands, operands left to right), so side
 * effects of `visit` (binding a variable) happen as a recursive walk would do them.
 */
export function foldTree<N, R>(root: N, visit: (n: N) => R | Expand<N, R>): R {
  const frames: { node: Expand<N, R>; results: R[] }[] = [];
  let next: N | null = root;
  let result!: R;
  for (;;) {
    if (next !== null) {
      const s = visit(next);
      next = null;
      if (!(s instanceof Expand)) result = s;
      else if (s.kids.length === 0) result = s.build([]);
      else {
        frames.push({ node: s, results: [] });
        next = s.kids[0];
        continue;
      }
    }
    for (;;) {
      const f = frames[frames.length - 1];
      if (f === undefined) return result;
      f.results.push(result);
      if (f.results.length < f.node.kids.length) {
        next = f.node.kids[f.results.length];
        break;
      }
      frames.pop();
      result = f.node.build(f.results);
    }
  }
}
