// The module's @compile options as Elixir 1.14 checks them once the body is done (elixir_module's
// validate_compile_opts): each `{:inline, [name: arity]}` must name a function or macro the module
// defines, else a CompileError at the defmodule's line. The options are walked in the order set,
// a nested list by a nested lists:flatmap/2, and the error is raised inside those walks: its
// trace is their lists:flatmap_1/2 frames (in the process Elixir compiles the module in, so no
// frame of the script below them). Each `{:parse_transform, module}` is deprecated (a warning),
// and the Erlang compiler refuses a module that does not export parse_transform/2.
import type { Ast } from "../lang/ast.ts";
import type { ElixirFrame } from "../lang/compile_error.ts";
import { Atom, Tuple, atom, isList, listToArray, tuple, type Term } from "../vm/terms.ts";
import { isCall } from "./ast_util.ts";
import { literalTerm } from "./patterns.ts";

const FLATMAP_1: ElixirFrame = ["lists", "flatmap_1", 2, "lists.erl", 1335, "stdlib 4.2"];
/** below the walks: the module's compilation, in the process that compiles it (Kernel.CLI does
 *  not print these frames) */
const VALIDATING: ElixirFrame[] = [
  ["elixir_module", "-compile/5-fun-1-", 8, "src/elixir_module.erl", 133],
  ["elixir_erl_compiler", "-spawn/1-fun-0-", 2, "src/elixir_erl_compiler.erl", 12],
];
/** erlang:system_flag(backtrace_depth)'s default, less the entry of the function that raised
 *  (Elixir drops it) */
const SHOWN_DEPTH = 8 - 1;

export interface BadInline { name: string; arity: number; frames: ElixirFrame[] }

type Defines = (name: string, arity: number) => boolean;

/** the first `{:inline, ...}` entry naming no definition, if any. `compile`: the @compile
 *  attribute's list (latest first, as the module stores an accumulated attribute) */
export function badInline(compile: Ast | undefined, defines: Defines): BadInline | null {
  if (compile?.t !== "list") return null;
  const options = [...compile.items].reverse().map((v) => literalTerm(v));
  if (options.some((v) => v === undefined)) return null;
  const found = walk(options as Term[], defines);
  if (!found) return null;
  // the BEAM records a return address once when the next one below is the same (an inner walk's
  // first option applied right where the outer walk applies its option)
  const kept = found.returns.filter((r, i) => i === 0 || found.returns[i - 1] !== r);
  return { name: found.name, arity: found.arity, frames: [...kept.map(() => FLATMAP_1), ...VALIDATING].slice(0, SHOWN_DEPTH) };
}

/** lists:flatmap_1/2 over the options, top of the stack first: at the i-th option (from 1) the
 *  return to where it applies the fun and, from the second on, the returns of its recursion, all
 *  to one place, so recorded once. An option that is a list is walked the same way inside */
function walk(options: Term[], defines: Defines): { name: string; arity: number; returns: ("apply" | "recurse")[] } | null {
  for (let i = 0; i < options.length; i++) {
    const opt = options[i];
    let found: { name: string; arity: number; returns: ("apply" | "recurse")[] } | null = null;
    if (isList(opt)) found = walk(listToArray(opt) ?? [], defines);
    else if (opt instanceof Tuple && opt.items.length === 2 && opt.items[0] instanceof Atom && opt.items[0].name === "inline") {
      const missing = undefinedInline(opt.items[1], defines);
      if (missing) found = { ...missing, returns: [] };
    }
    if (found) return { ...found, returns: [...found.returns, "apply", ...(i > 0 ? ["recurse" as const] : [])] };
  }
  return null;
}

/** the first {name, arity} of an inline option's list that the module does not define */
function undefinedInline(entries: Term, defines: Defines): { name: string; arity: number } | null {
  for (const e of listToArray(entries) ?? []) {
    if (!(e instanceof Tuple) || e.items.length !== 2 || !(e.items[0] instanceof Atom) || typeof e.items[1] !== "number") continue;
    if (!defines(e.items[0].name, e.items[1])) return { name: e.items[0].name, arity: e.items[1] };
  }
  return null;
}

/** the `{:parse_transform, module}` options, in the order set, nested lists flattened (`compile`
 *  as for badInline; `moduleOf`: the module an alias names) */
export function parseTransformOptions(compile: Ast | undefined, moduleOf: (alias: Ast) => string | null): Tuple[] {
  if (compile?.t !== "list") return [];
  const out: Tuple[] = [];
  const todo: Ast[] = [...compile.items];
  while (todo.length > 0) {
    const a = todo.pop()!;
    if (a.t === "list") todo.push(...[...a.items].reverse());
    else if (a.t === "tuple" && a.items.length === 2 && a.items[0].t === "atom" && a.items[0].v === "parse_transform") {
      const m = a.items[1];
      const name = m.t === "atom" ? m.v : isCall(m, "__aliases__") ? moduleOf(m) : null;
      if (name !== null) out.push(tuple(atom("parse_transform"), atom(name)));
    }
  }
  return out;
}

/** Elixir's warning for a parse transform option (`text`: the option inspected) */
export function parseTransformWarning(text: string): string {
  return `@compile ${text} is deprecated. Elixir will no longer support Erlang-based transforms in future versions`;
}

/** the first transform the Erlang compiler refuses (a module that is not an atom or does not
 *  export parse_transform/2): its message, as the CompileError Elixir raises (no file, no line) */
export function undefinedParseTransform(transforms: Tuple[], exports: (module: string) => string[] | undefined): string | null {
  for (const t of transforms) {
    const m = t.items[1];
    if (!(m instanceof Atom)) continue;
    if (!exports(m.name)?.includes("parse_transform/2")) return `undefined parse transform '${m.name}'`;
  }
  return null;
}
