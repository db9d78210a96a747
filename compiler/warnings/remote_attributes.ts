// `Kernel.@(x(1))` and `Kernel.@(x)` are the @ macro called remotely: Elixir expands them to
// the same attribute set and read as `@x 1` and `@x` (also through `alias/require Kernel, as: K`).
// The module checks read attributes from the source as written, so they see them as local @.
import type { Ast, AstCall } from "../../lang/ast.ts";
import { aliasParts, blockItems, isCall, kwGet } from "../ast_util.ts";
import { someNode, astKids } from "../ast_walk.ts";
import { foldTree, Expand } from "../tree_fold.ts";

/** the names the module body gives Kernel: itself, and `alias/require Kernel, as: K` */
function kernelNames(body: Ast): Set<string> {
  const names = new Set(["Kernel"]);
  for (const item of blockItems(body)) {
    if (!(isCall(item, "alias") || isCall(item, "require")) || item.args?.length !== 2) continue;
    const target = aliasParts(item.args[0]);
    const as = kwGet(item.args[1], "as");
    const asParts = as === undefined ? null : aliasParts(as);
    if (target?.length === 1 && target[0] === "Kernel" && asParts?.length === 1 && typeof asParts[0] === "string") names.add(asParts[0]);
  }
  return names;
}

/** a remote call of Kernel's @ with one argument */
function isRemoteAt(a: AstCall, kernel: Set<string>): boolean {
  if (typeof a.name === "string" || !isCall(a.name, ".") || a.name.args?.length !== 2 || a.args?.length !== 1) return false;
  const [target, fun] = a.name.args;
  if (fun.t !== "atom" || fun.v !== "@") return false;
  if (target.t === "atom") return target.v === "Elixir.Kernel";
  const parts = aliasParts(target);
  return parts?.length === 1 && typeof parts[0] === "string" && kernel.has(parts[0]);
}

/** the body with every remote Kernel.@ written as a local @ (nodes copied only where changed) */
export function localAttributes(body: Ast): Ast {
  const kernel = kernelNames(body);
  if (!someNode(body, (a) => (a.t === "call" && isRemoteAt(a, kernel)) || undefined)) return body;
  // (on an explicit stack: code nests thousands deep)
  return foldTree<Ast, Ast>(body, (a) => {
    switch (a.t) {
      case "list": case "tuple":
        return new Expand(a.items, (items) => (items.every((x, i) => x === a.items[i]) ? a : { ...a, items }));
      case "call": {
        if (isRemoteAt(a, kernel)) return new Expand([a.args![0]], ([arg]) => ({ t: "call", name: "@", meta: a.meta, args: [arg] }));
        const kids = astKids(a);
        return new Expand(kids, (done) => {
          const name = typeof a.name === "string" ? a.name : done[0];
          const args = a.args === null ? null : typeof a.name === "string" ? done : done.slice(1);
          return name === a.name && (args === null || args.every((x, i) => x === a.args![i])) ? a : { ...a, name, args };
        });
      }
      default: return a;
    }
  });
}
