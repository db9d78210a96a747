// The library's calls placed where Elixir's own function makes them: given the lines of the calls
// Elixir's module.name/arity makes, by "callee/arity" in source order (compiler/library_call_lines.ts,
// handed in by the host as CompilerHost.libraryCallLines), the n-th call in beamlet's definition
// of the same function to a callee of that name and arity is put on the n-th line, when beamlet's
// makes as many (or on the one line when all of Elixir's stand there), so its frame reads as
// Elixir's. Code the library places by hand (__at_line__) keeps its lines.
import type { Ast, AstCall } from "../lang/ast.ts";

type CallLines = ReadonlyMap<string, readonly number[]>;

/** "name/arity" of a call node `f(args)`, `mod.f(args)` or `var.f(args)`, arity more when piped into */
function calleeKey(call: AstCall, piped: number): string | undefined {
  if (call.args === null) return undefined;
  const arity = call.args.length + piped;
  // (raise Mod, msg and raise "msg" call Mod.exception/1 there, what the table has)
  const message = call.args[0];
  if (call.name === "raise" && (arity === 2 || (arity === 1 && (message?.t === "str" || (message?.t === "call" && message.name === "<<>>"))))) return "exception/1";
  if (typeof call.name === "string") return `${call.name}/${arity}`;
  const dot = call.name;
  if (dot.t === "call" && dot.name === "." && dot.args?.length === 2 && dot.args[1].t === "atom") return `${dot.args[1].v}/${arity}`;
  return undefined;
}

/** each call node of `ast` outside hand-placed code, with its key, in source order (a call before its arguments' calls) */
function walkCalls(ast: Ast, visit: (call: AstCall, key: string | undefined) => void, piped = 0): void {
  switch (ast.t) {
    case "call": {
      const a = ast.args;
      if (ast.name === "__at_line__") return;
      // (`x |> f(y)` calls f/2)
      if (ast.name === "|>" && a && a.length === 2) {
        walkCalls(a[0], visit);
        walkCalls(a[1], visit, 1);
        return;
      }
      visit(ast, calleeKey(ast, piped));
      if (typeof ast.name !== "string") walkCalls(ast.name, visit);
      for (const x of a ?? []) walkCalls(x, visit);
      return;
    }
    case "list":
    case "tuple":
      for (const x of ast.items) walkCalls(x, visit);
      return;
    default:
      return;
  }
}

/** `ast` with its calls of `lines`'s callees on their lines */
export function callsPlaced(ast: Ast, lines: CallLines): Ast {
  const counts = new Map<string, number>();
  walkCalls(ast, (_, key) => {
    if (key !== undefined && lines.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  const placed = new Map<AstCall, number>();
  const seen = new Map<string, number>();
  walkCalls(ast, (call, key) => {
    const elixirs = key === undefined ? undefined : lines.get(key);
    if (elixirs === undefined) return;
    const n = seen.get(key!) ?? 0;
    seen.set(key!, n + 1);
    if (elixirs.length === counts.get(key!)) placed.set(call, elixirs[n]);
    else if (elixirs.every((l) => l === elixirs[0])) placed.set(call, elixirs[0]);
  });
  return placed.size === 0 ? ast : rebuilt(ast, placed);
}

/** `ast` with the calls of `placed` at their lines */
function rebuilt(ast: Ast, placed: ReadonlyMap<AstCall, number>): Ast {
  switch (ast.t) {
    case "call": {
      const a = ast.args;
      const name = typeof ast.name === "string" ? ast.name : rebuilt(ast.name, placed);
      const args = a && a.map((x) => rebuilt(x, placed));
      const line = placed.get(ast);
      if (line !== undefined) {
        const placedName = typeof name === "string" || name.t !== "call" ? name : { ...name, meta: { ...name.meta, line } };
        return { ...ast, name: placedName, args, meta: { ...ast.meta, line } };
      }
      return name === ast.name && (a === null || args!.every((x, i) => x === a[i])) ? ast : { ...ast, name, args };
    }
    case "list": {
      const items = ast.items.map((x) => rebuilt(x, placed));
      return items.every((x, i) => x === ast.items[i]) ? ast : { ...ast, items };
    }
    case "tuple": {
      const items = ast.items.map((x) => rebuilt(x, placed));
      return items.every((x, i) => x === ast.items[i]) ? ast : { ...ast, items };
    }
    default:
      return ast;
  }
}
