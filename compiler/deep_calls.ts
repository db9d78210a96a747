// Recursion on an explicit stack instead of the JS stack: a recursive function written as a
// generator that yields the argument of each call it makes to itself and gets its result back
// (`const r = yield arg`). Code nests thousands deep, deeper than the JS stack left to a pass.

/** the result of `body(root)`, each call `body` yields run on a stack of generators */
export function runDeep<A, R>(root: A, body: (arg: A) => Generator<A, R, R>): R {
  const stack: Generator<A, R, R>[] = [body(root)];
  let step = stack[0].next(undefined as R);
  for (;;) {
    if (!step.done) {
      const callee = body(step.value);
      stack.push(callee);
      step = callee.next(undefined as R);
      continue;
    }
    stack.pop();
    const caller = stack[stack.length - 1];
    if (caller === undefined) return step.value;
    step = caller.next(step.value);
  }
}
