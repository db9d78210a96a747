// Elixir 1.14 checks a module's typespecs once its code is compiled, and the first problem is a
// CompileError at the attribute's line. In order: every @type, @opaque, then @typep (each kind in
// the order written) has the shape `name(args) :: type` and no name/arity twice; then each type,
// spec, callback and macrocallback is translated: a local type it names that is neither built in,
// nor the module's, nor a type variable (a @type's parameter, a spec's `when` key) is "type foo/0
// undefined (no such type in M)" (remote types are not checked); then a type variable used only
// once is refused, and a @type's parameter must be a variable. The stack trace under the error is
// Kernel.Typespec's own recursion down to the problem, as the BEAM records it (a body-recursive
// lists:mapfoldl_1/3 shows one frame for the first element and two for any later one: the BEAM
// drops repeated return addresses), cut at 8 frames. Translating them, Elixir warns of each use of
// Erlang's string() and nonempty_string() it meets, up to that error (discouragedTypes).
import type { Ast, AstCall } from "../lang/ast.ts";
import type { ElixirFrame } from "../lang/compile_error.ts";
import { keywordPairs } from "./ast_util.ts";
import { plainName, astToTerm } from "./quoted.ts";
import { macroToString } from "../vm/bifs/macro_to_string.ts";

/** the built-in types (name/arity) a typespec may name without defining them */
const BUILT_IN = new Set([
  "any/0", "none/0", "atom/0", "map/0", "pid/0", "port/0", "reference/0", "struct/0", "tuple/0", "float/0", "integer/0",
  "neg_integer/0", "non_neg_integer/0", "pos_integer/0", "list/0", "list/1", "nonempty_list/0", "nonempty_list/1",
  "maybe_improper_list/0", "maybe_improper_list/2", "nonempty_improper_list/2", "nonempty_maybe_improper_list/0",
  "nonempty_maybe_improper_list/2", "term/0", "arity/0", "as_boolean/1", "binary/0", "bitstring/0", "boolean/0", "byte/0",
  "char/0", "charlist/0", "nonempty_charlist/0", "fun/0", "function/0", "identifier/0", "iodata/0", "iolist/0", "keyword/0",
  "keyword/1", "module/0", "mfa/0", "no_return/0", "node/0", "number/0", "timeout/0", "bool/0", "nonempty_binary/0",
  "char_list/0", "nonempty_bitstring/0",
]);
/** names accepted with any number of arguments (Erlang's string() and fun(), and nil) */
const ANY_ARITY = new Set(["string", "nonempty_string", "fun", "nil"]);
/** Elixir's built-in types with arguments, translated as remote types of :elixir */
const ELIXIR_REMOTE = new Set(["keyword/1", "as_boolean/1"]);

const TS = "Elixir.Kernel.Typespec";
const FILE = "lib/kernel/typespec.ex";
const ts = (f: string, a: number, line: number): ElixirFrame => [TS, f, a, FILE, line];
const anon = (line: number): ElixirFrame => [TS, "-typespec/4-fun-0-", 6, FILE, line];
/** the frames of lists:mapfoldl_1/3 (body-recursive) at element i */
const mapfoldl = (i: number): ElixirFrame[] =>
  i === 0 ? [["lists", "mapfoldl_1", 3, "lists.erl", 1462, "stdlib 4.2"]] : [["lists", "mapfoldl_1", 3, "lists.erl", 1462, "stdlib 4.2"], ["lists", "mapfoldl_1", 3, "lists.erl", 1463, "stdlib 4.2"]];
/** lists:foldl/3 at element i (tail-recursive through foldl_1/3) */
const foldl = (i: number): ElixirFrame => (i === 0 ? ["lists", "foldl", 3, "lists.erl", 1350, "stdlib 4.2"] : ["lists", "foldl_1", 3, "lists.erl", 1355, "stdlib 4.2"]);

/** a problem found: the error's text and the frames above compile_error/2, innermost first */
interface Undefined { message: string; frames: ElixirFrame[] }

/** a form this check does not model: the whole check gives up rather than guess */
class Unmodelled extends Error {}

export interface TypespecDecl { val: Ast; line: number; kind?: "type" | "typep" | "opaque" }

export interface TypespecDecls {
  /** @type/@typep/@opaque values, in the order written, with their lines */
  types: TypespecDecl[];
  specs: TypespecDecl[];
  callbacks: TypespecDecl[];
  macrocallbacks: TypespecDecl[];
  /** an alias (or __MODULE__) as the module it names, or null */
  expandAlias(a: Ast): string | null;
  module: string;
  /** a protocol: its type t/0 is defined for it */
  protocol: boolean;
  /** the file as the error names it (for "already defined in FILE:LINE") */
  file: string;
}

export interface TypespecError { line: number; message: string; frames: ElixirFrame[] }

const toString = (a: Ast): string => macroToString(astToTerm(a));

const isVar = (a: Ast): a is AstCall => a.t === "call" && typeof a.name === "string" && a.args === null;

function unionMembers(a: Ast): Ast[] {
  return a.t === "call" && a.name === "|" && a.args?.length === 2 ? [...unionMembers(a.args[0]), ...unionMembers(a.args[1])] : [a];
}

/** a use of string() or nonempty_string() (`string` written bare too), at the typespec's line */
export interface DiscouragedType { line: number; name: "string" | "nonempty_string" }

class Checker {
  /** how often each type variable occurs */
  readonly counts = new Map<string, number>();
  constructor(readonly defined: Set<string>, readonly vars: Set<string>, readonly d: TypespecDecls, readonly discouraged: (name: DiscouragedType["name"]) => void = () => {}) {}

  /** "type variable x is used only once" for the first such variable (in term order), or null */
  usedOnce(): string | null {
    const once = [...this.counts].filter(([n, c]) => c === 1 && !n.startsWith("_")).map(([n]) => n).sort();
    return once.length ? `type variable ${once[0]} is used only once. Type variables in typespecs must be referenced at least twice, otherwise it is equivalent to term()` : null;
  }

  /** each element of xs with mapfoldl's frames, under `below` */
  each(xs: Ast[], below: ElixirFrame[]): Undefined | null {
    for (let i = 0; i < xs.length; i++) {
      const r = this.ty(xs[i]);
      if (r) return { message: r.message, frames: [...r.frames, ...mapfoldl(i), ...below] };
    }
    return null;
  }

  under(r: Undefined | null, below: ElixirFrame[]): Undefined | null {
    return r && { message: r.message, frames: [...r.frames, ...below] };
  }

  /** `(args -> result)`: the function type's arguments, then its result, under `below` */
  fun(arrow: AstCall, below: ElixirFrame[]): Undefined | null {
    const [params, result] = arrow.args!;
    const ps = params.t === "list" ? params.items : [params];
    if (!(ps.length === 1 && isVar(ps[0]) && plainName(ps[0].name as string) === "...")) {
      const r = this.each(ps, [ts("fn_args", 5, 988), ts("fn_args", 6, 974), ...below]);
      if (r) return r;
    }
    return this.under(this.ty(result), [ts("fn_args", 6, 975), ...below]);
  }

  local(name: string, args: Ast[]): Undefined | null {
    if (name === "string" || name === "nonempty_string") this.discouraged(name);
    const key = `${name}/${args.length}`;
    if (args.length > 0) {
      const frame = ELIXIR_REMOTE.has(key) ? ts("remote_type", 4, 940) : name === "fun" ? ts("typespec", 4, 840) : ts("typespec", 4, 845);
      const r = this.each(args, [frame]);
      if (r) return r;
    }
    if (BUILT_IN.has(key) || ANY_ARITY.has(name) || this.defined.has(key)) return null;
    return { message: `type ${key} undefined (no such type in ${this.d.module.replace(/^Elixir\./, "")})`, frames: [] };
  }

  mapField(f: Ast): Undefined | null {
    if (f.t !== "tuple" || f.items.length !== 2) throw new Unmodelled();
    const [k, v] = f.items;
    if (k.t === "atom") return this.under(this.ty(v), [anon(537)]);
    if (k.t === "call" && (k.name === "required" || k.name === "optional") && k.args?.length === 1) {
      const [kl, vl] = k.name === "required" ? [526, 527] : [531, 532];
      return this.under(this.ty(k.args[0]), [anon(kl)]) ?? this.under(this.ty(v), [anon(vl)]);
    }
    return this.under(this.ty(k), [anon(536)]) ?? this.under(this.ty(v), [anon(537)]);
  }

  mapFields(fields: Ast[], offset: number): Undefined | null {
    for (let i = 0; i < fields.length; i++) {
      const r = this.mapField(fields[i]);
      if (r) return { message: r.message, frames: [...r.frames, ...mapfoldl(i + offset), ts("typespec", 4, 551)] };
    }
    return null;
  }

  ty(a: Ast): Undefined | null {
    switch (a.t) {
      case "int": case "atom": return null;
      // (a float is no type: typespec/4's last clause fails, calling compile_error/2 last)
      case "float": return { message: `unexpected expression in typespec: ${toString(a)}`, frames: [] };
      case "tuple": return this.each(a.items, [ts("typespec", 4, 768)]);
      case "list": {
        if (a.items.length === 0) return null;
        const [first, second] = a.items;
        if (a.items.length === 1 && first.t === "call" && first.name === "->" && first.args?.length === 2) return this.fun(first, [ts("typespec", 4, 653)]);
        if (a.items.length === 1) return this.each([first], [ts("typespec", 4, 845)]);
        if (a.items.length === 2 && isVar(second) && plainName(second.name as string) === "...") return this.each([first], [ts("typespec", 4, 845)]);
        // a keyword list: a list of the union of its {key, type} pairs
        if (keywordPairs(a) === null) return { message: `unexpected list in typespec: ${toString(a)}`, frames: [ts("typespec", 4, 903)] };
        return this.under(this.each(a.items, [ts("typespec", 4, 464)]), [...mapfoldl(0), ts("typespec", 4, 845)]);
      }
      case "call": break;
      default: throw new Unmodelled();
    }
    const args = a.args;
    if (typeof a.name !== "string") {
      const dot = a.name;
      if (dot.t !== "call" || dot.name !== "." || dot.args?.length !== 2 || dot.args[1].t !== "atom") throw new Unmodelled();
      const mod = this.d.expandAlias(dot.args[0]);
      if (mod === null) throw new Unmodelled();
      // (the module's own type, named remotely, is a local one)
      if (mod === this.d.module) return this.local(dot.args[1].v, args ?? []);
      return this.each(args ?? [], [ts("remote_type", 4, 940)]);
    }
    // (a variable a macro quoted is named as written: its context is no part of a type's name)
    const name = plainName(a.name);
    if (args === null) {
      if (name === "__MODULE__") return null;
      if (this.vars.has(name)) { this.counts.set(name, (this.counts.get(name) ?? 0) + 1); return null; }
      return this.local(name, []);
    }
    if (name === "__aliases__") return null;
    if (name === "|" && args.length === 2) return this.each(unionMembers(a), [ts("typespec", 4, 464)]);
    if (name === "::" && args.length === 2) {
      if (!isVar(args[0])) throw new Unmodelled();
      return this.under(this.ty(args[1]), [ts("typespec", 4, 665)]);
    }
    if (name === ".." && args.length === 2) return this.under(this.ty(args[0]), [ts("typespec", 4, 634)]) ?? this.under(this.ty(args[1]), [ts("typespec", 4, 635)]);
    if (name === "-" && args.length === 1 && args[0].t === "int") return null;
    if (name === "<<>>") return null;
    if (name === "%{}") return this.mapFields(args, 0);
    if (name === "%" && args.length === 2) {
      const map = args[1];
      if (map.t !== "call" || map.name !== "%{}" || this.d.expandAlias(args[0]) === null) throw new Unmodelled();
      // (the struct's fields follow its __struct__ key: never the first element)
      return this.mapFields(map.args ?? [], 1);
    }
    if (["@", "unquote", "unquote_splicing", "quote", "{}", "<<>>", "&", "."].includes(name)) throw new Unmodelled();
    return this.local(name, args);
  }
}

const KIND_ORDER = ["type", "opaque", "typep"];

/** the first problem in the module's typespecs, as Elixir reports it, or null; and the uses of
 *  string() and nonempty_string() Elixir warns of before it (none when a form is not modelled) */
export function checkTypespecs(d: TypespecDecls): { error: TypespecError | null; discouraged: DiscouragedType[] } {
  const discouraged: DiscouragedType[] = [];
  const error = typespecError(d, discouraged);
  return { error, discouraged };
}

function typespecError(d: TypespecDecls, discouraged: DiscouragedType[]): TypespecError | null {
  // (Elixir goes through the types kind by kind: @type, @opaque, then @typep)
  const types = KIND_ORDER.flatMap((k) => d.types.filter((t) => (t.kind ?? "type") === k));
  const at = (line: number, r: Undefined): TypespecError => ({ line, message: r.message, frames: [ts("compile_error", 2, 936), ...r.frames].slice(0, 8) });
  const defined = new Map<string, number>(d.protocol ? [["t/0", 0]] : []);
  for (let i = 0; i < types.length; i++) {
    const { val, line } = types[i];
    const below = [foldl(i), ts("translate_typespecs_for_module", 2, 226)];
    const head = isCallTo(val, "::", 2) ? val.args![0] : null;
    if (head === null || head.t !== "call" || typeof head.name !== "string") return at(line, { message: `invalid type specification: ${toString(val)}`, frames: below });
    const key = `${plainName(head.name)}/${head.args?.length ?? 0}`;
    const before = defined.get(key);
    if (before !== undefined) return at(line, { message: `type ${key} is already defined in ${d.file}:${before}`, frames: below });
    defined.set(key, line);
  }
  const known = new Set(defined.keys());
  try {
    for (let i = 0; i < types.length; i++) {
      const [head, body] = (types[i].val as AstCall).args!;
      const params = (head as AstCall).args ?? [];
      const below = [...mapfoldl(i), ts("translate_typespecs_for_module", 2, 235)];
      const vars = params.filter(isVar).map((p) => plainName(p.name as string));
      const c = new Checker(known, new Set(vars), d, (name) => discouraged.push({ line: types[i].line, name }));
      for (const v of vars) c.counts.set(v, (c.counts.get(v) ?? 0) + 1);
      const r = c.ty(body);
      if (r) return at(types[i].line, { message: r.message, frames: [...r.frames, ts("translate_type", 2, 307), ...below] });
      if (vars.includes("_")) return at(types[i].line, { message: "type variable '_' is invalid", frames: [ts("translate_type", 2, 311), ...below] });
      const once = c.usedOnce();
      if (once) return at(types[i].line, { message: once, frames: [["lists", "foreach_1", 2, "lists.erl", 1442, "stdlib 4.2"], ts("translate_type", 2, 312), ...below] });
      const invalid = params.filter((p) => !isVar(p));
      if (invalid.length) {
        const message = `@type definitions expect all arguments to be variables. The type ${plainName((head as AstCall).name as string)}/${params.length} has an invalid argument(s): ${invalid.map(toString).join(", ")}`;
        return at(types[i].line, { message, frames: below });
      }
    }
    const groups: [TypespecDecl[], number][] = [[d.specs, 236], [d.callbacks, 237], [d.macrocallbacks, 240]];
    for (const [specs, line] of groups) {
      for (let i = 0; i < specs.length; i++) {
        const r = spec(known, specs[i].val, d, (name) => discouraged.push({ line: specs[i].line, name }));
        if (r) return at(specs[i].line, { message: r.message, frames: [...r.frames, ...mapfoldl(i), ts("translate_typespecs_for_module", 2, line)] });
      }
    }
  } catch (e) {
    if (e instanceof Unmodelled) return (discouraged.length = 0), null;
    throw e;
  }
  return null;
}

function isCallTo(a: Ast, name: string, arity: number): a is AstCall {
  return a.t === "call" && a.name === name && a.args?.length === arity;
}

/** a spec's shape, its arguments, its result, its `when` constraints, then its type variables */
function spec(defined: Set<string>, val: Ast, d: TypespecDecls, discouraged: Checker["discouraged"]): Undefined | null {
  let guard: [string, Ast][] = [];
  let s = val;
  let guardAst: Ast | null = null;
  if (isCallTo(s, "when", 2)) {
    guardAst = s.args![1];
    s = s.args![0];
  }
  if (!isCallTo(s, "::", 2)) return { message: `type specification missing return type: ${toString(s)}`, frames: [] };
  if (guardAst !== null) {
    const g = keywordPairs(guardAst);
    if (g === null) return { message: `expected keywords as guard in type specification, got: ${toString(guardAst)}`, frames: [] };
    guard = g;
  }
  const [head, result] = s.args!;
  if (head.t !== "call" || typeof head.name !== "string") {
    if (guardAst !== null) throw new Unmodelled();
    return { message: `invalid type specification: ${toString(val)}`, frames: [] };
  }
  const c = new Checker(defined, new Set(guard.map(([k]) => plainName(k))), d, discouraged);
  const r = c.fun({ ...(s as AstCall), name: "->", args: [{ t: "list", items: head.args ?? [] } as Ast, result] }, [ts("translate_spec", 8, 390)]);
  if (r) return r;
  for (let i = 0; i < guard.length; i++) {
    const [k, v] = guard[i];
    if (isVar(v) && plainName(v.name as string) === "var") continue;
    const name = plainName(k);
    c.counts.set(name, (c.counts.get(name) ?? 0) + 1);
    const g = c.ty(v);
    if (g) return { message: g.message, frames: [...g.frames, [TS, "-guard_to_constraints/5-fun-0-", 5, FILE, 445], foldl(i), ts("guard_to_constraints", 5, 451), ts("translate_spec", 8, 394)] };
  }
  const once = c.usedOnce();
  if (once) return { message: once, frames: [["lists", "foreach_1", 2, "lists.erl", 1442, "stdlib 4.2"], ts("translate_spec", 8, 399)] };
  return null;
}
