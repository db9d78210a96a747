// @type and @callback as iex's t/1 and b/1 print them: Elixir translates a typespec to Erlang's
// type forms when it compiles the module, and iex reads them back (Code.Typespec.type_to_quoted,
// spec_to_quoted) before Macro.to_string. The round trip normalizes the source (`t` -> `t()`,
// `list(x)` -> `[x]`, a struct lists all its fields, `fun` -> `(... -> any())` ...) and gives
// each node the line Elixir's forms keep: a 2-tuple, `[x, ...]`'s `...` and Elixir's own built-in
// types (keyword, charlist, struct ...) get line 0. Macro.to_string lays out call arguments whose
// lines differ one per line, so the lines are kept as Elixir's.
import type { Ast, AstCall, Meta } from "../lang/ast.ts";
import { Term, Tuple, atom, bin, int, list, NIL } from "../vm/terms.ts";
import { macroToString } from "../vm/bifs/macro_to_string.ts";
import { astToTerm } from "./quoted.ts";
import { keywordPairs } from "./ast_util.ts";

export type TypeKind = "type" | "typep" | "opaque";
export type CallbackKind = "callback" | "macrocallback";

/** what the conversion needs of the module being compiled */
export interface TypespecEnv {
  module: string;
  /** an alias (or `__MODULE__`, an atom) as the module it names, or null */
  expandAlias(a: Ast): string | null;
  /** a struct's fields (sorted as its map lists them), or null when unknown */
  structFields(module: string): string[] | null;
}

const CODE_TYPESPEC = atom("Elixir.Code.Typespec");
/** Elixir's own built-in types, kept as remote types of :elixir (line 0 when read back) */
const ELIXIR_BUILTINS = new Set(["keyword/0", "keyword/1", "charlist/0", "nonempty_charlist/0", "as_boolean/1", "struct/0"]);

function meta(line: number | null): Term {
  return line === null ? NIL : list([new Tuple([atom("line"), int(line)])]);
}

function lineOf(m: Meta | undefined): number {
  return m?.line ?? 0;
}

function call(name: string, line: number | null, args: Term[] | null): Term {
  return new Tuple([atom(name), meta(line), args === null ? atom("nil") : list(args)]);
}

function isVarAst(a: Ast): a is AstCall {
  return a.t === "call" && typeof a.name === "string" && a.args === null;
}

/** the members of a union (`a | b | c`), flattened */
function unionMembers(a: Ast): Ast[] {
  if (a.t === "call" && a.name === "|" && a.args?.length === 2) return [...unionMembers(a.args[0]), ...unionMembers(a.args[1])];
  return [a];
}

/** a 2-tuple type whose first element is an atom: a keyword entry */
function keywordEntry(a: Ast): [string, Ast] | null {
  if (a.t === "tuple" && a.items.length === 2 && a.items[0].t === "atom") return [a.items[0].v, a.items[1]];
  return null;
}

class Converter {
  constructor(readonly env: TypespecEnv, readonly vars: Set<string>) {}

  /** `[x]`: a list of x, or a keyword list when x is a union of {atom, type} pairs */
  listOf(x: Ast): Term {
    const members = unionMembers(x);
    const kw = members.map(keywordEntry);
    if (members.length > 1 && kw.every((e) => e !== null)) return list(kw.map((e) => new Tuple([atom(e![0]), this.ty(e![1])])));
    return list([this.ty(x)]);
  }

  fun(arrow: AstCall): Term {
    const [params, result] = arrow.args!;
    const line = lineOf(arrow.meta);
    const ps = params.t === "list" ? params.items : [params];
    const args = ps.length === 1 && isVarAst(ps[0]) && ps[0].name === "..." ? [new Tuple([atom("..."), NIL, CODE_TYPESPEC])] : ps.map((p) => this.ty(p));
    return list([new Tuple([atom("->"), meta(line), list([list(args), this.ty(result)])])]);
  }

  binary(a: AstCall): Term {
    const line = lineOf(a.meta);
    const underscore = () => new Tuple([atom("_"), meta(line), CODE_TYPESPEC]);
    const segs: Term[] = [];
    for (const s of a.args ?? []) {
      if (s.t !== "call" || s.name !== "::" || s.args?.length !== 2) return astToTerm(a);
      const size = s.args[1];
      if (size.t === "int") segs.push(new Tuple([atom("::"), meta(lineOf(s.meta)), list([underscore(), int(size.v)])]));
      else if (size.t === "call" && size.name === "*" && size.args?.length === 2 && size.args[1].t === "int") {
        const star = new Tuple([atom("*"), meta(lineOf(s.meta)), list([underscore(), int(size.args[1].v)])]);
        segs.push(new Tuple([atom("::"), meta(lineOf(s.meta)), list([underscore(), star])]));
      } else return astToTerm(a);
    }
    if (segs.length === 0) segs.push(new Tuple([atom("::"), meta(line), list([underscore(), 0])]));
    return new Tuple([atom("<<>>"), meta(line), list(segs)]);
  }

  mapFields(fields: Ast[]): Term[] {
    return fields.map((f) => {
      if (f.t !== "tuple" || f.items.length !== 2) return this.ty(f);
      const [k, v] = f.items;
      if (k.t === "atom") return new Tuple([atom(k.v), this.ty(v)]);
      if (k.t === "call" && (k.name === "required" || k.name === "optional") && k.args?.length === 1) {
        // a required atom key reads back as `key: type`
        if (k.name === "required" && k.args[0].t === "atom") return new Tuple([atom(k.args[0].v), this.ty(v)]);
        return new Tuple([call(k.name, null, [this.ty(k.args[0])]), this.ty(v)]);
      }
      // `%{k => v}` is a required key
      return new Tuple([call("required", null, [this.ty(k)]), this.ty(v)]);
    });
  }

  struct(a: AstCall): Term {
    const [name, map] = a.args!;
    const module = this.env.expandAlias(name);
    const fields = module ? this.env.structFields(module) : null;
    if (!module || !fields || map.t !== "call" || map.name !== "%{}") return astToTerm(a);
    const given = new Map((map.args ?? []).map((f) => (f.t === "tuple" && f.items[0].t === "atom" ? [f.items[0].v, f.items[1]] : ["", f])));
    const pairs = fields.map((f) => new Tuple([atom(f), given.has(f) ? this.ty(given.get(f)!) : call("term", 0, [])]));
    return new Tuple([atom("%"), meta(lineOf(a.meta)), list([atom(module), new Tuple([atom("%{}"), meta(lineOf(map.meta)), list(pairs)])])]);
  }

  ty(a: Ast): Term {
    switch (a.t) {
      case "int": return int(a.v);
      case "atom": return atom(a.v);
      case "str": return bin(a.v);
      case "float": return astToTerm(a);
      case "list": {
        if (a.items.length === 0) return NIL;
        const [first, second] = a.items;
        if (a.items.length === 1 && first.t === "call" && first.name === "->" && first.args?.length === 2) return this.fun(first);
        if (a.items.length === 1) return this.listOf(first);
        if (a.items.length === 2 && isVarAst(second) && second.name === "...") return list([this.ty(first), call("...", 0, null)]);
        const kw = a.items.map(keywordEntry);
        if (kw.every((e) => e !== null)) return list(kw.map((e) => new Tuple([atom(e![0]), this.ty(e![1])])));
        return list(a.items.map((x) => this.ty(x)));
      }
      case "tuple": return new Tuple([atom("{}"), meta(a.items.length === 2 ? 0 : lineOf(a.meta)), list(a.items.map((x) => this.ty(x)))]);
    }
    const line = lineOf(a.meta);
    const args = a.args;
    if (typeof a.name !== "string") {
      // a remote type: Mod.t(args)
      const dot = a.name;
      if (dot.t === "call" && dot.name === "." && dot.args?.length === 2 && dot.args[1].t === "atom") {
        const mod = this.env.expandAlias(dot.args[0]);
        // (the module's own type, named remotely, is read back as a local one)
        if (mod === this.env.module) return this.local(dot.args[1].v, line, args ?? []);
        if (mod !== null) {
          const target = new Tuple([atom("."), meta(line), list([atom(mod), atom(dot.args[1].v)])]);
          return new Tuple([target, meta(line), list((args ?? []).map((x) => this.ty(x)))]);
        }
      }
      return astToTerm(a);
    }
    const name = a.name;
    if (args === null) {
      if (name === "__MODULE__") return atom(this.env.module);
      if (this.vars.has(name) || name === "_") return call(name, line, null);
      return this.local(name, line, []);
    }
    if (name === "__aliases__") return atom(this.env.expandAlias(a) ?? "nil");
    if (name === "|" && args.length === 2) {
      const members = unionMembers(a).map((x) => this.ty(x));
      return members.reduceRight((acc, m) => new Tuple([atom("|"), meta(line), list([m, acc])]));
    }
    if (name === "::" && args.length === 2) {
      const left = isVarAst(args[0]) ? call(args[0].name as string, lineOf(args[0].meta), null) : this.ty(args[0]);
      return new Tuple([atom("::"), meta(line), list([left, this.ty(args[1])])]);
    }
    if (name === ".." && args.length === 2) return new Tuple([atom(".."), meta(line), list(args.map((x) => this.ty(x)))]);
    if (name === "-" && args.length === 1 && args[0].t === "int") return new Tuple([atom("-"), meta(line), list([int(args[0].v)])]);
    if (name === "<<>>") return this.binary(a);
    if (name === "%{}") return new Tuple([atom("%{}"), meta(line), list(this.mapFields(args))]);
    if (name === "%" && args.length === 2) return this.struct(a);
    return this.local(name, line, args);
  }

  /** a local or built-in type: name(args) */
  local(name: string, line: number, args: Ast[]): Term {
    const key = `${name}/${args.length}`;
    if (ELIXIR_BUILTINS.has(key)) return call(name, 0, args.map((x) => this.ty(x)));
    if (key === "list/1") return this.listOf(args[0]);
    if (key === "nonempty_list/1") return list([this.ty(args[0]), call("...", line, null)]);
    if (key === "nonempty_list/0") return list([call("...", line, null)]);
    if (key === "fun/0") return list([new Tuple([atom("->"), meta(line), list([list([new Tuple([atom("..."), NIL, CODE_TYPESPEC])]), call("any", line, [])])])]);
    return call(name, line, args.map((x) => this.ty(x)));
  }
}

/** [name, arity, text] of a @type/@typep/@opaque value (`@type name(args) :: type`), or null */
export function typeText(kind: TypeKind, val: Ast, env: TypespecEnv): [string, number, string] | null {
  if (val.t !== "call" || val.name !== "::" || val.args?.length !== 2) return null;
  const [head, definition] = val.args;
  if (head.t !== "call" || typeof head.name !== "string") return null;
  const params = head.args ?? [];
  const vars = new Set(params.filter(isVarAst).map((p) => p.name as string));
  const c = new Converter(env, vars);
  const headTerm = call(head.name, null, params.map((p) => (isVarAst(p) ? call(p.name as string, lineOf(p.meta), null) : c.ty(p))));
  const quoted = kind === "opaque" ? headTerm : new Tuple([atom("::"), NIL, list([headTerm, c.ty(definition)])]);
  return [head.name, params.length, `@${kind} ${macroToString(quoted)}`];
}

/** [name, arity, text] of a @callback/@macrocallback (or @spec) value, or null */
export function callbackText(kind: CallbackKind | "spec", val: Ast, env: TypespecEnv): [string, number, string] | null {
  let spec = val;
  let guard: [string, Ast][] = [];
  if (spec.t === "call" && spec.name === "when" && spec.args?.length === 2) {
    guard = keywordPairs(spec.args[1]) ?? [];
    spec = spec.args[0];
  }
  if (spec.t !== "call" || spec.name !== "::" || spec.args?.length !== 2) return null;
  const [head, result] = spec.args;
  if (head.t !== "call" || typeof head.name !== "string") return null;
  const line = lineOf(spec.meta);
  const c = new Converter(env, new Set(guard.map(([k]) => k)));
  const headTerm = call(head.name, line, (head.args ?? []).map((x) => c.ty(x)));
  let quoted: Term = new Tuple([atom("::"), meta(line), list([headTerm, c.ty(result)])]);
  if (guard.length > 0) {
    const constraints = guard.map(([k, v]) => new Tuple([atom(k), isVarAst(v) && v.name === "var" ? call("var", line, null) : c.ty(v)]));
    quoted = new Tuple([atom("when"), meta(line), list([quoted, list(constraints)])]);
  }
  return [head.name, (head.args ?? []).length, `@${kind} ${macroToString(quoted)}`];
}
