// Elixir expands `%Mod{...}` at compile time, calling the struct's module then: code that runs
// before the module exists, or names a key the struct lacks, stops with a CompileError (or the
// error the struct's __struct__/1 raised), before any of it runs. A script's top level (or an
// expression typed at the REPL) is expanded whole before it runs, so a struct whose module it
// defines itself, or a module nested in one, does not exist yet there. Elsewhere (a module's
// functions, compiled in a project whose files may come in any order) a module that is not
// loaded yet is left to run time.
import type { Ast } from "../lang/ast.ts";
import type { FnCtx, ModCtx } from "./context.ts";
import { CompileError } from "../lang/compile_error.ts";
import { displayModule } from "./aliases.ts";
import { isScriptModule } from "./script_module.ts";
import { astToTermShared } from "./quoted.ts";
import { compileTimeError } from "./macros.ts";
import { Atom, Bin, Cons, ExtFun, Float, NIL, Tuple, atom, list, tuple, isMap, listToArray, type Term, charlist } from "../vm/terms.ts";
import { listEntries } from "../vm/map.ts";
import type { MapLike } from "../vm/terms.ts";
import { inspectAtom } from "../vm/inspect.ts";
import { literalTerm } from "./literal_term.ts";
import { exception } from "../vm/errors.ts";

const atTopLevel = (ctx: ModCtx) => isScriptModule(ctx.name);

/** where the expansion happens, as Elixir's expander names it: the file's top level `(file)`, a
 *  module body `B (module)`, or the function `B.f/1` (a fn in it too) */
type Site = { module: string; fun: string; arity: number };

/** where an expansion happens: a function being compiled, or a module's body (no FnCtx of its own) */
type Where = Pick<FnCtx, "mod" | "name" | "arity">;
const moduleBody = (ctx: ModCtx): Where => ({ mod: ctx, name: "__script__", arity: 0 });

function site(fn: Where): Site {
  const ctx = fn.mod;
  // (Macro.Env.stacktrace/1 names code outside modules :elixir_compiler_0, evaluated code's too)
  if (atTopLevel(ctx)) return { module: "elixir_compiler_0", fun: "__FILE__", arity: 1 };
  if (fn.name === "__script__") return { module: ctx.name, fun: "__MODULE__", arity: 0 };
  const lifted = /^-(.+)\/(\d+)-fun-\d+-$/.exec(fn.name);
  return { module: ctx.name, fun: lifted ? lifted[1] : fn.name, arity: lifted ? Number(lifted[2]) : fn.arity };
}

function siteText(s: Site): string {
  if (s.fun === "__FILE__") return "(file)";
  if (s.fun === "__MODULE__") return `${displayModule(s.module)} (module)`;
  return `${displayModule(s.module)}.${s.fun}/${s.arity}`;
}

/** "(elixir 1.14.0) " before a library struct's expansion frame, as Elixir names its app */
function appPrefix(ctx: ModCtx, mod: string): string {
  const r = ctx.host.callSync?.("beamlet", "library_application", [atom(mod)]);
  if (!(r instanceof Tuple) || r.items[0] !== atom("ok") || !(r.items[1] instanceof Tuple)) return "";
  const [app, vsn] = (r.items[1] as Tuple).items;
  return `(${(app as Atom).name} ${String.fromCodePoint(...listCodes(vsn))}) `;
}

function listCodes(t: Term): number[] {
  const out: number[] = [];
  for (let c: any = t; c && c.head !== undefined; c = c.tail) out.push(c.head as number);
  return out;
}

/** the macros whose expansion holds the struct, innermost first, each with its call's line; the
 *  BEAM keeps 8 frames: the struct's two and at most three macros' */
function enclosingMacros(fn: Where) {
  const out = [];
  for (let m = fn.mod.expandingMacros; m !== null && out.length < 3; m = m.outer) out.push(m.frame);
  return out;
}

/** the exception's stack trace: {Mod, :__struct__, arity, [file: 'expanding struct']}, then the
 *  site, then each macro whose expansion it is in and the site again */
function structFrames(fn: Where, mod: string, arity: 0 | 1, line: number): Term {
  const s = site(fn);
  const at = (l: number) => list([tuple(atom("file"), charlist(fn.mod.file)), tuple(atom("line"), l)]);
  const macros = enclosingMacros(fn).flatMap((m) => [
    tuple(atom(m.module), atom(m.name), m.arity, list([tuple(atom("file"), charlist("expanding macro"))])), tuple(atom(s.module), atom(s.fun), s.arity, at(m.line))]);
  return list([tuple(atom(mod), atom("__struct__"), arity, list([tuple(atom("file"), charlist("expanding struct"))])), tuple(atom(s.module), atom(s.fun), s.arity, at(line)), ...macros]);
}

function trailer(fn: Where, mod: string, arity: 0 | 1, line: number, app = ""): string {
  const where = siteText(site(fn));
  const macros = enclosingMacros(fn).map((m) => `\n    ${appPrefix(fn.mod, m.module)}expanding macro: ${displayModule(m.module)}.${m.name}/${m.arity}\n    ${fn.mod.file}:${m.line}: ${where}`);
  return `\n    ${app}expanding struct: ${displayModule(mod)}.__struct__/${arity}\n    ${fn.mod.file}:${line}: ${where}${macros.join("")}`;
}

function structError(fn: Where, mod: string, arity: 0 | 1, line: number, message: string, app = ""): never {
  const ctx = fn.mod;
  const err = new CompileError("CompileError", ctx.file, line, null, message);
  err.banner = `** (CompileError) ${ctx.file}:${line}: ${message}${trailer(fn, mod, arity, line, app)}`;
  err.expansionStack = structFrames(fn, mod, arity, line);
  throw err;
}

const loaded = (ctx: ModCtx, mod: string) => ctx.host.moduleExports(mod) !== undefined;

/** the struct's fields are known now: its module is loaded in the version the code will meet (not
 *  the module being compiled, nor an old version of one a project is compiling again) */
const fieldsKnown = (ctx: ModCtx, mod: string) => mod !== ctx.name && !ctx.host.beingRecompiled?.has(mod) && loaded(ctx, mod);

/** in a project, no file defines mod (nor a nested module whose name ends as it does) */
function noProjectFileDefines(ctx: ModCtx, mod: string): boolean {
  const names = ctx.host.projectModules;
  if (names === undefined) return false;
  const written = mod.replace(/^Elixir\./, "");
  for (const n of names) if (written === n || written.endsWith("." + n)) return false;
  return true;
}

/** runs `check`, the checks of the struct at the node `at` (given at a script's top level): its
 *  error is placed there, as Elixir has told the unused variables of the clauses before it as it
 *  expanded them (cli/run_script.ts prints them before the error) */
export function structErrorsAt(at: object | undefined, check: () => void): void {
  try {
    check();
  } catch (e) {
    if (at && e instanceof CompileError && !e.at) e.at = at;
    throw e;
  }
}

/** %Mod{} in an expression expands Mod.__struct__/1, in a pattern or an update Mod.__struct__/0 */
export function checkStructAvailable(fn: Where, mod: string, line: number, arity: 0 | 1): void {
  const ctx = fn.mod;
  if (ctx.host.lenient) return;
  // the code of the body that defines the module (a fn in it too) cannot use its struct, before
  // its defstruct or after: the module is not defined until its body is done
  if (ctx.bodyOf !== null && mod === ctx.name) {
    const body = moduleBody(ctx);
    structError(body, mod, arity, line, `cannot access struct ${displayModule(mod)}, the struct was not yet defined or the struct is being accessed in the same context that defines it`);
  }
  // (a module nested in one of them is compiled and loaded when the body reaches its defmodule:
  // one not loaded yet is defined later, or by a function's code as it runs)
  const open = [ctx.name, ...ctx.outerModules].some((m) => mod === m || (mod.startsWith(m + ".") && !ctx.host.loadNow));
  // a def of the module written before its defstruct: Elixir expands it there, with no struct yet
  if (mod === ctx.name && ctx.structPending && fn.name !== "__script__") {
    const short = displayModule(mod);
    structError(fn, mod, arity, line, `${short}.__struct__/${arity} is undefined, cannot expand struct ${short}. Make sure the struct name is correct. If the struct name exists and is correct but it still cannot be found, you likely have cyclic module usage in your code`);
  }
  if (loaded(ctx, mod)) {
    // a loaded module without __struct__ (String, or the library's Config that a script redefines
    // later): calling it fails, and Elixir reports that call as the struct's absence
    if (open || ctx.host.beingRecompiled?.has(mod) || ctx.host.moduleExports(mod)!.includes(`__struct__/${arity}`)) return;
    const short = displayModule(mod);
    if (ctx.scriptDefined.has(mod)) structError(fn, mod, arity, line, `cannot access struct ${short}, the struct was not yet defined or the struct is being accessed in the same context that defines it`, appPrefix(ctx, mod));
    structError(fn, mod, arity, line, `${short}.__struct__/${arity} is undefined, cannot expand struct ${short}. Make sure the struct name is correct. If the struct name exists and is correct but it still cannot be found, you likely have cyclic module usage in your code`, appPrefix(ctx, mod));
  }
  if (ctx.scriptDefined.has(mod)) {
    structError(fn, mod, arity, line, `cannot access struct ${displayModule(mod)}, the struct was not yet defined or the struct is being accessed in the same context that defines it`);
  }
  // the module being defined (or one it is defined in) may define its struct later in its body,
  // and a module nested in one of them is loaded only when the outermost one is
  if (atTopLevel(ctx) || (ctx.host.strictStructs && !open) || (!open && noProjectFileDefines(ctx, mod))) {
    const short = displayModule(mod);
    structError(fn, mod, arity, line, `${short}.__struct__/${arity} is undefined, cannot expand struct ${short}. Make sure the struct name is correct. If the struct name exists and is correct but it still cannot be found, you likely have cyclic module usage in your code`);
  }
}

/** the fields `key: value` to check against Mod's struct now, their keys literal atoms; null when
 *  there is nothing to check against (a library, no node, a module not loaded in its version) or
 *  some key is no literal atom */
function checkableFields(fn: Where, mod: string, pairs: [Ast, Ast][]): [string, Ast][] | null {
  const ctx = fn.mod;
  if (ctx.host.lenient || !ctx.host.callSync || !fieldsKnown(ctx, mod)) return null;
  const out: [string, Ast][] = [];
  for (const [k, v] of pairs) {
    if (k.t !== "atom") return null;
    out.push([k.v, v]);
  }
  return out;
}

/** the quoted form of fields already given to a __struct__/1 at compile time: a struct nested in a
 *  struct's field is quoted once, not again for each struct around it (10,000 deep: quadratic) */
const quotedFields = new WeakMap<Ast, Term>();

/** `%Mod{k: v}` builds with Mod.__struct__/1 at compile time: a key it lacks (KeyError) or an
 *  enforced key left out (ArgumentError) stops the compilation with that error */
export function expandStructNow(fn: Where, mod: string, pairs: [Ast, Ast][], line: number): void {
  const ctx = fn.mod;
  const unknown = ownStructUnknownKey(fn, mod, pairs, line);
  if (unknown !== null) {
    const message = `** (KeyError) key ${inspectAtom(atom(unknown))} not found`;
    const err = new CompileError("CompileError", ctx.file, line, null, message);
    err.banner = message + trailer(fn, mod, 1, line);
    err.raised = [atom("error"), exception("KeyError", { key: atom(unknown), term: atom("nil"), message: atom("nil") })];
    err.expansionStack = structFrames(fn, mod, 1, line);
    throw err;
  }
  const keys = checkableFields(fn, mod, pairs);
  if (keys === null) return;
  const kw = list(keys.map(([k, v]) => tuple(atom(k), astToTermShared(v, quotedFields))));
  const r = ctx.host.callSync!(mod, "__struct__", [kw]);
  if (r instanceof Tuple && r.items[0] !== atom("ok")) {
    const err = compileTimeError(ctx, line, r, trailer(fn, mod, 1, line, appPrefix(ctx, mod)));
    err.expansionStack = structFrames(fn, mod, 1, line);
    throw err;
  }
}

/** a literal key the module's own struct lacks, in a function defined after its defstruct */
function ownStructUnknownKey(fn: Where, mod: string, pairs: [Ast, Ast][], line: number): string | null {
  const own = fn.mod.ownStruct;
  if (fn.mod.host.lenient || mod !== fn.mod.name || own === null || line <= own.line || fn.mod.currentDef === null) return null;
  for (const [k] of pairs) if (k.t === "atom" && !own.keys.has(k.v)) return k.v;
  return null;
}

/** the struct Mod.__struct__/0 gives now, when its fields are known and its defaults are literals
 *  (what Elixir's expansion of `%Mod{}` puts in the code); undefined otherwise */
export function literalStructDefaults(ctx: ModCtx, mod: string): MapLike | undefined {
  if (ctx.host.lenient || !ctx.host.callSync || !fieldsKnown(ctx, mod)) return undefined;
  const r = ctx.host.callSync(mod, "__struct__", []);
  if (!(r instanceof Tuple) || r.items[0] !== atom("ok") || !isMap(r.items[1])) return undefined;
  return isLiteral(r.items[1]) ? r.items[1] : undefined;
}

/** the entries of the struct `%Mod{}` expands to when they are all literals: another module's
 *  (loaded now) or, after its defstruct, the module's own (a guard holds the map Elixir puts there) */
export function literalStructEntries(fn: Where, mod: string, line: number): readonly [Term, Term][] | undefined {
  const own = fn.mod.ownStruct;
  if (mod === fn.mod.name && own?.fields !== undefined && line > own.line && fn.mod.currentDef !== null) {
    const entries: [Term, Term][] = [[atom("__struct__"), atom(mod)]];
    for (const [k, v] of own.fields) {
      const t = literalTerm(v);
      if (t === undefined || !isLiteral(t)) return undefined;
      entries.push([atom(k), t]);
    }
    return entries;
  }
  const defaults = literalStructDefaults(fn.mod, mod);
  return defaults === undefined ? undefined : listEntries(defaults);
}

/** a term the code can hold as a literal (no pid, port, reference, nor a fun of a module's code) */
function isLiteral(t: Term): boolean {
  const todo: Term[] = [t];
  while (todo.length) {
    const x = todo.pop()!;
    if (typeof x === "number" || typeof x === "bigint" || x instanceof Atom || x instanceof Bin || x instanceof Float || x instanceof ExtFun || x === NIL) continue;
    if (x instanceof Tuple) todo.push(...x.items);
    else if (x instanceof Cons) todo.push(x.head, x.tail);
    else if (isMap(x)) for (const [k, v] of listEntries(x)) todo.push(k, v);
    else return false;
  }
  return true;
}

/** `%Mod{s | k: v}` and the pattern `%Mod{k: p}` may name only the struct's keys */
export function checkStructKeys(fn: Where, mod: string, pairs: [Ast, Ast][], line: number): void {
  const ctx = fn.mod;
  const unknown = ownStructUnknownKey(fn, mod, pairs, line);
  if (unknown !== null) structError(fn, mod, 0, line, `unknown key ${inspectAtom(atom(unknown))} for struct ${displayModule(mod)}`);
  const keys = checkableFields(fn, mod, pairs);
  if (keys === null || keys.length === 0) return;
  const r = ctx.host.callSync!(mod, "__struct__", []);
  if (!(r instanceof Tuple) || r.items[0] !== atom("ok") || !isMap(r.items[1])) return;
  const struct = r.items[1];
  for (const [k] of keys) {
    if (!struct.has(atom(k))) structError(fn, mod, 0, line, `unknown key ${inspectAtom(atom(k))} for struct ${displayModule(mod)}`, appPrefix(ctx, mod));
  }
}

/** `@attr value` expands its value where it is set: a struct in it of a module not loaded, or with
 *  a key the struct lacks, stops the module body there, under Kernel.@/1's expansion frame */
export function expandAttributeStructs(ctx: ModCtx, value: Ast, line: number, resolve: (alias: Ast) => string | null): void {
  if (ctx.host.lenient) return;
  const body = moduleBody(ctx);
  const todo = [value];
  while (todo.length) {
    const a = todo.pop()!;
    if (a.t === "list" || a.t === "tuple") { todo.push(...a.items); continue; }
    if (a.t !== "call" || a.name === "quote" || a.name === "fn") continue;
    if (a.name === "%" && a.args?.length === 2 && a.args[1].t === "call" && a.args[1].name === "%{}") {
      const entries = a.args[1].args ?? [];
      const mod = resolve(a.args[0]);
      // an update (%S{s | k: v}) is left to the code that reads it
      if (mod !== null && !(entries.length === 1 && entries[0].t === "call" && entries[0].name === "|")) {
        const pairs = entries.filter((p) => p.t === "tuple" && p.items.length === 2).map((p) => [(p as { items: Ast[] }).items[0], (p as { items: Ast[] }).items[1]] as [Ast, Ast]);
        try {
          // the body that defines the module cannot use its struct (its functions can)
          if (mod === ctx.name) structError(body, mod, 1, line, `cannot access struct ${displayModule(mod)}, the struct was not yet defined or the struct is being accessed in the same context that defines it`);
          // a module it is defined in has its struct by now (if it has one)
          if (ctx.outerModules.includes(mod)) continue;
          checkStructAvailable(body, mod, line, 1);
          expandStructNow(body, mod, pairs, line);
        } catch (e) {
          if (e instanceof CompileError && e.banner) {
            e.banner += `\n    (elixir 1.14.0) expanding macro: Kernel.@/1\n    ${ctx.file}:${line}: ${displayModule(ctx.name)} (module)`;
            const frames = listToArray(e.expansionStack as Term);
            const at = list([tuple(atom("file"), charlist(ctx.file)), tuple(atom("line"), line)]);
            if (frames) e.expansionStack = list([...frames, tuple(atom("Elixir.Kernel"), atom("@"), 1, list([tuple(atom("file"), charlist("expanding macro"))])), tuple(atom(ctx.name), atom("__MODULE__"), 0, at)]);
          }
          throw e;
        }
      }
    }
    if (typeof a.name !== "string") todo.push(a.name);
    todo.push(...(a.args ?? []));
  }
}
