// End-of-file warnings, as Elixir 1.14 prints them once a file is compiled: unused aliases, unused
// imports, then remote calls to modules that do not exist, to deprecated functions and to
// functions that a known module does not export (checked against the modules of this file and
// the exports of Elixir's own modules, elixir_exports.ts).
import type { Ast, AstCall } from "../../lang/ast.ts";
import { isCall, blockItems, keywordPairs, aliasParts, lineOf, isUnquotedDot, fileAttribute } from "../ast_util.ts";
import { elixirExports } from "./elixir_exports.ts";
import { astKids } from "../ast_walk.ts";
import type { Warning } from "./warning.ts";
import { checkerDeprecationWarning } from "../deprecations.ts";
import { TypeChecker, type StructOf } from "./types.ts";
import { inspectRemoteCall } from "../../vm/inspect.ts";
import { atom } from "../../vm/terms.ts";
import { unrequiredMacroCalls, definitionsMade } from "../compiling.ts";
import { implForm } from "./impl_forms.ts";
import { expansionOf, programExpansionOf } from "../macro_expansions.ts";
import { plainName } from "../quoted.ts";
import { otpModules } from "./otp_modules.ts";

/** the exports ("name/arity") of a module by its atom name, when known */
export type KnownExports = ((module: string) => string[] | undefined) & {
  /** a loaded module's own @deprecated function: its warning's message */
  deprecation?: (module: string, fun: string, arity: number) => string | undefined;
  /** a loaded module's macros ("name/arity"): an import of it is used by calling one */
  macros?: (module: string) => string[] | undefined;
};

interface ModuleInfo {
  name: string;
  display: string;
  body: Ast;
  exports: string[];
  locals: Set<string>;
  /** defined inside a function (when it runs): known only after the defmodule in that function */
  definedIn?: { fn: string; line: number };
  /** the module whose body defines it ("" at the file's top level), at this line */
  parent: string;
  line: number;
}

/** Elixir's String.jaro_distance */
function jaro(a: string, b: string): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const am = new Array<boolean>(a.length).fill(false);
  const bm = new Array<boolean>(b.length).fill(false);
  let m = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j < Math.min(b.length, i + window + 1); j++) {
      if (!bm[j] && a[i] === b[j]) {
        am[i] = bm[j] = true;
        m++;
        break;
      }
    }
  }
  if (!m) return 0;
  let t = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (!am[i]) continue;
    while (!bm[j]) j++;
    if (a[i] !== b[j]) t++;
    j++;
  }
  return (m / a.length + m / b.length + (m - t / 2) / m) / 3;
}

function displayModule(name: string): string {
  return name.startsWith("Elixir.") ? name.slice(7) : ":" + name;
}

function defsOf(body: Ast): { kind: string; name: string; min: number; max: number }[] {
  const out: { kind: string; name: string; min: number; max: number }[] = [];
  for (const item of blockItems(body)) {
    if (item.t !== "call" || !["def", "defp", "defmacro", "defmacrop", "defdelegate", "defguard", "defguardp"].includes(item.name as string)) continue;
    // (defdelegate [f(a), g(b)], to: M: the deprecated list of heads)
    const first = item.args?.[0];
    for (let head of item.name === "defdelegate" && first?.t === "list" ? first.items : [first]) {
      if (isCall(head, "when") && head.args) head = head.args[0];
      if (!head || head.t !== "call" || typeof head.name !== "string") continue;
      const args = head.args ?? [];
      const defaults = args.filter((x) => isCall(x, "\\\\")).length;
      out.push({ kind: item.name as string, name: head.name, min: args.length - defaults, max: args.length });
    }
  }
  return out;
}

/** the modules a file defines, in source order (on a work list: code nests 5,000 deep in a def) */
function moduleInfos(root: Ast, rootPrefix: string, out: ModuleInfo[]): void {
  // each node with its module and the function of that module it is in ("Outer.run/1", or "")
  const todo: [Ast, string, string][] = [[root, rootPrefix, ""]];
  while (todo.length > 0) {
    const [a, prefix, fn] = todo.pop()!;
    if (!moduleInfo(a, prefix, fn, out, todo)) {
      const kids = a.t === "call" && a.name === "quote" ? [] : astKids(a);
      const inFn = fn || (prefix ? functionOf(a, prefix) : "");
      for (let i = kids.length - 1; i >= 0; i--) todo.push([kids[i], prefix, inFn]);
    }
  }
}

/** "Module.name/arity" when `a` is a def of module `prefix` (the walker's name for its calls) */
function functionOf(a: Ast, prefix: string): string {
  if (a.t !== "call" || !["def", "defp", "defmacro", "defmacrop"].includes(a.name as string)) return "";
  let head = a.args?.[0];
  if (isCall(head, "when") && head.args) head = head.args[0];
  return head && head.t === "call" && typeof head.name === "string" ? `${prefix.slice(7)}.${head.name}/${(head.args ?? []).length}` : "";
}

/** a module's info if `a` defines one (its body then goes on `todo`) */
function moduleInfo(a: Ast, prefix: string, fn: string, out: ModuleInfo[], todo: [Ast, string, string][]): boolean {
  if (a.t !== "call") return false;
  // a protocol and its implementations are modules of the file too (NoAny.f/1 is defined)
  // defimpl P, for: [A, B] defines P.A and P.B (inside T's defmodule, without :for: P.T)
  const impl = a.name === "defimpl" ? implForm(a, prefix) : null;
  let names: string[] | null = impl ? impl.names : null;
  let body: Ast | undefined = impl?.body;
  if ((a.name === "defmodule" || a.name === "defprotocol") && a.args?.length === 2) {
    const parts = aliasParts(a.args[0]);
    body = keywordPairs(a.args[1])?.find(([k]) => k === "do")?.[1];
    if (parts && parts.every((p) => typeof p === "string")) {
      // defmodule Elixir.Name is never nested
      const full = parts[0] === "Elixir";
      names = [(prefix && !full ? prefix + "." : "Elixir.") + (parts as string[]).slice(full ? 1 : 0).join(".")];
    }
  }
  if (names && body) {
    const exports: string[] = [];
    const locals = new Set<string>();
    for (const d of defsOf(body)) {
      for (let n = d.min; n <= d.max; n++) {
        locals.add(`${d.name}/${n}`);
        if (!d.kind.endsWith("p")) exports.push(`${d.name}/${n}`);
      }
    }
    if (blockItems(body).some((x) => isCall(x, "defstruct"))) exports.push("__struct__/0", "__struct__/1");
    if (blockItems(body).some((x) => isCall(x, "defexception"))) exports.push("__struct__/0", "__struct__/1", "exception/1", "message/1");
    if (a.name === "defprotocol") exports.push("__protocol__/1", "impl_for/1", "impl_for!/1");
    if (a.name === "defimpl") exports.push("__impl__/1");
    exports.push("module_info/0", "module_info/1", "__info__/1");
    for (const name of names) out.push({ name, display: name.slice(7), body, exports, locals, parent: prefix, line: lineOf(a) ?? 0, ...(fn ? { definedIn: { fn, line: lineOf(a) ?? 0 } } : {}) });
    todo.push([body, names[0], ""]);
    return true;
  }
  return false;
}

/** modules in the order their compilation ends: a nested module before the one around it, as
 *  Elixir's checker collects them (its warnings then come in the reverse order) */
function completionOrder<T extends { info: ModuleInfo }>(inSourceOrder: T[]): T[] {
  const out: T[] = [];
  const done = new Set<T>();
  const visit = (w: T): void => {
    done.add(w);
    for (const child of inSourceOrder) if (!done.has(child) && child.info.parent === w.info.name && child.info.parent !== "") visit(child);
    out.push(w);
  };
  for (const w of inSourceOrder) if (!done.has(w)) visit(w);
  return out;
}

/**
 * Elixir's lexical tracker of a module: the directives declared and not used, by key ("alias:Bar",
 * "import:Elixir.List" and, for an `only:` list, "import:Elixir.List:last/1"). A key once used
 * stays used: declaring it again later is never reported.
 */
class Tracker {
  readonly unused = new Map<string, { message: string; line: number; sortKey: string; module?: string }>();
  private readonly used = new Set<string>();
  declare(key: string, entry: { message: string; line: number; sortKey: string; module?: string }): void {
    if (!this.used.has(key)) this.unused.set(key, entry);
  }
  use(key: string): void {
    this.used.add(key);
    this.unused.delete(key);
  }
}

interface AliasDecl {
  as: string;
  target: string;
  /** the tracker a use of it clears (a nested module's use clears its parent's), null: never reported */
  owner: Tracker | null;
}
interface ImportDecl {
  module: string;
  only: Set<string> | null;
  except: Set<string>;
  owner: Tracker | null;
}
/** the directives in force at a point: those of the enclosing scopes, newest last; never changed
 *  in place (a scope's end goes back to the env its start had) */
interface Env {
  aliases: AliasDecl[];
  imports: ImportDecl[];
}
interface RemoteCall {
  module: string;
  fun: string;
  arity: number;
  line: number;
  where: string;
  /** the file of the definition making the call when `@file` set it (else the module's) */
  file?: string;
}

function nameArities(a: Ast | undefined): Set<string> | null {
  const kv = keywordPairs(a);
  if (!kv) return null;
  return new Set(kv.filter(([, v]) => v.t === "int").map(([k, v]) => `${k}/${(v as { v: bigint }).v}`));
}

/** the directives in force where a module is defined (its body's AST is the key) */
type Lexical = Map<Ast, Env>;

/** forms whose clauses and do/else blocks are scopes of their own (their first arguments are not) */
const CLAUSE_FORMS = new Set(["if", "unless", "case", "cond", "receive", "try"]);
/** forms that are one scope, their generators and clauses included (ExUnit's test and setup
 *  blocks are function bodies; a describe block is not a scope) */
const SCOPE_FORMS = new Set(["for", "with", "fn", "->", "def", "defp", "defmacro", "defmacrop", "test", "setup", "setup_all"]);

/** a def's name: `f` in `def f(x)`, or an atom unquoted there (`def unquote(:"a b")(x)`) */
function defName(name: string | Ast): string | null {
  // (`def f, do: ...` in a quote: f is a variable of the macro's context)
  if (typeof name === "string") return plainName(name);
  if (isCall(name, "unquote") && name.args?.length === 1 && name.args[0].t === "atom") return name.args[0].v;
  return null;
}

const DEFINITIONS = new Set(["def", "defp", "defmacro", "defmacrop"]);

/** a step of ModuleWalker's walk: some code (or code inside a quote) to look at, or something to do */
type Step = { a: Ast; piped: number; quoted: boolean } | (() => void);
const code = (items: readonly Ast[], quoted = false): Step[] => items.map((a) => ({ a, piped: 0, quoted }));
/** after the current step: these, in order */
function later(todo: Step[], steps: Step[]): void {
  for (let i = steps.length - 1; i >= 0; i--) todo.push(steps[i]);
}

/** walks one module's body (or a script's top level) lexically: alias/import declarations and
 *  their uses, scope by scope as Elixir applies them (a directive holds from where it is written
 *  to the end of its scope), and remote calls */
class ModuleWalker {
  /** the directives declared here and not used since (Elixir's lexical tracker of the module) */
  readonly tracker = new Tracker();
  readonly remotes: RemoteCall[] = [];
  /** the module each alias in the code names (for the type checker's structs) */
  readonly aliasTargets = new Map<Ast, string>();
  private fn = "";
  /** the file `@file` gave the definition walked now (Elixir uses it for that definition's
   *  warnings and frames), and the one it gives the next definition */
  private file: string | undefined;
  private nextFile: string | undefined;
  private env: Env;
  /** > 0 while walking code a macro of the program expanded to: only its remote calls count */
  private expanding = 0;
  /** > 0 while searching a library macro's expansion for the program's macro calls in it */
  private searching = 0;
  /** > 0 while walking the args of a call of the program's own macro as written */
  private asWritten = 0;
  constructor(readonly info: ModuleInfo, readonly nested: Map<string, string>, readonly known: KnownExports, readonly lexical: Lexical) {
    this.env = lexical.get(info.body) ?? { aliases: [], imports: [] };
  }

  run(): void {
    const exUnit = blockItems(this.info.body).some((x) => isCall(x, "use") && x.args?.[0] !== undefined && aliasParts(x.args[0])?.join(".") === "ExUnit.Case");
    // ExUnit's setup/setup_all define __ex_unit_setup_N/1, __ex_unit_setup_D_N/1 in the D-th
    // describe, __ex_unit_setup_all_N/1 (compiler/warnings/ex_unit_forms.ts)
    let setups = 0, setupAlls = 0, describes = 0, describeSetups = 0;
    const items = (body: Ast | undefined, describe: string | null): void => {
      for (const item of blockItems(body)) {
        // a call of the program's own macro in the module body: the definitions it made are
        // checked too (the directives of the call's own code stay the caller's)
        const expanded = programExpansionOf(item);
        if (expanded) {
          this.walk(item, 0);
          this.expanding++;
          items(expanded, describe);
          this.expanding--;
          continue;
        }
        // @file "path": the next definition's code is in that file
        const atFile = fileAttribute(item);
        if (atFile !== null) {
          this.nextFile = atFile;
          continue;
        }
        // defdelegate f(args), to: M (as: g): the def it makes calls M.g with as many arguments
        if (isCall(item, "defdelegate") && item.args?.length === 2) {
          const opts = keywordPairs(item.args[1]);
          const to = opts?.find(([k]) => k === "to")?.[1];
          const as = opts?.find(([k]) => k === "as")?.[1];
          const first = item.args[0];
          for (let head of first.t === "list" ? first.items : [first]) {
            if (isCall(head, "when") && head.args) head = head.args[0];
            const name = head && head.t === "call" ? defName(head.name) : null;
            if (name === null || to === undefined) continue;
            const arity = ((head as AstCall).args ?? []).length;
            const fun = as?.t === "atom" ? as.v : name;
            this.fn = this.where(name, arity);
            this.remote({ t: "call", name: ".", meta: item.meta, args: [to, { t: "atom", v: fun }] } as unknown as AstCall, arity, lineOf(item) ?? 0);
            this.fn = "";
          }
        }
        if (item.t === "call" && ["def", "defp", "defmacro", "defmacrop"].includes(item.name as string)) {
          let head = item.args?.[0];
          if (isCall(head, "when") && head.args) head = head.args[0];
          const name = head && head.t === "call" ? defName(head.name) : null;
          if (name !== null) this.fn = this.where(name, ((head as AstCall).args ?? []).length);
          this.file = this.nextFile;
          this.nextFile = undefined;
          this.walk(item, 0);
          this.fn = "";
          this.file = undefined;
          continue;
        }
        // doctest M: the tests it made from M's examples call what the examples call (each
        // definition at its example's lines, in the file `@file` names)
        if (exUnit && isCall(item, "doctest")) {
          const made = expansionOf(item);
          this.walk(item, 0);
          if (made) {
            this.expanding++;
            items(flatBlock(made), describe);
            this.expanding--;
          }
          continue;
        }
        // ExUnit's test/2,3 defines the function :"test NAME"/1 (with the describe block's name)
        if (exUnit && isCall(item, "test") && item.args?.[0]?.t === "str" && item.args.length >= 2) {
          this.fn = this.where(`test ${describe === null ? "" : describe + " "}${item.args[0].v}`, 1);
          this.walk(item, 0);
          this.fn = "";
          continue;
        }
        if (exUnit && (isCall(item, "setup") || isCall(item, "setup_all")) && item.args?.length && item.args.length <= 2) {
          const name = isCall(item, "setup_all") ? `__ex_unit_setup_all_${setupAlls++}` : describe === null ? `__ex_unit_setup_${setups++}` : `__ex_unit_setup_${describes - 1}_${describeSetups++}`;
          this.fn = this.where(name, 1);
          this.walk(item, 0);
          this.fn = "";
          continue;
        }
        if (exUnit && describe === null && isCall(item, "describe")) describes++, describeSetups = 0;
        if (exUnit && describe === null && isCall(item, "describe") && item.args?.length === 2 && item.args[0].t === "str") {
          const body = keywordPairs(item.args[1])?.find(([k]) => k === "do")?.[1];
          items(body, item.args[0].v);
          // (its tests are expanded from the block it rewrote: the program's macro calls in them)
          const made = expansionOf(item);
          if (made) {
            this.searching++;
            this.walk(made, 0);
            this.searching--;
          }
          continue;
        }
        this.walk(item, 0);
      }
    };
    items(this.info.body, null);
  }

  /** a def in the module body's code (a `for` around `def unquote(name)(...)`): its code is each
   *  function's it defined there, checked once under each name, as Elixir checks them */
  private definitionInCode(a: AstCall, todo: Step[]): void {
    let head = a.args?.[0];
    if (isCall(head, "when") && head.args) head = head.args[0];
    const name = head && head.t === "call" ? defName(head.name) : null;
    const line = lineOf(a);
    const fns = name !== null
      ? [this.where(name, ((head as AstCall).args ?? []).length)]
      : [...new Set((definitionsMade.get(this.info.name) ?? []).filter((d) => d.line === line).map((d) => this.where(d.name, d.arity)))];
    later(todo, fns.flatMap((fn): Step[] => [() => { this.fn = fn; }, ...code(a.args ?? []), () => { this.fn = ""; }]));
  }

  /** a function as Elixir's warnings name it: `M.f/1`, `M."test x"/1` */
  private where(name: string, arity: number): string {
    return `${this.info.display}.${inspectRemoteCall(atom(name))}/${arity}`;
  }

  /** `steps` in a scope of its own: the directives they make end with it */
  private scoped(steps: Step[]): Step[] {
    let outer = this.env;
    return [() => { outer = this.env; }, ...steps, () => { this.env = outer; }];
  }

  /** a module defined here sees the aliases and imports in force here */
  private enter(a: AstCall): void {
    const body = a.args?.slice(1).flatMap((x) => keywordPairs(x) ?? []).find(([k]) => k === "do")?.[1];
    if (body) this.lexical.set(body, this.env);
  }

  /** the aliases macro expansions defined: short name -> [the expansion's counter, module] */
  private readonly macroAliases = new Map<string, [number, string]>();

  /** a module reference through the aliases in force */
  private resolve(a: Ast): string | null {
    if (a.t === "atom") return a.v;
    // an alias a quote made: the module it named there (false: none, the name as written)
    if (this.expanding > 0 && isCall(a, "__aliases__") && a.meta.alias !== undefined) {
      const parts = aliasParts(a);
      if (!parts || !parts.every((p) => typeof p === "string")) return null;
      const [head, ...rest] = parts as string[];
      // (as the compiler expands it: compiler/aliases.ts)
      const own = a.meta.alias === false ? this.macroAliases.get(head) : undefined;
      const base = own !== undefined && own[0] === a.meta.counter ? own[1] : "Elixir." + head;
      return [head === "Elixir" ? "Elixir" : a.meta.alias === false ? base : a.meta.alias, ...rest].join(".");
    }
    const parts = aliasParts(a);
    if (!parts || !parts.every((p) => typeof p === "string")) return null;
    const [head, ...rest] = parts as string[];
    if (head === "Elixir") return "Elixir." + rest.join(".");
    const visible = this.env.aliases;
    for (let i = visible.length - 1; i >= 0; i--) {
      const d = visible[i];
      if (d.as === head) {
        d.owner?.use("alias:" + head);
        return [d.target, ...rest].join(".");
      }
    }
    const nestedTarget = this.nested.get(head);
    if (nestedTarget) return [nestedTarget, ...rest].join(".");
    return "Elixir." + parts.join(".");
  }

  private declareAlias(target: string, as: string, line: number, warn = true): void {
    // `alias Map` names the module itself: nothing to warn about
    if (target === "Elixir." + as) return;
    // (warn: false: an alias never reported unused)
    if (warn) this.tracker.declare("alias:" + as, { message: `unused alias ${as}`, line, sortKey: as });
    this.env = { ...this.env, aliases: [...this.env.aliases, { as, target, owner: warn ? this.tracker : null }] };
  }

  private declareImport(module: string, line: number, only: Set<string> | null, except: Set<string>, warn = true): void {
    // importing a module again replaces the functions its earlier import left to report
    for (const k of [...this.tracker.unused.keys()]) if (k.startsWith("import:" + module + ":")) this.tracker.unused.delete(k);
    const shown = displayModule(module);
    // (warn: false: an import never reported unused)
    if (warn) {
      this.tracker.declare("import:" + module, { message: `unused import ${shown}`, line, sortKey: shown, module });
      for (const fa of only ?? []) this.tracker.declare(`import:${module}:${fa}`, { message: `unused import ${shown}.${fa}`, line, sortKey: `${shown}.${fa}`, module });
    }
    this.env = { ...this.env, imports: [...this.env.imports, { module, only, except, owner: warn ? this.tracker : null }] };
  }

  /** what `root` declares and calls, in source order (a work list: code nests 5,000 deep in a def) */
  private walk(root: Ast, piped: number): void {
    const todo: Step[] = [{ a: root, piped, quoted: false }];
    while (todo.length > 0) {
      const t = todo.pop()!;
      if (typeof t === "function") t();
      else if (t.quoted) this.quoted(t.a, todo);
      else this.visit(t.a, t.piped, todo);
    }
  }

  private visit(a: Ast, piped: number, todo: Step[]): void {
    if (a.t === "list" || a.t === "tuple") return later(todo, code(a.items));
    if (a.t !== "call") return;
    const args = a.args ?? [];
    // a call of the program's own macro in a function: the code it expanded to makes calls too
    // (its own args, the caller's code, are walked as written for the directives they use)
    const expanded = programExpansionOf(a);
    if (expanded) later(todo, [() => { this.expanding++; }, { a: expanded, piped: 0, quoted: false }, () => { this.expanding--; }]);
    else {
      // a library macro (ExUnit's test, assert ...) may have taken in calls of the program's own
      // macros: they are compiled in its expansion, which is searched for them
      const made = this.expanding === 0 ? expansionOf(a) : undefined;
      if (made) later(todo, [() => { this.searching++; }, { a: made, piped: 0, quoted: false }, () => { this.searching--; }]);
    }
    if (this.expanding > 0 || this.searching > 0) return this.visitExpanded(a, args, piped, todo);
    if (a.name === "defmodule" || a.name === "defprotocol" || a.name === "defimpl") return this.enter(a);
    if (this.fn === "" && typeof a.name === "string" && DEFINITIONS.has(a.name)) return this.definitionInCode(a, todo);
    if (a.name === "quote") return later(todo, code(args, true));
    if (typeof a.name === "string" && SCOPE_FORMS.has(a.name)) return later(todo, this.scoped([() => this.walkForm(a, piped, todo)]));
    if (!expanded) return this.walkForm(a, piped, todo);
    // (the macro's args as written call nothing: what they call is checked where the expansion
    // kept them, as Elixir checks the expanded code only)
    later(todo, [() => { this.asWritten--; }]);
    this.walkForm(a, piped, todo);
    later(todo, [() => { this.asWritten++; }]);
  }

  private walkForm(a: AstCall, piped: number, todo: Step[]): void {
    const args = a.args ?? [];
    if (typeof a.name === "string" && CLAUSE_FORMS.has(a.name) && a.args !== null) {
      const last = args[args.length - 1];
      const blocks = keywordPairs(last);
      if (blocks) {
        later(todo, [...code(args.slice(0, -1)), ...blocks.flatMap(([, b]) => this.scoped(code([b])))]);
        return;
      }
    }
    if (a.name === "alias" && args.length >= 1) return this.aliasDirective(a, args, false);
    // Elixir 1.14's `use Supervisor` imports Supervisor.Spec (its deprecated calls warn; the import
    // is the use's, never reported unused)
    if (a.name === "use" && args.length >= 1 && this.resolve(args[0]) === "Elixir.Supervisor") {
      this.env = { ...this.env, imports: [...this.env.imports, { module: "Elixir.Supervisor.Spec", only: null, except: new Set(), owner: null }] };
      return;
    }
    if ((a.name === "import" || a.name === "require") && args.length >= 1) {
      const target = this.resolve(args[0]);
      if (a.name === "import" && target) {
        const opts = keywordPairs(args[1]);
        const only = opts?.find(([k]) => k === "only")?.[1];
        const except = opts?.find(([k]) => k === "except")?.[1];
        // `only: :sigils` of a module with no sigils imports nothing: nothing to report unused
        const noSigils = only?.t === "atom" && only.v === "sigils" && this.known(target)?.some((fa) => fa.startsWith("sigil_")) === false;
        this.declareImport(target, lineOf(a) ?? 0, only ? (only.t === "atom" ? null : nameArities(only)) : null, nameArities(except) ?? new Set(), !warnsNot(opts) && !noSigils);
      }
      return;
    }
    if (a.name === "__aliases__") {
      const target = this.resolve(a);
      if (target) this.aliasTargets.set(a, target);
      return;
    }
    if (a.name === "|>" && args.length === 2) {
      later(todo, [{ a: args[0], piped: 0, quoted: false }, { a: args[1], piped: 1, quoted: false }]);
      return;
    }
    if (a.name === "&" && args.length === 1 && isCall(args[0], "/") && args[0].args?.length === 2) {
      const [f, n] = args[0].args;
      if (n.t === "int") {
        const arity = Number(n.v);
        if (f.t === "call" && typeof f.name === "string" && f.args === null) this.local(f.name, arity, lineOf(a) ?? 0);
        else if (f.t === "call" && isCall(f.name as Ast, ".")) this.remote(f.name as AstCall, arity, lineOf(a) ?? 0);
        else later(todo, code([f]));
        return;
      }
    }
    if (typeof a.name !== "string") {
      if (isCall(a.name, ".") && a.name.args?.length === 2 && a.name.args[1].t === "atom" && a.args !== null) {
        this.remote(a.name, a.args.length + piped, lineOf(a) ?? 0);
        // (a receiver that is no module name is code too: `Foo.bar(x).baz` calls Foo.bar/1)
        const receiver = a.name.args[0];
        later(todo, code(receiver.t === "atom" || isCall(receiver, "__aliases__") ? args : [receiver, ...args]));
      } else later(todo, code([a.name, ...args]));
      return;
    }
    // (`x |> name` with no parentheses is the call name(x): piped into, a bare name is a call)
    if (a.args !== null || piped > 0) this.local(a.name, args.length + piped, lineOf(a) ?? 0);
    later(todo, code(args));
  }

  /** `alias` (in code a macro expanded to: never reported unused, as Elixir's quoted directives
   *  carry a context; and also its expansion's own, for the aliases it quoted: compiler/aliases.ts) */
  private aliasDirective(a: AstCall, args: Ast[], expanded: boolean): void {
    const line = lineOf(a) ?? 0;
    const opts = keywordPairs(args[1]);
    const declare = (target: string, as: string, warn: boolean) => {
      this.declareAlias(target, as, line, warn && !expanded);
      if (expanded && a.meta.counter !== undefined) this.macroAliases.set(as, [a.meta.counter, target]);
    };
    // alias A.{B, C}: {{:., _, [A, :{}]}, _, [B, C]}
    const head = args[0];
    const multi = head.t === "call" && isCall(head.name as Ast, ".") && (head.name as AstCall).args?.[1]?.t === "atom" && ((head.name as AstCall).args![1] as { v: string }).v === "{}" ? head : null;
    if (multi) {
      const base = this.resolve((multi.name as AstCall).args![0]);
      for (const leaf of multi.args ?? []) {
        const parts = aliasParts(leaf);
        if (base && parts && parts.every((p) => typeof p === "string")) declare([base, ...(parts as string[])].join("."), (parts as string[])[parts.length - 1], true);
      }
      return;
    }
    const target = this.resolve(args[0]);
    const asAst = opts?.find(([k]) => k === "as")?.[1];
    const asName = asAst ? aliasParts(asAst)?.[0] : target?.split(".").pop();
    if (target && typeof asName === "string") declare(target, asName, !warnsNot(opts));
  }

  /** code a macro expanded to: its remote calls (its aliases as the quote made them), nothing of
   *  the caller's directives (a macro call in it was noted with its expansion: visit walks that) */
  private visitExpanded(a: AstCall, args: Ast[], piped: number, todo: Step[]): void {
    if (a.name === "alias" && args.length >= 1) return this.aliasDirective(a, args, true);
    if (a.name === "quote" || a.name === "defmodule" || a.name === "alias" || a.name === "import" || a.name === "require") return;
    if (typeof a.name === "string" && ["def", "defp", "defmacro", "defmacrop"].includes(a.name)) {
      // a definition the expansion made (ExUnit's test's def :"test NAME"/1): its calls are its own
      let head = args[0];
      if (isCall(head, "when") && head.args) head = head.args[0];
      const name = head?.t === "call" ? defName(head.name) : null;
      if (name === null) return;
      const outer = this.fn;
      return later(todo, [() => { this.fn = this.where(name, ((head as AstCall).args ?? []).length); }, ...code(args.slice(1)), () => { this.fn = outer; }]);
    }
    if (a.name === "&" && args.length === 1 && isCall(args[0], "/") && args[0].args?.length === 2) {
      const [f, n] = args[0].args;
      if (n.t === "int" && f.t === "call" && isCall(f.name as Ast, ".")) return void (this.expanding > 0 && this.remote(f.name as AstCall, Number(n.v), lineOf(a) ?? 0));
    }
    if (a.name === "|>" && args.length === 2) return later(todo, [{ a: args[0], piped: 0, quoted: false }, { a: args[1], piped: 1, quoted: false }]);
    if (typeof a.name !== "string" && isCall(a.name, ".") && a.name.args?.length === 2 && a.name.args[1].t === "atom" && a.args !== null) {
      if (this.expanding > 0) this.remote(a.name, a.args.length + piped, lineOf(a) ?? 0);
      return later(todo, code(args));
    }
    later(todo, code(typeof a.name === "string" ? args : [a.name, ...args]));
  }

  /** inside a quote an imported call is recorded (imports: meta), so the import is used; unquotes are code */
  private quoted(a: Ast, todo: Step[]): void {
    if (a.t === "list" || a.t === "tuple") return later(todo, code(a.items, true));
    if (a.t !== "call") return;
    const args = a.args ?? [];
    if ((a.name === "unquote" || a.name === "unquote_splicing") && args.length === 1) return later(todo, code([args[0]]));
    // (quote expands an alias as it quotes it, `alias: Foo.Bar` in its metadata: that uses it)
    if (a.name === "__aliases__") {
      this.resolve(a);
      return;
    }
    if (typeof a.name === "string") {
      if (a.args !== null) this.local(a.name, a.args.length);
      later(todo, code(args, true));
    } else if (isUnquotedDot(a)) later(todo, [...code([args[0]]), ...code([(a.name as AstCall).args![0]], true)]);
    else later(todo, code([a.name, ...args], true));
  }

  private local(name: string, arity: number, line?: number): void {
    const key = `${name}/${arity}`;
    if (this.info.locals.has(key)) return;
    const visible = this.env.imports;
    for (let i = visible.length - 1; i >= 0; i--) {
      const imp = visible[i];
      const exports = this.known(imp.module);
      // (a loaded module's macro, as ExUnit.Assertions' assert: the import is used, no call checked)
      const macro = !exports?.includes(key) && this.known.macros?.(imp.module)?.includes(key) === true;
      if (!macro && (!exports || !exports.includes(key))) continue;
      if (imp.only && !imp.only.has(key)) continue;
      if (imp.except.has(key)) continue;
      imp.owner?.use("import:" + imp.module);
      imp.owner?.use(`import:${imp.module}:${key}`);
      if (macro) return;
      // recorded as a call to the module, so a deprecated function warns as Elixir's checker does
      if (line !== undefined && this.fn && imp.module !== "Elixir.Kernel" && this.asWritten === 0) this.remotes.push({ module: imp.module, fun: name, arity, line, where: this.fn, ...(this.file ? { file: this.file } : {}) });
      return;
    }
  }

  private remote(dot: AstCall, arity: number, line: number): void {
    const [target, fun] = dot.args!;
    // `__MODULE__.f()`: a call to the module itself, checked as one written with its name
    const self = isCall(target, "__MODULE__") && target.args === null;
    if (!self && target.t === "call" && target.args === null) return; // a variable: decided at run time
    const module = self ? this.info.name : this.resolve(target);
    if (!module || fun.t !== "atom" || !this.fn || this.asWritten > 0) return;
    this.remotes.push({ module, fun: fun.v, arity, line, where: this.fn, ...(this.file ? { file: this.file } : {}) });
  }
}

// `:erlang.andalso/2` and `:erlang.orelse/2` are no functions of the module: the compiler turns a
// call of them (as `defguard` expands `and`/`or` to outside guards) into the short-circuit operator
const compiledAsOperator = (c: RemoteCall): boolean => c.module === "erlang" && c.arity === 2 && (c.fun === "andalso" || c.fun === "orelse");

let otpModuleSet: Set<string> | null = null;
const isOtpModule = (m: string): boolean => (otpModuleSet ??= new Set(otpModules())).has(m);

function undefinedMessage(call: RemoteCall, exports: string[] | undefined): string {
  const mfa = `${displayModule(call.module)}.${call.fun}/${call.arity}`;
  if (!exports) return `${mfa} is undefined (module ${displayModule(call.module)} is not available or is yet to be defined)`;
  // functions of the same name (other arities) if there are any, else names close to it
  // (an Elixir module's exports to the checker are its __info__(:functions): no module_info/0,1;
  // an Erlang module's are its module_info(:exports))
  const elixir = call.module.startsWith("Elixir.");
  const all = exports.filter((e) => !elixir || (e !== "module_info/0" && e !== "module_info/1")).map((e) => {
    const i = e.lastIndexOf("/");
    return { name: e.slice(0, i), arity: Number(e.slice(i + 1)), d: jaro(call.fun, e.slice(0, i)) };
  });
  const same = all.filter((c) => c.name === call.fun);
  const candidates = (same.length ? same : all.filter((c) => c.d >= 0.77 && !c.name.startsWith("__")))
    .sort((a, b) => b.d - a.d)
    .slice(0, 5)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.arity - b.arity));
  if (!candidates.length) return `${mfa} is undefined or private`;
  return `${mfa} is undefined or private. Did you mean:\n\n${candidates.map((c) => `      * ${c.name}/${c.arity}\n`).join("")}`;
}

/** `outerAliases`: short name -> module, made before this code (at iex's prompt), never unused */
export function lexicalWarnings(ast: Ast, file: string, known: KnownExports, _fileModules: Set<string>, outerAliases: Map<string, string> = new Map(), structOf?: StructOf): Warning[] {
  const infos: ModuleInfo[] = [];
  moduleInfos(ast, "", infos);
  // a file's module: what its source defines, and what macros (@before_compile, use) added to
  // the module loaded by now
  const merged = new Map<string, string[]>();
  const exportsOf: KnownExports = (m: string): string[] | undefined => {
    const own = infos.find((i) => i.name === m)?.exports;
    if (own) {
      let all = merged.get(m);
      if (all === undefined) merged.set(m, (all = [...new Set([...own, ...(known(m) ?? [])])]));
      return all;
    }
    const library = elixirExports()[displayModule(m).replace(/^:/, "")];
    return library ? withModuleInfo(m, library) : withInfo(m, known(m));
  };
  // (every module answers module_info/0,1 and an Elixir module __info__/1 too, which the table of
  // the library's exports leaves out; Elixir's checker suggests them for a call of another arity)
  const infoFunctions = (m: string) => ["module_info/0", "module_info/1", ...(m.startsWith("Elixir.") ? ["__info__/1"] : [])];
  const libraryExports = new Map<string, string[]>();
  const withModuleInfo = (m: string, exports: string[]): string[] => {
    let all = libraryExports.get(m);
    if (all === undefined) libraryExports.set(m, (all = [...exports, ...infoFunctions(m)]));
    return all;
  };
  // (a loaded Elixir module the source does not define, as a derived implementation, answers
  // __info__/1 and module_info/0,1 too: the VM's, not among its compiled functions)
  const withInfo = (m: string, exports: string[] | undefined): string[] | undefined =>
    exports && m.startsWith("Elixir.") ? [...exports, ...infoFunctions(m)] : exports;
  exportsOf.macros = known.macros;
  const lexical: Lexical = new Map();
  if (outerAliases.size > 0) lexical.set(ast, { aliases: [...outerAliases].map(([as, target]) => ({ as, target, owner: null })), imports: [] });
  // the file's top level first (a script's aliases and imports hold in the modules after them)
  const top = new ModuleWalker({ name: "", display: "", body: ast, exports: [], locals: new Set(), parent: "", line: 0 }, new Map(), exportsOf, lexical);
  top.run();
  const walkers = infos.map((info) => {
    // a nested module is aliased by its first segment inside its parent (defmodule Deep.Er: Deep)
    const nested = new Map<string, string>();
    for (const other of infos) {
      if (!other.name.startsWith(info.name + ".")) continue;
      const first = other.name.slice(info.name.length + 1).split(".")[0];
      nested.set(first, info.name + "." + first);
    }
    const w = new ModuleWalker(info, nested, exportsOf, lexical);
    w.run();
    return w;
  });
  walkers.unshift(top);
  const out: Warning[] = [];
  // sorted by name, as elixir reports them
  const byName = <T>(key: (x: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  const unused = walkers.flatMap((w) => [...w.tracker.unused].map(([key, d]) => ({ key, ...d, tracker: w.tracker.unused })));
  const aliases = unused.filter((d) => d.key.startsWith("alias:")).sort(byName((d) => d.sortKey));
  for (const d of aliases) out.push({ message: d.message, file, line: d.line });
  // a function of an `only:` list is reported where its module's import was used for another one
  const imports = unused
    .filter((d) => d.module !== undefined && exportsOf(d.module) && (d.key === "import:" + d.module || !d.tracker.has("import:" + d.module)))
    .sort(byName((d) => d.sortKey));
  for (const d of imports) out.push({ message: d.message, file, line: d.line });
  // calls to unknown modules, to deprecated functions, then to undefined functions of known
  // modules, module by module: Elixir checks each module in a process of its own and prints the
  // warnings as the checks end (in the reverse order the modules' compilation ended; a module
  // calling a module that does not exist looks it up on the code path, so it ends last)
  const lookingUp: Warning[] = [];
  const lexicalOnes = out.length;
  for (const w of [top, ...completionOrder(walkers.slice(1))].reverse()) {
    const before = out.length;
    // a module a function defines: the calls after its defmodule there are not checked (Elixir's
    // context modules), others are checked against what is loaded once the file has run
    const runtimeDefined = (c: RemoteCall) => infos.find((i) => i.name === c.module && i.definedIn)?.definedIn;
    const exportsAt = (c: RemoteCall): string[] | undefined => (runtimeDefined(c) ? known(c.module) : exportsOf(c.module));
    const inContext = (c: RemoteCall): boolean => {
      // (a module the body defines is one of its context modules from its defmodule on: the
      // module's own calls to it after there go unchecked, as in Elixir)
      if (w !== top && infos.some((i) => i.name === c.module && i.parent === w.info.name && !i.definedIn && c.line >= i.line)) return true;
      const d = runtimeDefined(c);
      return !!d && (w.info.name === c.module || w.info.name.startsWith(c.module + ".") || (c.where === d.fn && c.line >= d.line));
    };
    // Elixir's type checker first (a clause stops at its first conflict: its calls after it go unchecked)
    const types = structOf && w !== top ? new TypeChecker(file, w.info.name, structOf, (a) => (a.t === "atom" ? a.v : w.aliasTargets.get(a) ?? null)) : null;
    if (types) out.push(...types.warnings(w.info.body));
    const unchecked = (c: RemoteCall) => types?.stops.some((s) => s.where === c.where && c.line <= s.to && (c.line > s.from[0] || (s.from[1] === 0 && c.line === s.from[0]))) ?? false;
    const seen = new Set<string>();
    const calls = w.remotes.filter((c) => {
      if (inContext(c) || unchecked(c) || neverUndefined(c)) return false;
      const k = `${c.module}.${c.fun}/${c.arity}:${c.line}:${c.where}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    const byCall = (a: RemoteCall, b: RemoteCall) => {
      const ka = `${a.module}\u0000${a.fun}`;
      const kb = `${b.module}\u0000${b.fun}`;
      return ka < kb ? -1 : ka > kb ? 1 : a.arity - b.arity || a.line - b.line;
    };
    // an Erlang module beamlet has no exports for may still be one of OTP's: warned about only
    // when the reference install has no such module either
    const unknownModule = calls.filter((c) => !exportsAt(c) && (c.module.startsWith("Elixir.") || !isOtpModule(c.module))).sort(byCall);
    const deprecation = (c: RemoteCall) => checkerDeprecationWarning(c.module, c.fun, c.arity) ?? known.deprecation?.(c.module, c.fun, c.arity);
    const deprecated = calls.filter((c) => deprecation(c)).sort(byCall);
    // (a call of a macro, as a doctest's example of one, was expanded: it calls nothing)
    const undefinedFun = calls.filter((c) => exportsAt(c) && !exportsAt(c)!.includes(`${c.fun}/${c.arity}`) && known.macros?.(c.module)?.includes(`${c.fun}/${c.arity}`) !== true && !compiledAsOperator(c)).sort(byCall);
    // one warning per function called, listing every place of the module that calls it
    const grouped = (cs: RemoteCall[], message: (c: RemoteCall) => string): void => {
      for (let i = 0; i < cs.length; ) {
        let j = i + 1;
        while (j < cs.length && cs[j].module === cs[i].module && cs[j].fun === cs[i].fun && cs[j].arity === cs[i].arity) j++;
        const c = cs[i];
        // (the places in order of file, then line: `@file` may put some in other files)
        const locations = j - i > 1
          ? cs.slice(i, j).map((x) => ({ line: x.line, where: x.where, file: x.file ?? file })).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line))
          : undefined;
        out.push({ message: message(c), file: c.file ?? file, line: c.line, where: c.where, ...(locations ? { locations } : {}) });
        i = j;
      }
    };
    grouped(unknownModule, (c) => undefinedMessage(c, undefined));
    // (the checker's terms: {:undefined_module, ...} and {:unrequired_module, ...} before the larger
    // {:deprecated, ...} and {:undefined_function, ...})
    const unrequired = (w === top ? [] : unrequiredMacroCalls.get(w.info.name) ?? []).filter((c) => !unchecked(c)).sort(byCall);
    grouped(unrequired, (c) => `you must require ${c.module.replace(/^Elixir\./, "")} before invoking the macro ${c.module.replace(/^Elixir\./, "")}.${c.fun}/${c.arity}`);
    grouped(deprecated, (c) => deprecation(c)!);
    grouped(undefinedFun, (c) => undefinedMessage(c, exportsAt(c)));
    if (unknownModule.length > 0) lookingUp.push(...out.splice(before));
  }
  return [...out, ...lookingUp].map((w, i) => (i < lexicalOnes ? w : { ...w, checker: true }));
}

/** the items of nested blocks, as one block */
function flatBlock(a: Ast): Ast {
  const args: Ast[] = [];
  // (on a work list: blocks nest thousands deep)
  const todo = [a];
  while (todo.length > 0) {
    const x = todo.pop()!;
    if (isCall(x, "__block__") && x.args) for (let i = x.args.length - 1; i >= 0; i--) todo.push(x.args[i]);
    else args.push(x);
  }
  return { t: "call", name: "__block__", meta: {}, args };
}

/** a directive's `warn: false` */
function warnsNot(opts: [string, Ast][] | null): boolean {
  const w = opts?.find(([k]) => k === "warn")?.[1];
  return w?.t === "atom" && w.v === "false";
}

/** the functions Elixir's checker never reports undefined (Module.Types.Of: every module has
 *  module_info/0,1; a protocol's __impl__/1) */
function neverUndefined(c: { fun: string; arity: number }): boolean {
  return (c.fun === "module_info" && (c.arity === 0 || c.arity === 1)) || (c.fun === "__impl__" && c.arity === 1);
}
