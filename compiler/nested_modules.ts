// A defmodule met inside code (a script's top level, a function body, a fn) defines its module
// when execution reaches it, each time it does, as Elixir's :elixir_module.compile: the code
// calls :beamlet_code.define_nested_module(key, binding, saved) with the variables in scope there, and the
// module is compiled then from the directives in force where it is written, its body reading
// those variables (`x = 1; defmodule M do @x x ... end`).
import type { Ast, AstCall } from "../lang/ast.ts";
import { funUniqOf, type CompiledModule } from "../vm/module.ts";
import { Bin, Tuple, atom, binLiteral, list, listToArray, tuple, type Term } from "../vm/terms.ts";
import { ModCtx, emptyPromptEnv, type CompilerHost, type Scope } from "./context.ts";
import { astToTerm, termToAst, valueAst } from "./quoted.ts";
import type { ExprCompiler } from "./expressions.ts";
import { remote, listA, tupleA, atomA, v } from "./ast_util.ts";
import { isScriptModule } from "./script_module.ts";
import { compileModuleForm, nestedModuleName, isComputedModuleName } from "./modules.ts";
import { guardCompile, snapshotCtx } from "./compile.ts";
import { CompileError } from "../lang/compile_error.ts";
import { moduleTrace } from "./expander_frames.ts";
import { writtenNode } from "./module_body.ts";
import { writtenInDoBlock, noteOfExpansion } from "./macro_expansions.ts";

export interface NestedDefinition {
  /** compile the module (and those its body defines) with these variables bound; `name`: the
   *  value of a name computed by code (`defmodule Module.concat(__MODULE__, n)`) */
  compile(bindings: [string, Term][], name?: string): CompiledModule[];
  file: string;
  line: number;
  /** its name is computed by code: compile needs the name's value */
  computedName?: boolean;
  /** the module a defmodule (or defprotocol) names when written literally (nested in a module's
   *  body: Outer.Inner) */
  moduleName?: string;
  /** a script's top level defines it in no tail call: its frame, `FILE:LINE: (file)`, stays below
   *  the module body's when the body fails */
  scriptFrame?: boolean;
  /** in a file of defmodules only, which Elixir compiles one after the other by a lists:foldl
   *  (elixir_compiler's fast_compile): its place among them, the foldl's frame below its body's */
  foldIndex?: number;
  /** in a file of defmodules only (elixir_compiler's fast_compile: no compiler module of the file's) */
  fastCompiled?: boolean;
  /** the code defines it in a tail call: the frame of the code defining it is gone */
  tail?: boolean;
  /** written in evaluated code (Code.eval_string/eval_quoted): what the modules that code defines
   *  share, for the pid numbers Elixir's compiler takes (vm/node.ts evalModulePids) */
  evalUnit?: EvalUnit;
}

/** the modules one compiled piece of evaluated code defines: whether one has been defined yet */
export interface EvalUnit {
  defined: boolean;
}

/** evaluated code's unit, one per compilation */
const evalUnits = new WeakMap<ModCtx, EvalUnit>();

// closures of the compiler, found by key, in the node that compiled the code; code loaded from an
// object file (_build, a release) finds its definition in the call's third argument instead: the
// quoted defmodule and the directives in force there, a literal of the code, as Elixir keeps the
// quoted module body in the .beam of the function holding it
const definitions = new Map<string, NestedDefinition>();
const session = Math.random().toString(36).slice(2, 10);
let count = 0;

export function nestedDefinition(key: string): NestedDefinition | undefined {
  return definitions.get(key);
}

const keyPrefix = new TextEncoder().encode(session + ".");

/** a key of this process's nested definitions: random per process, so a fun's uniq leaves it out
 *  (the same code makes the same funs in every run: compiledFunUniq) */
function isOwnNestedKey(b: Bin): boolean {
  if (b.tailBits !== 0 || b.size <= keyPrefix.length) return false;
  for (let i = 0; i < keyPrefix.length; i++) if (b.byteAt(i) !== keyPrefix[i]) return false;
  return definitions.has(b.toString());
}

/** the uniq of the funs of a module compiled now (vm/module.ts funUniqOf) */
export function compiledFunUniq(name: string, code: Int32Array, literals: readonly unknown[]): number {
  return funUniqOf(name, code, literals, isOwnNestedKey);
}

/** compile `defmodule ...` (or defprotocol/defimpl) at `a` into the call defining it at run time */
/**
 * `quotedName`: a file of defmodules only, which Elixir compiles without evaluating its code: a
 * name that is not an alias is taken as written, its quoted form (an invalid name)
 */
export function defineAtRunTime(a: Ast, ex: ExprCompiler, tail: boolean, scope: Scope, quotedName = false): NestedDefinition {
  const ctx: ModCtx = ex.mod;
  const call = a as AstCall;
  // the name is known now: defmodule Inner inside Outer's code aliases Inner from here on
  const definesModule = (call.name === "defmodule" || call.name === "defprotocol") && call.args?.[0] !== undefined;
  // (a name computed by code is evaluated where the defmodule runs: no alias comes of it)
  const computed = definesModule && isComputedModuleName(call.args![0], ctx);
  const moduleName = definesModule && !computed ? nestedModuleName(call.args![0], ctx) : null;
  // (the code after it has it in its context_modules)
  if (moduleName) ctx.addContextModule(moduleName);
  const outer = snapshotCtx(ctx);
  const file = ctx.file, host = ctx.host, line = call.meta?.line ?? 1;
  // (where it is written, for the error when the key is not known: see the BIF)
  const key = `${session}.${++count} ${file}:${line}`;
  const def: NestedDefinition = {
    file, line, computedName: computed, ...(moduleName ? { moduleName } : {}),
    compile: (bindings, name) => guardCompile(file, () => line, () => {
      try {
        const at = snapshotCtx(outer);
        // (in a function: its body is the next compiler module after those held when it runs)
        if (!isScriptModule(ctx.name) && host.nextCompilerModule) at.nextCompilerIndex = host.nextCompilerModule();
        return compileModuleForm(call, at, host, bindings, name);
      } catch (e) {
        // an error in a def's body: the expander's trace from the module body's frame
        // (a computed name, `defmodule mod` in a for, is the one the code gave)
        const definedName = moduleName ?? name;
        if (e instanceof CompileError && e.siteFrames && e.at && definedName && call.name === "defmodule") {
          const trace = moduleTrace(call, definedName, writtenOrigin(e.at), e.siteFrames, e.file, (m, f, n) => !!host.moduleMacros?.(m)?.includes(f + "/" + n), def.foldIndex, noteOfExpansion);
          if (trace) e.trace = trace;
        }
        throw e;
      }
    }, host),
  };
  if (!tail && ex.fn.name === "__FILE__") def.scriptFrame = true;
  def.tail = tail;
  if (ctx.evalContexts !== null) {
    let unit = evalUnits.get(ctx);
    if (!unit) evalUnits.set(ctx, (unit = { defined: false }));
    def.evalUnit = unit;
  }
  definitions.set(key, def);
  const names = [...scope.allNames().keys()].filter((n) => !n.startsWith("$") && n !== "_");
  const binding = listA(names.map((n) => tupleA([atomA(n), v(n)])));
  // (a script's code is compiled in each run that runs it: nothing to keep; code too deep for the
  // term walks keeps nothing either, and is compiled again where it is needed)
  const saved = isScriptModule(ctx.name) ? undefined : savedDefinitionOrUndefined(call, outer, line);
  const source: Ast = saved === undefined ? atomA("nil") : valueAst(saved) ?? atomA("nil");
  const args: Ast[] = [{ t: "str", v: key } as Ast, binding, source];
  if (computed) args.push(quotedName ? valueAst(astToTerm(call.args![0])) ?? atomA("nil") : call.args![0]);
  ex.expr(remote("beamlet_code", "define_nested_module", args), scope, tail);
  return def;
}

/** the node written in the program that `a` was made from: through the copies a module body's
 *  runs compile and the definitions a library macro's do-block made (a test's body), in turn */
function writtenOrigin<T extends object>(a: T): T {
  let n = a;
  for (let k = 0; k < 64; k++) {
    const next = writtenInDoBlock(writtenNode(n));
    if (next === n) break;
    n = next;
  }
  return n;
}

// ---- the definition as a term ------------------------------------------------------------------

const pairs = (m: Map<string, string>): Term => list([...m].map(([k, v]) => tuple(binLiteral(k), binLiteral(v))));
const strs = (xs: Iterable<string>): Term => list([...xs].map((x) => binLiteral(x)));

/** {quoted defmodule, {outer module, file, line, aliases, imports, imported also, kernel imported,
 *  imported macros, required}}: what compileModuleForm reads of the code around it */
function savedDefinition(call: AstCall, outer: ModCtx, line: number): Term {
  const d = outer.dirs;
  const also = list([...d.importedAlso].map(([k, v]) => tuple(binLiteral(k), strs(v))));
  const env = tuple(binLiteral(outer.name), binLiteral(outer.file), line, pairs(d.aliases), pairs(d.imports), also,
    atom(String(d.kernelImported)), pairs(d.importedMacros), strs(d.required));
  return tuple(astToTerm(call), env);
}

function savedDefinitionOrUndefined(call: AstCall, outer: ModCtx, line: number): Term | undefined {
  try {
    return savedDefinition(call, outer, line);
  } catch (e) {
    if (e instanceof RangeError) return undefined;
    throw e;
  }
}

/** the definition saved by savedDefinition, compiled by `host` (code loaded from an object file) */
export function definitionFromTerm(saved: Term, host: CompilerHost): NestedDefinition | undefined {
  if (!(saved instanceof Tuple) || saved.items.length !== 2 || !(saved.items[1] instanceof Tuple)) return undefined;
  const text = (t: Term) => (t as Bin).toString();
  const texts = (t: Term) => (listToArray(t) ?? []).map(text);
  const kv = (t: Term) => (listToArray(t) ?? []).map((p) => (p as Tuple).items);
  const [name, file, line, aliases, imports, also, kernelImported, macros, required] = saved.items[1].items;
  const call = termToAst(saved.items[0]) as AstCall;
  const outer = new ModCtx(text(name), text(file), host);
  const dirs = emptyPromptEnv();
  for (const [k, v] of kv(aliases)) dirs.aliases.set(text(k), text(v));
  for (const [k, v] of kv(imports)) dirs.imports.set(text(k), text(v));
  for (const [k, v] of kv(also)) dirs.importedAlso.set(text(k), texts(v));
  dirs.kernelImported = kernelImported === atom("true");
  for (const [k, v] of kv(macros)) dirs.importedMacros.set(text(k), text(v));
  for (const r of texts(required)) dirs.required.add(r);
  outer.moduleDirs = dirs;
  const at = line as number;
  return {
    file: outer.file, line: at,
    compile: (bindings, name) => guardCompile(outer.file, () => at, () => compileModuleForm(call, snapshotCtx(outer), host, bindings, name), host),
  };
}
