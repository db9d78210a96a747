// The code a program's own macros expanded to inside its functions and module bodies, for the warnings' walk
// (compiler/warnings/variables.ts): a variable a macro binds in the caller's context (var!, or
// the caller's own variable unquoted into a match) is unused there as Elixir reports it.
import type { Ast, AstCall } from "../lang/ast.ts";
import { keywordPairs } from "./ast_util.ts";
import { hasElixirExports } from "./warnings/elixir_export_modules.ts";
import { someNode } from "./ast_walk.ts";

const expansions = new WeakMap<object, Ast>();
/** the module of the macro each noted call expanded */
const expandedBy = new WeakMap<object, string>();

/** the node written in the code each node of a definition made from its quoted form stands for */
const sourceOf = new WeakMap<object, object>();

/** the node a library macro's do-block was written as, for each node of the definition it made
 *  (linkWrittenBlock): only the unused-variable walk follows these */
const writtenAs = new WeakMap<object, object>();
/** what the calls written in such a block expanded to (assert_receive binding the caller's variables) */
const writtenExpansions = new WeakMap<object, Ast>();
/** the module of the macro each such written call expanded */
const writtenExpandedBy = new WeakMap<object, string>();

export function noteExpansion(call: object, expanded: Ast, module: string): void {
  expansions.set(call, expanded);
  expandedBy.set(call, module);
  const source = sourceOf.get(call);
  if (source) noteExpansion(source, expanded, module);
  for (let w = writtenAs.get(call); w !== undefined; w = writtenAs.get(w)) {
    writtenExpansions.set(w, expanded);
    writtenExpandedBy.set(w, module);
  }
}

/** the node written in a library macro's do-block (a test's body) that `a`, a node of the
 *  definition it made, stands for (a itself when none) */
export function writtenInDoBlock<T extends object>(a: T): T {
  let n: object = a;
  for (let w = writtenAs.get(n) ?? sourceOf.get(n); w !== undefined; w = writtenAs.get(n) ?? sourceOf.get(n)) n = w;
  return n as T;
}

/** what a call written in a library macro's do-block (a test's body) expanded to */
export function writtenExpansionOf(call: object): Ast | undefined {
  return writtenExpansions.get(call);
}

/** `made` was rebuilt from the quoted form of `source` (a def in a module body's code, a fn's):
 *  where their shapes agree (not where unquote fragments were filled in), its calls stand for
 *  the ones written, so what they expand to is noted on those too */
export function linkSources(made: Ast, source: Ast, links: WeakMap<object, object> = sourceOf): void {
  if (made === source) return;
  if (made.t === "call" && source.t === "call") {
    const skip = links === writtenAs ? describeRewrite(made, source) : 0;
    const args = skip > 0 ? made.args!.slice(skip) : made.args;
    if ((args === null) !== (source.args === null) || (args?.length ?? 0) !== (source.args?.length ?? 0)) return;
    if (skip > 0) {
      // (a test or setup the describe rewrote: its name and the arguments put first differ)
    } else if (typeof made.name === "string" || typeof source.name === "string") {
      if (made.name !== source.name) return;
    } else linkSources(made.name, source.name, links);
    links.set(made, source);
    args?.forEach((x, i) => linkSources(x, source.args![i], links));
  } else if ((made.t === "list" && source.t === "list") || (made.t === "tuple" && source.t === "tuple")) {
    if (made.items.length === source.items.length) made.items.forEach((x, i) => linkSources(x, (source.items as Ast[])[i], links));
  }
}

/**
 * A library macro called with a do-block in a module body (ExUnit's `test "x" do ... end`, `setup
 * do ... end`, `describe`, and the tests and setups a describe's block made) made a definition of
 * it: the first node of `expanded` shaped as the block written is linked to it, so what the calls
 * in the definition expand to (assert_receive's bindings) is noted on the calls written, which the
 * warnings' walk reads
 */
export function linkWrittenDoBlock(call: AstCall, expanded: Ast, local: boolean): void {
  const block = keywordPairs(call.args?.[call.args.length - 1])?.find(([k]) => k === "do")?.[1];
  if (block !== undefined && !local && programExpansionOf(call) === undefined) linkWrittenBlock(expanded, block);
}

function linkWrittenBlock(expanded: Ast, block: Ast): void {
  if (block.t !== "call") return;
  someNode(expanded, (x) => {
    if (x === block || !sameShape(x, block)) return undefined;
    linkSources(x, block, writtenAs);
    return true;
  });
}

/** ExUnit's describe (lib/ex_unit/case.ex) rewrites the tests and setups written in its block
 *  before they expand: `test msg, ...` to ExUnit.Case.__describe_test__(describe, msg, ...) and
 *  `setup ...` to ExUnit.Callbacks.__describe_setup__(describe, index, ...). For such a call
 *  `made` of one written as `source`: how many arguments the rewrite put first (0: none) */
function describeRewrite(made: AstCall, source: AstCall): number {
  if (typeof source.name !== "string" || typeof made.name === "string" || made.name.t !== "call" || made.name.name !== ".") return 0;
  const [m, f] = made.name.args ?? [];
  if (m?.t !== "atom" || f?.t !== "atom") return 0;
  const skip = source.name === "test" && m.v === "Elixir.ExUnit.Case" && f.v === "__describe_test__" ? 1 : source.name === "setup" && m.v === "Elixir.ExUnit.Callbacks" && f.v === "__describe_setup__" ? 2 : 0;
  return skip > 0 && (made.args?.length ?? 0) >= skip ? skip : 0;
}

/** whether two nodes are the same code but for metadata (their calls, sizes and leaves; `(b; :ok)`
 *  made of a block b is not b) */
function sameShape(x: Ast, y: Ast): boolean {
  const todo: [Ast, Ast][] = [[x, y]];
  for (let budget = 10_000; todo.length > 0; budget--) {
    if (budget === 0) return false;
    const [a, b] = todo.pop()!;
    if (a.t !== b.t) return false;
    if (a.t === "call" && b.t === "call") {
      const skip = describeRewrite(a, b);
      const args = skip > 0 ? a.args!.slice(skip) : a.args;
      if ((args === null) !== (b.args === null) || (args?.length ?? 0) !== (b.args?.length ?? 0)) return false;
      if (skip > 0) {
        // (a test or setup the describe rewrote)
      } else if (typeof a.name === "string" || typeof b.name === "string") {
        if (a.name !== b.name) return false;
      } else todo.push([a.name, b.name]);
      args?.forEach((p, i) => todo.push([p, b.args![i]]));
    } else if ((a.t === "list" && b.t === "list") || (a.t === "tuple" && b.t === "tuple")) {
      if (a.items.length !== b.items.length) return false;
      a.items.forEach((p, i) => todo.push([p, (b.items as Ast[])[i]]));
    } else if ("v" in a && "v" in b && a.v !== b.v) return false;
  }
  return true;
}

/** Elixir's applications besides elixir itself: their macros (ExUnit's test, assert ...) are
 *  library code, as isElixirModule's */
const APPS = /^Elixir\.(?:ExUnit|Logger|EEx|IEx|Mix)(?:\.|$)/;

/** what the call of a macro the program defines (not one of Elixir's applications) expanded to */
export function programExpansionOf(call: object): Ast | undefined {
  const m = expandedBy.get(call);
  return m === undefined || APPS.test(m) ? undefined : expansions.get(call);
}

/** what a call written in a module (in its functions, its body, a test's block) expanded to, and
 *  the macro's module: a program's macro's or a library's not of Elixir itself (ExUnit's) */
export function noteOfExpansion(call: object): { expanded: Ast; module: string } | undefined {
  const written = writtenExpansions.get(call);
  if (written !== undefined) return { expanded: written, module: writtenExpandedBy.get(call)! };
  const expanded = expansions.get(call);
  return expanded === undefined ? undefined : { expanded, module: expandedBy.get(call)! };
}

/** what the macro call expanded to (undefined: not a call of the program's own macro) */
export function expansionOf(call: object): Ast | undefined {
  return expansions.get(call);
}

/** a module of Elixir's own (Kernel, ExUnit.Assertions ...), not the program's */
export function isElixirModule(module: string): boolean {
  return hasElixirExports(module.replace(/^Elixir\./, ""));
}
