// The frames under a CompileError for a call no guard may make: Elixir raises it while it expands
// Kernel's guard macros around the call (and/2, or/2, in/2, is_nil/1), so the trace names them.
import type { Ast, AstCall } from "../lang/ast.ts";
import { CompileError, type ElixirFrame } from "../lang/compile_error.ts";
import { isCall } from "./ast_util.ts";

const GUARD_MACROS = new Set(["and/2", "or/2", "in/2", "is_nil/1"]);
const NO_SUCH_IMPORT = /^undefined function (.+)\/(\d+) \(there is no such import\)$/;

/**
 * A guard (one of `when`'s alternatives) in a def that makes a call no guard may make: Elixir
 * raises it while it expands Kernel's guard macros around the call (and/2, or/2, in/2...), so the
 * trace shows each, innermost first, with the def's frame (their caller) at the macro's line; as many as the BEAM's 8 frames keep (fewer the deeper
 * the call is nested in function calls below the innermost). Without such a macro around the
 * call, the error as it was (no frame reaches the file). `site`: the frames of the construct the
 * guard is in (match?'s expansion), after the macros'.
 */
export function defGuardError(e: unknown, guard: Ast, own: (line: number) => ElixirFrame, site: ElixirFrame[] = []): unknown {
  // (outside a def, a local call is no such import: raised as the guard macros expand too)
  const noImport = NO_SUCH_IMPORT.test(e instanceof CompileError ? e.description : "");
  if (!(e instanceof CompileError) || e.kind !== "CompileError" || (e.trace !== "none" && !(noImport && e.trace === undefined)) || e.banner !== undefined ||
      !(noImport || / in guards?[,.]|inside guards/.test(e.description))) return e;
  const found = enclosingGuardMacros(guard, e.description);
  if (!found || found.macros.length === 0) return e;
  const frames: ElixirFrame[] = [];
  for (const m of found.macros) frames.push(["Elixir.Kernel", m.name as string, m.args!.length, "expanding macro", 0], own(m.meta.line ?? e.line));
  frames.push(...site);
  const isMatch = e.description.includes(", = is not allowed in guards");
  // (a struct's update is refused deeper in the expander: fewer frames show)
  const structUpdate = e.description.startsWith("cannot use map/struct update syntax in guard") && found.failing.name === "%";
  const shown = structUpdate ? 1 : found.below === 0 ? (isMatch ? 4 : 5) : found.below === 1 ? 2 : 1;
  e.trace = frames.slice(0, shown);
  return e;
}

/** the failing call a guard's error names, found in `body`: Kernel's guard macros around it,
 *  innermost first, and how deep in function calls below the innermost it is (null: not found) */
export function enclosingGuardMacros(body: Ast, description: string): { macros: AstCall[]; below: number; failing: AstCall } | null {
  const remote = /^cannot invoke remote function (.+)\.([^./]+)\/(\d+) inside guards/.exec(description);
  const local = /^cannot find or invoke local (.+)\/(\d+) inside guards/.exec(description) ?? NO_SUCH_IMPORT.exec(description);
  const match = description.includes(", = is not allowed in guards");
  const update = description.startsWith("cannot use map/struct update syntax in guard");
  const failing = (a: AstCall): boolean => {
    if (match) return a.name === "=";
    if (update) return (a.name === "%{}" || a.name === "%") && a.args !== null && (a.name === "%{}" ? a.args : (a.args[1] as AstCall).args ?? []).some((x) => isCall(x, "|"));
    if (local) return a.name === local[1] && (a.args?.length ?? -1) === Number(local[2]);
    if (remote) return isCall(a.name as Ast, ".") && (a.name as AstCall).args?.[1]?.t === "atom" && ((a.name as AstCall).args![1] as { v: string }).v === remote[2] && (a.args?.length ?? -1) === Number(remote[3]);
    return false;
  };
  type Found = { macros: AstCall[]; below: number; failing: AstCall };
  const walk = (a: Ast, around: AstCall[], below: number): Found | null => {
    if (a.t === "list" || a.t === "tuple") {
      for (const x of a.items) { const r = walk(x, around, below); if (r) return r; }
      return null;
    }
    if (a.t !== "call") return null;
    if (failing(a)) return { macros: around, below, failing: a };
    const macro = typeof a.name === "string" && a.args && GUARD_MACROS.has(`${a.name}/${a.args.length}`);
    for (const x of a.args ?? []) { const r = macro ? walk(x, [a, ...around], 0) : walk(x, around, below + 1); if (r) return r; }
    return null;
  };
  return walk(body, [], 0);
}
