// Walks over an AST on an explicit stack instead of the JS stack: Elixir compiles code nested
// 10,000 deep inside a function, deeper than JS recursion goes.
import type { Ast } from "../lang/ast.ts";

/** a node's operands, in source order: a call's name (when it is itself an AST) and arguments */
export function astKids(a: Ast): readonly Ast[] {
  switch (a.t) {
    case "list": case "tuple": return a.items;
    case "call":
      if (typeof a.name === "string") return a.args ?? [];
      return a.args === null ? [a.name] : [a.name, ...a.args];
    default: return [];
  }
}

/**
 * Whether `test` holds for some node of `root`, visited in source order (a node before its
 * operands). `test` answers true (found), false (do not look inside this node) or undefined
 * (look inside).
 */
export function someNode(root: Ast | undefined, test: (a: Ast) => boolean | undefined): boolean {
  if (root === undefined) return false;
  const todo: Ast[] = [root];
  while (todo.length > 0) {
    const a = todo.pop()!;
    const r = test(a);
    if (r === true) return true;
    if (r === false) continue;
    const kids = astKids(a);
    for (let i = kids.length - 1; i >= 0; i--) todo.push(kids[i]);
  }
  return false;
}
