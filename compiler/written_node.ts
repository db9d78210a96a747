// The nodes of a module body's code as written, and the copies the body's runs compile: the code
// is rewritten (compiler/module_body.ts) each time it is compiled, quietly ahead and for real, so
// what is remembered of a node as written (a macro call's expansion) is found from its copies.

/** the node each node of rewritten code was rewritten from */
const rewrittenFrom = new WeakMap<object, object>();

export function noteRewritten(copy: object, from: object): void {
  if (copy !== from) rewrittenFrom.set(copy, from);
}

/** the node of the code as written that `a` was (perhaps over several rewrites) copied from */
export function writtenNode<T extends object>(a: T): T {
  let n: object = a;
  for (let next = rewrittenFrom.get(n); next !== undefined; next = rewrittenFrom.get(n)) n = next;
  return n as T;
}
