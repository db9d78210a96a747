// A defmodule met inside code (a script's top level, a function body, a fn) defines its module
// when execution reaches it, each time it does, as Elixir's :elixir_module.compile: the code
// calls :beamlet_code.define_nested_module(key, binding) with the variables in scope there, and the
// module is compiled then from the directives in force where it is written, its body reading
// those variables (`x = 1; defmodule M do @x x ... end`).
import type { Ast, AstCall } from "../lang/ast.ts";
import type { CompiledModule } from "../vm/module.ts";
import type { Term } from "../vm/terms.ts";
import type { ModCtx, Scope } from "./context.ts";
import type { ExprCompiler } from "./expressions.ts";
import { remote, listA, tupleA, atomA, v } from "./ast_util.ts";
import { compileModuleForm, nestedModuleName } from "./modules.ts";
import { guardCompile, snapshotCtx } from "./compile.ts";

export interface NestedDefinition {
  /** compile the module (and those its body defines) with these variables bound */
  compile(bindings: [string, Term][]): CompiledModule[];
  file: string;
  line: number;
}

// closures of the compiler, found by key: a module holding such code works in the node that
// compiled it (beamlet does not write a module's source form into its object code)
const definitions = new Map<string, NestedDefinition>();
const session = Math.random().toString(36).slice(2, 10);
let count = 0;

export function nestedDefinition(key: string): NestedDefinition | undefined {
  return definitions.get(key);
}

/** compile `defmodule ...` (or defprotocol/defimpl) at `a` into the call defining it at run time */
export function defineAtRunTime(a: Ast, ex: ExprCompiler, tail: boolean, scope: Scope): NestedDefinition {
  const ctx: ModCtx = ex.mod;
  const call = a as AstCall;
  // the name is known now: defmodule Inner inside Outer's code aliases Inner from here on
  if ((call.name === "defmodule" || call.name === "defprotocol") && call.args?.[0]) nestedModuleName(call.args[0], ctx);
  const outer = snapshotCtx(ctx);
  const file = ctx.file, host = ctx.host, line = call.meta?.line ?? 1;
  // (where it is written, for the error when the key is not known: see the BIF)
  const key = `${session}.${++count} ${file}:${line}`;
  const def: NestedDefinition = {
    file, line,
    compile: (bindings) => guardCompile(file, () => line, () => compileModuleForm(call, snapshotCtx(outer), host, bindings), host),
  };
  definitions.set(key, def);
  const names = [...scope.allNames().keys()].filter((n) => !n.startsWith("$") && n !== "_");
  const binding = listA(names.map((n) => tupleA([atomA(n), v(n)])));
  ex.expr(remote("beamlet_code", "define_nested_module", [{ t: "str", v: key } as Ast, binding]), scope, tail);
  return def;
}
