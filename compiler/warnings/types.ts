// The warnings of Elixir 1.14's type checker (Module.Types), which runs on each module once the file
// is compiled: "incompatible types" and "undefined field". This is a small, conservative part of
// it, for the common cases only, so that it never warns where Elixir does not:
//   - a guard `is_integer(x) and is_atom(x)` on a plain argument (type checks on one variable that
//     exclude each other, joined by `and` at the guard's root);
//   - `var.field` (no parentheses) on a variable bound once in the clause: by a head pattern or a
//     statement `%S{} = var` to a struct, or by a statement `var = VALUE` to a literal's type
//     (a map whose keys are literals, a struct, a number, binary, atom, list or tuple of literals):
//     a field the map lacks is "undefined field", a variable that is no map "incompatible types";
//   - such a typed variable (by a guard, or `var = literal`) as a segment of a binary built in an
//     expression (`<<x::binary>>`, `x <> ""`) of a type it cannot have: "incompatible types"
//     (binary_segments.ts reads the segments; a variable that fits is then known no more).
// A clause's head and then its body up to the first form it does not model are first walked as the
// checker itself walks them (head_types.ts); what that finds comes first, the cases above after.
// As in Elixir, a clause stops at its first conflict (and the remote calls after it are then not
// checked), and a module's warnings are sorted by the warning's term (its types, then location).
import type { Ast, AstCall } from "../../lang/ast.ts";
import { isCall, isVar, blockItems, keywordPairs, lineOf, metaOf, clausesOf } from "../ast_util.ts";
import { astKids, someNode } from "../ast_walk.ts";
import { foldTree, Expand } from "../tree_fold.ts";
import { astToTerm, valueAst } from "../quoted.ts";
import { Atom, Tuple, atom, isMap, type Term } from "../../vm/terms.ts";
import { macroToString } from "../../vm/bifs/macro_to_string.ts";
import type { Warning } from "./warning.ts";
import { segmentsOf, segmentText, patternSegments } from "./binary_segments.ts";
import { HeadQuoter, Unmodelled, type Q } from "./head_quoted.ts";
import { headConflict, type ETerm } from "./head_types.ts";
import { whenParts } from "../expanded_definition.ts";

/** a struct's fields and default values as ASTs (null: a default Macro.to_string would not print
 *  as it is), or undefined when the module defines no struct */
export type StructOf = (module: string) => { key: string; value: Ast | null }[] | undefined;

// Types as Elixir's checker writes them are Erlang terms (ETerm, for its term order): an atom is a
// JS string, a tuple an array, a list { list }.

function rank(t: ETerm): number {
  if (typeof t === "number") return 0;
  if (typeof t === "string") return 1;
  if (Array.isArray(t)) return 2;
  return 3;
}

/** Erlang's term order over the terms used here (on an explicit stack, as every walk here: code
 *  and literals nest thousands deep, deeper than the JS stack left to a warning pass) */
function compareTerms(a: ETerm, b: ETerm): number {
  // (pairs compared in order; a number: list lengths compared once the items before are equal)
  const todo: ([ETerm, ETerm] | number)[] = [[a, b]];
  while (todo.length > 0) {
    const next = todo.pop()!;
    if (typeof next === "number") {
      if (next) return next;
      continue;
    }
    const [x, y] = next;
    const rx = rank(x), ry = rank(y);
    if (rx !== ry) return rx - ry;
    if (typeof x === "number") {
      if (x - (y as number)) return x - (y as number);
    } else if (typeof x === "string") {
      if (x !== y) return x < (y as string) ? -1 : 1;
    } else if (Array.isArray(x)) {
      const yy = y as ETerm[];
      if (x.length !== yy.length) return x.length - yy.length;
      for (let i = x.length - 1; i >= 0; i--) todo.push([x[i], yy[i]]);
    } else {
      const lx = x.list, ly = (y as { list: ETerm[] }).list;
      todo.push(lx.length - ly.length);
      for (let i = Math.min(lx.length, ly.length) - 1; i >= 0; i--) todo.push([lx[i], ly[i]]);
    }
  }
  return 0;
}

const DYNAMIC_FIELD: ETerm = ["optional", "dynamic", "dynamic"];

/** Elixir's inspect of an atom, as the checker prints an atom type */
function atomText(a: string): string {
  if (a === "true" || a === "false" || a === "nil") return a;
  if (/^Elixir(\.[A-Z][a-zA-Z0-9_]*)+$/.test(a)) return a.slice("Elixir.".length);
  return /^[a-z_][a-zA-Z0-9_@]*[?!]?$/.test(a) ? ":" + a : `:"${a}"`;
}

function structName(t: ETerm): string | null {
  if (!Array.isArray(t) || t[0] !== "map") return null;
  for (const f of (t[1] as { list: ETerm[] }).list) {
    const [kind, k, v] = f as ETerm[];
    if (kind === "required" && Array.isArray(k) && k[1] === "__struct__" && Array.isArray(v) && v[0] === "atom") return (v[1] as string).replace(/^Elixir\./, "");
  }
  return null;
}

/** whether a type is a map or a union holding one (the checker then writes maps in full when
 *  the other side of a conflict is one too) */
function mapLike(t: ETerm): boolean {
  if (!Array.isArray(t)) return false;
  if (t[0] === "map") return true;
  return t[0] === "union" && (t[1] as { list: ETerm[] }).list.some(mapLike);
}

/** whether a conflict's types are written with maps simplified (map(), %S{}): when exactly one of
 *  its sides is map-like */
function simplifies(left: ETerm, right: ETerm): boolean {
  return mapLike(left) !== mapLike(right);
}

/** the checker's text of a type: maps as map() (a struct as %S{}) when `simplify`, else in full
 *  (`%{foo: var1, optional(dynamic()) => dynamic()}`; type variables numbered from 1 as the
 *  checker numbers those of a message, in the order they are printed) */
function typeText(root: ETerm, simplify = true): string {
  const vars = new Map<number, number>();
  return foldTree<ETerm, string>(root, (t) => {
    if (typeof t === "string") return t + "()";
    if (!Array.isArray(t)) return "?";
    switch (t[0]) {
      case "atom": return atomText(t[1] as string);
      case "var": {
        const n = t[1] as number;
        if (!vars.has(n)) vars.set(n, vars.size + 1);
        return `var${vars.get(n)}`;
      }
      case "list": return new Expand([t[1]], ([x]) => `[${x}]`);
      case "tuple": return new Expand((t[2] as { list: ETerm[] }).list, (xs) => `{${xs.join(", ")}}`);
      case "map": {
        const s = structName(t);
        if (s) return `%${s}{}`;
        if (simplify) return "map()";
        const fields = (t[1] as { list: ETerm[] }).list as ETerm[][];
        return new Expand(fields.flatMap((f) => [f[1], f[2]]), (xs) => {
          const parts = fields.map((f, i) => {
            const key = f[1];
            if (f[0] === "required" && Array.isArray(key) && key[0] === "atom") return `${(key[1] as string).replace(/^Elixir\./, "")}: ${xs[2 * i + 1]}`;
            return `${f[0]}(${xs[2 * i]}) => ${xs[2 * i + 1]}`;
          });
          return `%{${parts.join(", ")}}`;
        });
      }
      case "union": return new Expand((t[1] as { list: ETerm[] }).list, (xs) => xs.join(" | "));
    }
    return "?";
  });
}

const GUARD_TYPES: Record<string, ETerm> = {
  is_atom: "atom", is_binary: "binary", is_float: "float", is_integer: "integer", is_pid: "pid",
  is_port: "port", is_reference: "reference", is_tuple: "tuple", is_list: ["list", "dynamic"],
  is_map: ["map", { list: [DYNAMIC_FIELD] }],
};
/** what a variable is known to be in the body after a guard's type check (is_map: a map of any
 *  keys; is_nil gives none in 1.14) */
const BODY_GUARD_TYPES: Record<string, ETerm> = {
  is_atom: "atom", is_binary: "binary", is_bitstring: "binary", is_float: "float", is_integer: "integer",
  is_pid: "pid", is_port: "port", is_reference: "reference", is_tuple: "tuple", is_list: ["list", "dynamic"],
  is_map: ["map", { list: [DYNAMIC_FIELD] }],
  is_function: "fun", is_number: ["union", { list: ["integer", "float"] }],
  is_boolean: ["union", { list: [["atom", "true"], ["atom", "false"]] }],
};
/** the type a guard's check `name` gives, when it is one type (not a union) */
function singleCheck(name: AstCall["name"]): ETerm | null {
  const t = typeof name === "string" && Object.hasOwn(BODY_GUARD_TYPES, name) ? BODY_GUARD_TYPES[name] : undefined;
  return t === undefined || (Array.isArray(t) && t[0] === "union") ? null : t;
}

/** the type `is_a(v) or is_b(v)` gives v: a's types, then those of b's not among them (an atom()
 *  holds true and false); null when not one of these checks, or b's atom() would hold a's atoms */
function orType(l: AstCall, r: AstCall): ETerm | null {
  const parts = (name: AstCall["name"]): ETerm[] | null => {
    const t = typeof name === "string" && Object.hasOwn(BODY_GUARD_TYPES, name) ? BODY_GUARD_TYPES[name] : undefined;
    return t === undefined ? null : Array.isArray(t) && t[0] === "union" ? (t[1] as { list: ETerm[] }).list : [t];
  };
  const [left, right] = [parts(l.name), parts(r.name)];
  if (!left || !right) return null;
  if (right.includes("atom") && left.some((t) => Array.isArray(t) && t[0] === "atom")) return null;
  const out = [...left];
  for (const t of right) if (incompatiblePart(t, ["union", { list: out }]) !== null) out.push(t);
  return out.length === 1 ? out[0] : ["union", { list: out }];
}

/** ExUnit's assertion macros: their expansion binds and matches the values given, which this
 *  does not follow */
const ASSERTIONS = new Set(["assert", "refute", "assert_raise", "assert_receive", "assert_received", "refute_receive", "refute_received", "assert_in_delta", "refute_in_delta", "catch_error", "catch_exit", "catch_throw"]);
const COMPARISONS = new Set(["==", "!=", "===", "!==", "<", ">", "<=", ">="]);

interface Typed {
  type: ETerm;
  /** the expression that gave it, as Elixir prints it, and its line ("" for the `or` of several
   *  `when`s, which the checker builds without one) */
  expr: string;
  line: number | "";
  /** a trace printed before it (`is_atom(x) or is_integer(x)`: is_atom(x)'s) */
  pre?: { type: ETerm; expr: string; line: number };
  /** the line of an `assert v` since (its expansion binds `value = v`) */
  asserted?: number;
  /** the traces printed after it: the segments of binaries since that gave it the same type */
  after?: { type: ETerm; expr: string; line: number; bare: boolean }[];
  /** whether it comes from a binary's segment with no modifier (`<<v>>`: the warning's HINT) */
  bare?: boolean;
  /** the reads `v.field` that made an untyped v a map (their traces stand for its own) */
  fields?: { expr: string; line: number; field: string }[];
  /** the variable it was given by a statement `v = x` (x's traces come first, then the link) */
  via?: { v: string; known: Typed };
}

const BINARY_HINT = "HINT: all expressions given to binaries are assumed to be of type integer() unless said otherwise. For example, <<expr>> assumes \"expr\" is an integer. Pass a modifier, such as <<expr::float>> or <<expr::binary>>, to change the default behaviour.\n\n";

/** the HINT on binaries, when a trace of `known` is a segment with no modifier */
function bareHint(known: Typed): string {
  return known.bare || known.after?.some((t) => t.bare) || (known.via && bareHint(known.via.known)) ? BINARY_HINT : "";
}

/** the type a guard's part gives its variable, when not its check's (tuple_size(v) == 2, elem(v, 0)) */
const leafTypes = new WeakMap<AstCall, ETerm>();

/** a guard's check whose trace is printed before another's of the same variable (is_map(x) after
 *  is_map_key(x, k)) */
const preTrace = new WeakMap<AstCall, AstCall>();

const OPEN_MAP: ETerm = ["map", { list: [DYNAMIC_FIELD] }];

/** the leaves standing for a head's map pattern (`%{} = v`) among a guard's checks */
const patternLeaves = new WeakSet<AstCall>();

/** a guard's type check the checker's trace shows as another expression (`x > 1 or is_integer(x)`) */
const tracedAs = new WeakMap<AstCall, Ast>();

/** the traces of a typed variable: its `pre` one, then its own, with `type` shown for its own */
function typedTraces(file: string, v: string, known: Typed, simplify: boolean): string {
  const via = known.via ? typedTraces(file, known.via.v, known.via.known, simplify) +
    `where "${known.via.v}" was given the same type as "${v}" in:\n\n    # ${file}:${known.line}\n    ${indent(known.expr)}\n\n` : "";
  if (known.fields) return fieldTraces(file, v, known.fields, simplify) + (known.after ?? []).map((t) => trace(file, v, typeText(t.type, simplify), "", t.expr, t.line)).join("");
  return via + (known.pre ? trace(file, v, typeText(known.pre.type, simplify), "", known.pre.expr, known.pre.line) : "") + trace(file, v, typeText(known.type, simplify), "", known.expr, known.line) +
    (known.after ?? []).map((t) => trace(file, v, typeText(t.type, simplify), "", t.expr, t.line)).join("");
}

/** the type `v.field` reads give an untyped v: a map with those fields (each read's result a
 *  type variable), of any other keys */
function fieldsType(fields: { field: string }[]): ETerm {
  // (the field read last first: the order of the warnings sorted by their types)
  return ["map", { list: [...fields.map((f): ETerm => ["required", ["atom", f.field], ["var", 0]]).reverse(), DYNAMIC_FIELD] }];
}

/** the traces of reads `v.field` that made v a map: one for the first, then two for each other
 *  (v unified with the map read, then given the result) */
function fieldTraces(file: string, v: string, fields: { expr: string; line: number; field: string }[], simplify: boolean): string {
  return fields.map((f, i) => {
    const one = trace(file, v, typeText(fieldsType(fields.slice(0, i + 1)), simplify), " (due to calling var.field)", f.expr, f.line);
    return i === 0 ? one : one + one;
  }).join("");
}

interface Conflict {
  /** the warning's whole term when it is no {:unable_unify, left, right, ...} (sorted by it) */
  key?: ETerm;
  left: ETerm;
  right: ETerm;
  line: number;
  column: number;
  message: string;
}

const HINT = `HINT: "var.field" (without parentheses) implies "var" is a map() while "var.fun()" (with parentheses) implies "var" is an atom()`;
const show = (a: Ast) => macroToString(astToTerm(a));
const indent = (s: string) => s.replace(/\n/g, "\n    ");

function trace(file: string, v: string, type: string, hint: string, expr: string, line: number | ""): string {
  return `where "${v}" was given the type ${type}${hint} in:\n\n    # ${file}:${line}\n    ${indent(expr)}\n\n`;
}

/** every variable bound by the patterns in `a` (in order) */
function patternVars(a: Ast, out: string[]): void {
  someNode(a, (x) => {
    if (x.t !== "call") return undefined;
    if (isVar(x)) {
      if (!x.name.startsWith("_")) out.push(x.name);
      return false;
    }
    return x.name === "^" ? false : undefined;
  });
}

/** the variables of head patterns that the pattern itself gives no type: an argument, an
 *  element of a tuple or list, a map's value (not a list's tail, a binary's segment, either side
 *  of `=`, or a key) */
function untypedPatternVars(root: Ast, out: Set<string>): void {
  const todo = [root];
  while (todo.length > 0) {
    const a = todo.pop()!;
    if (a.t === "tuple") todo.push(...a.items);
    else if (a.t === "list") todo.push(...a.items.map((x, i) => (isCall(x, "|") && i === a.items.length - 1 && x.args?.length === 2 ? x.args[0] : x)));
    else if (a.t !== "call") continue;
    else if (isVar(a)) {
      if (!a.name.startsWith("_")) out.add(a.name);
    } else if (a.name === "{}") todo.push(...(a.args ?? []));
    else if (a.name === "%{}") {
      for (const p of a.args ?? []) if (p.t === "tuple" && p.items.length === 2) todo.push(p.items[1]);
    } else if (a.name === "%" && a.args?.length === 2) todo.push(a.args[1]);
  }
}

/** the first type of `left` (a union's in order) that cannot be `right`, as Elixir 1.14's guard
 *  checks unify them (a literal atom is an atom(), not the other way), or null when every one can */
function incompatiblePart(left: ETerm, right: ETerm): ETerm | null {
  const parts = (t: ETerm): ETerm[] => (Array.isArray(t) && t[0] === "union" ? (t[1] as { list: ETerm[] }).list : [t]);
  const fits = (l: ETerm, r: ETerm) => JSON.stringify(l) === JSON.stringify(r) || (Array.isArray(l) && l[0] === "atom" && r === "atom");
  for (const l of parts(left)) if (!parts(right).some((r) => fits(l, r))) return l;
  return null;
}

/** how many times each variable is bound anywhere in `root` (the patterns of `=`, `->`, `<-`) */
function bindingCounts(root: Ast[], counts: Map<string, number>, arrows = true): void {
  const add = (pattern: Ast) => {
    const vs: string[] = [];
    patternVars(pattern, vs);
    for (const v of vs) counts.set(v, (counts.get(v) ?? 0) + 1);
  };
  const todo = [...root];
  while (todo.length) {
    const a = todo.pop()!;
    if (a.t === "call" && a.name === "quote") continue;
    if (a.t === "call" && (a.name === "=" || a.name === "<-") && a.args?.length === 2) {
      add(a.args[0]);
      todo.push(a.args[1]);
      continue;
    }
    if (a.t === "call" && a.name === "->" && a.args?.length === 2) {
      const [lhs, body] = a.args;
      if (arrows) for (const p of lhs.t === "list" ? lhs.items : [lhs]) add(p);
      todo.push(body);
      continue;
    }
    todo.push(...astKids(a));
  }
}

export class TypeChecker {
  /** "where" -> the (line, column) of each clause's conflict: remote calls after it go unchecked */
  readonly stops: { where: string; from: [number, number]; to: number }[] = [];
  /** whether the clause checked last met a use of a variable this does not follow */
  private stopped = false;

  constructor(private file: string, private module: string, private structOf: StructOf, private resolve: (alias: Ast) => string | null) {}

  /** the module's warnings, sorted as Elixir sorts them */
  warnings(body: Ast): Warning[] {
    const display = this.module.replace(/^Elixir\./, "");
    const found: { c: Conflict; w: Warning }[] = [];
    const items = blockItems(body);
    const exUnit = items.some((x) => isCall(x, "use") && x.args?.[0] !== undefined && this.resolve(x.args[0]) === "Elixir.ExUnit.Case");
    this.locals = localFunctions(items);
    for (const item of exUnit ? items.flatMap((x) => testDefinitions(x)) : items) {
      this.noteAttribute(item);
      if (!isCall(item) || (item.name !== "def" && item.name !== "defp")) continue;
      const clause = defClause(item);
      if (!clause) continue;
      const where = `${display}.${/^[a-z_][a-zA-Z0-9_]*[?!]?$/.test(clause.name) ? clause.name : JSON.stringify(clause.name)}/${clause.args.length}`;
      let c: Conflict | null = null;
      try {
        // (a guard's conflict in a case, fn or receive clause of the body, when the function has
        // no other: which of two comes first in Elixir's walk is not followed here)
        // (a binary's conflict in such a clause: when the function's own variables are followed
        // to its end, and it has no other)
        this.stopped = false;
        c = this.headConflict(clause, item) ?? this.clause(clause.args, clause.guard, clause.body) ?? this.innerGuards(clause.body) ??
          (this.stopped ? null : this.innerClauseBinaries([...clause.args, ...clause.body], clause.body));
      } catch (e) {
        if (e instanceof RangeError) continue;
        throw e;
      }
      if (!c) continue;
      found.push({ c, w: { message: c.message, file: this.file, line: c.line, where } });
      this.stops.push({ where, from: [c.line, c.column], to: lastLine(item) });
    }
    const keyOf = (c: Conflict): ETerm => c.key ?? ["unable_unify", c.left, c.right, c.line];
    found.sort((a, b) => compareTerms(keyOf(a.c), keyOf(b.c)));
    return found.map((f) => f.w);
  }

  /** the first conflict of the clause's head (patterns and guards) as the checker's own rules
   *  find it (head_types.ts), or null (none, or a head that model does not follow) */
  private headConflict(clause: DefClause, def: AstCall): Conflict | null {
    const quoter = new HeadQuoter({ resolve: this.resolve, fields: (m) => this.structOf(m)?.map((f) => f.key).filter((k) => k !== "__struct__").sort(), defaults: (m) => this.structOf(m),
      localFunction: (name, arity) => this.locals.has(`${name}/${arity}`) });
    let args: Q[], guards: Q[];
    try {
      args = clause.args.map((a) => quoter.headPattern(a));
      guards = clause.guard === null ? [] : whenParts(clause.guard).map((g) => quoter.guard(g));
    } catch (e) {
      if (e instanceof Unmodelled) return null;
      throw e;
    }
    const head: Ast = { t: "call", name: clause.name, meta: {}, args: clause.args };
    const defExpr: Q = { k: "term", t: astToTerm({ ...def, args: [clause.guard ? { t: "call", name: "when", meta: {}, args: [head, clause.guard] } : head] }), line: lineOf(def) };
    // (the body's statements quoted one by one as the checker reaches them: the first it cannot
    // follow ends the walk)
    const statements = clause.body.values();
    const body = (): Q | undefined => {
      if (quoter.structGuards) return undefined;
      const next = statements.next();
      return next.done ? undefined : quoter.expr(next.value);
    };
    const found = headConflict(args, guards, defExpr, this.file, (a) => macroToString(atom(a)), body);
    return found && { key: found.key, left: "", right: "", line: found.line, column: found.column, message: found.message };
  }

  /** the module's own functions, name/arity (a default argument's arities each) */
  private locals = new Set<string>();

  /** module attributes set (so far) to a literal map with atom keys: `@name.field` reads it */
  private attributeMaps = new Map<string, Ast>();

  private noteAttribute(item: Ast): void {
    if (!isCall(item, "@") || item.args?.length !== 1 || !isCall(item.args[0]) || typeof item.args[0].name !== "string") return;
    const [name, value] = [item.args[0].name, item.args[0].args?.[0]];
    if (item.args[0].args?.length !== 1 || !value || !atomKeyedLiteralMap(value)) {
      this.attributeMaps.delete(name);
      return;
    }
    // (the attribute is a value: Elixir prints it back as a map prints, its keys in order)
    const pairs = [...(value as AstCall).args!].sort((x, y) => {
      const [a, b] = [((x as { items: Ast[] }).items[0] as { v: string }).v, ((y as { items: Ast[] }).items[0] as { v: string }).v];
      return a < b ? -1 : a > b ? 1 : 0;
    });
    this.attributeMaps.set(name, { ...(value as AstCall), args: pairs });
  }

  /** the literal map a `.field` reads: written as one, or a module attribute holding one */
  private literalMapTarget(target: Ast | undefined): Ast | null {
    if (!target) return null;
    if (atomKeyedLiteralMap(target)) return target;
    if (isCall(target, "@") && target.args?.length === 1 && isCall(target.args[0]) && target.args[0].args === null && typeof target.args[0].name === "string")
      return this.attributeMaps.get(target.args[0].name) ?? null;
    return null;
  }

  /** `%{...}.field` on a literal map that lacks the field */
  private literalDotConflict(a: AstCall, map: Ast, field: string): Conflict | null {
    const type = this.valueType(map)?.type;
    if (!Array.isArray(type) || type[0] !== "map") return null;
    const fields = (type[1] as { list: ETerm[] }).list as ETerm[][];
    if (fields.some((f) => Array.isArray(f[1]) && f[1][1] === field)) return null;
    const line = lineOf(a) ?? 0;
    const shown: AstCall = { ...a, name: { ...(a.name as AstCall), args: [map, (a.name as AstCall).args![1]] } };
    const atoms = fields.map((f) => (f[1] as ETerm[])[1] as string).sort();
    const message = `undefined field "${field}" in expression:\n\n    # ${this.file}:${line}\n    ${this.show(shown)}\n\n` +
      `expected one of the following fields: ${atoms.join(", ")}\n\nConflict found at`;
    const left: ETerm = ["map", { list: [["required", ["atom", field], ["var", 0]], DYNAMIC_FIELD] }];
    return { left, right: type, line, column: metaOf(a).column ?? 0, message };
  }

  /** the first conflict of checks that exclude each other in the guard of a clause (case, fn,
   *  receive, try's) in `body`, on a variable its patterns bind once and give no type */
  private innerGuards(body: Ast[]): Conflict | null {
    let found: Conflict | null = null;
    const visit = (a: Ast): boolean | undefined => {
      if (!isCall(a)) return undefined;
      if (a.name === "quote") return false;
      const head = a.name === "->" && a.args?.length === 2 && a.args[0].t === "list" && a.args[0].items.length === 1 ? a.args[0].items[0] : null;
      if (head !== null && isCall(head, "when") && head.args && head.args.length >= 2) {
        const patterns = head.args.slice(0, -1);
        const vars: string[] = [];
        patterns.forEach((x) => patternVars(x, vars));
        const untyped = new Set<string>();
        patterns.forEach((x) => untypedPatternVars(x, untyped));
        const once = (v: string) => vars.filter((x) => x === v).length === 1;
        const alternatives = (x: Ast): Ast[] => (isCall(x, "when") && x.args?.length === 2 ? [...alternatives(x.args[0]), ...alternatives(x.args[1])] : [x]);
        for (const alt of alternatives(head.args[head.args.length - 1]).reverse()) {
          const g = this.guard(alt, (v) => untyped.has(v) && once(v));
          if (g !== undefined && !(g instanceof Map)) {
            found = g;
            return true;
          }
        }
      }
      return undefined;
    };
    for (const a of body) if (someNode(a, visit)) break;
    return found;
  }

  /** `when is_a(v) when is_b(v) when ...`, each a type check of one variable `ok` accepts, alone
   *  or beside parts that give it no type (`is_atom(v) and v != nil`): v is any of their types,
   *  as the checker joins the guards with `or`, the last first (`c or (b or a)`), traced without
   *  a line number after the last check's own trace */
  private whenChain(guard: Ast, ok: (v: string) => boolean): { v: string; typed: Typed } | null {
    const alternatives: Ast[] = [];
    let g = guard;
    while (isCall(g, "when") && g.args?.length === 2) {
      alternatives.push(g.args[0]);
      g = g.args[1];
    }
    alternatives.push(g);
    if (alternatives.length < 2) return null;
    alternatives.reverse();
    let v: string | null = null;
    const types: ETerm[] = [];
    let first: AstCall | null = null;
    for (const alt of alternatives) {
      const vars = new Set<string>();
      someNode(alt, (x) => (isVar(x) ? (vars.add(x.name as string), false) : undefined));
      if (vars.size !== 1) return null;
      const name = [...vars][0];
      if (v !== null && name !== v) return null;
      v = name;
      if (!ok(v)) return null;
      const checks = this.guard(alt, () => true);
      if (!(checks instanceof Map) || checks.size !== 1) return null;
      const leaf = checks.get(v)!;
      const type = singleCheck(leaf.name);
      if (!leaf || type === null || tracedAs.has(leaf) || leafTypes.has(leaf) || preTrace.has(leaf)) return null;
      first ??= leaf;
      // (a type again: the union holds it once)
      if (!types.some((t) => compareTerms(t, type) === 0)) types.push(type);
    }
    if (v === null || first === null || types.length < 2) return null;
    let joined = alternatives[alternatives.length - 1];
    for (let i = alternatives.length - 2; i >= 0; i--) joined = { t: "call", name: "or", meta: {}, args: [alternatives[i], joined] };
    return { v, typed: { type: ["union", { list: types }], expr: this.show(joined), line: "", pre: { type: types[0], expr: this.show(first), line: lineOf(first) ?? 0 } } };
  }

  /** what the checks of a guard (see guard) tell of the variables `ok` accepts, into `typed` */
  private guardTyped(g: Map<string, AstCall>, ok: (v: string) => boolean, typed: Map<string, Typed>): void {
    for (const [v, leaf] of g) {
      // (a head's map pattern: typed with the head's patterns, see clause)
      if (!ok(v) || patternLeaves.has(leaf)) continue;
      if (leaf.name === "or") {
        const [l, r] = leaf.args as AstCall[];
        const first = BODY_GUARD_TYPES[l.name as string];
        typed.set(v, {
          type: orType(l, r)!, expr: this.show(leaf), line: lineOf(leaf) ?? 0,
          pre: { type: first, expr: this.show(l), line: lineOf(l) ?? 0 },
        });
      } else if (leafTypes.has(leaf) || BODY_GUARD_TYPES[leaf.name as string]) {
        const shown = tracedAs.get(leaf) ?? leaf;
        const type = leafTypes.get(leaf) ?? BODY_GUARD_TYPES[leaf.name as string];
        const pre = preTrace.get(leaf);
        const preShown = pre && (tracedAs.get(pre) ?? pre);
        typed.set(v, {
          type, expr: this.show(shown), line: lineOf(shown) ?? 0,
          ...(preShown ? { pre: { type, expr: this.show(preShown), line: lineOf(preShown) ?? 0 } } : {}),
        });
      }
    }
  }

  /** the first conflict, in a binary built in the body of a case, fn or receive clause (in `body`,
   *  in order), of a variable typed by that clause's guard: bound once by its patterns, which give
   *  it no type, by no `=` or `<-` of the function (`all`) and no clause of its own body */
  private innerClauseBinaries(all: Ast[], body: Ast[]): Conflict | null {
    this.refinable = () => false;
    const counts = new Map<string, number>();
    bindingCounts(all, counts, false);
    const args: string[] = [];
    all.slice(0, all.length - body.length).forEach((x) => patternVars(x, args));
    let found: Conflict | null = null;
    const visit = (a: Ast): boolean | undefined => {
      if (!isCall(a)) return undefined;
      if (a.name === "quote") return false;
      const head = a.name === "->" && a.args?.length === 2 && a.args[0].t === "list" && a.args[0].items.length === 1 ? a.args[0].items[0] : null;
      if (head === null || !isCall(head, "when") || !head.args || head.args.length < 2) return undefined;
      const patterns = head.args.slice(0, -1);
      const vars: string[] = [];
      patterns.forEach((x) => patternVars(x, vars));
      const inBody = new Map<string, number>();
      bindingCounts([a.args![1]], inBody);
      const untyped = new Set<string>();
      patterns.forEach((x) => untypedPatternVars(x, untyped));
      const once = (v: string) => untyped.has(v) && vars.filter((x) => x === v).length === 1 && !counts.has(v) && !args.includes(v) && !inBody.has(v);
      const guard = head.args[head.args.length - 1];
      const typed = new Map<string, Typed>();
      // (several `when`s: followed when each is one check of one variable)
      if (isCall(guard, "when")) {
        const chain = this.whenChain(guard, once);
        if (!chain) return undefined;
        typed.set(chain.v, chain.typed);
      } else {
        const g = this.guard(guard, once);
        if (!(g instanceof Map)) return undefined;
        this.guardTyped(g, once, typed);
      }
      if (typed.size === 0) return undefined;
      const c = this.firstDot([a.args![1]], typed, new Map());
      if (c && c !== "stop") {
        found = c;
        return true;
      }
      return undefined;
    };
    for (const a of body) if (someNode(a, visit)) break;
    return found;
  }

  private clause(args: Ast[], guard: Ast | null, body: Ast[]): Conflict | null {
    // variables bound by the head or by a statement `v = ...` of the body (followed statement by
    // statement), and those bound anywhere else (not followed)
    const top = new Map<string, number>();
    const headVars: string[] = [];
    for (const a of args) patternVars(a, headVars);
    for (const v of headVars) top.set(v, (top.get(v) ?? 0) + 1);
    const nested = new Map<string, number>();
    for (const st of body) {
      if (isCall(st, "=") && st.args?.length === 2 && isVar(st.args[0])) {
        const v = st.args[0].name as string;
        top.set(v, (top.get(v) ?? 0) + 1);
        bindingCounts([st.args[1]], nested);
      } else bindingCounts([st], nested);
    }
    const followed = (v: string) => !nested.has(v);
    const headOnce = (v: string) => headVars.filter((x) => x === v).length === 1 && top.get(v) === 1 && followed(v);
    const plainArgs = new Set(args.filter((a) => isVar(a)).map((a) => (a as AstCall).name as string));
    // `%{...} = v` and `%S{} = v` in the head: v is a map (the checks of the guard follow)
    const patterns = new Map<string, AstCall>();
    for (const [v, leaf] of this.headMapPatterns(args)) if (headVars.filter((x) => x === v).length === 1) patterns.set(v, leaf);
    // what each variable is known to be, statement by statement
    const typed = new Map<string, Typed>();
    let guardFollowed = true;
    if (guard) {
      const once = (v: string) => headVars.filter((x) => x === v).length === 1;
      const g = this.guard(guard, (v) => (plainArgs.has(v) || patterns.has(v)) && once(v), patterns);
      if (g !== undefined && !(g instanceof Map)) return g;
      guardFollowed = g !== undefined;
      // checks that exclude each other on a variable inside a pattern that gives it no type (an
      // element of a tuple, a map's value) conflict as on an argument
      // (of several `when`s, each is checked on its own; Elixir reports the last conflict)
      if (g === undefined) {
        const untyped = new Set<string>();
        args.forEach((a) => untypedPatternVars(a, untyped));
        const alternatives = (x: Ast): Ast[] => (isCall(x, "when") && x.args?.length === 2 ? [...alternatives(x.args[0]), ...alternatives(x.args[1])] : [x]);
        for (const alt of alternatives(guard).reverse()) {
          const inside = this.guard(alt, (v) => untyped.has(v) && once(v));
          if (inside !== undefined && !(inside instanceof Map)) return inside;
        }
      }
      if (g instanceof Map) this.guardTyped(g, headOnce, typed);
      const chain = this.whenChain(guard, (v) => plainArgs.has(v) && headOnce(v));
      if (chain) typed.set(chain.v, chain.typed);
    }
    // (the variables of a guard not followed are not known)
    const unfollowed = new Set<string>();
    if (guard && !guardFollowed) someNode(guard, (x) => (isVar(x) ? (unfollowed.add(x.name as string), false) : undefined));
    // (the type a guard's check gives a variable of a map pattern's values)
    const checks = guard && patterns.size > 0 ? this.guard(guard, () => true) : undefined;
    const checkedType = (x: string): ETerm | undefined => {
      const leaf = checks instanceof Map ? checks.get(x) : undefined;
      return leaf && leaf.name !== "or" && !patternLeaves.has(leaf) ? leafTypes.get(leaf) ?? BODY_GUARD_TYPES[leaf.name as string] : undefined;
    };
    for (const [v, leaf] of patterns) {
      const pattern = tracedAs.get(leaf)!;
      const [l, r] = (pattern as AstCall).args!;
      const map = isCall(l, "%{}") ? l : isCall(r, "%{}") ? r : null;
      const type = (map && mapPatternType(map, (x) => typed.get(x)?.type ?? checkedType(x))) ?? leafTypes.get(leaf)!;
      if (!typed.has(v) && !unfollowed.has(v) && headOnce(v)) typed.set(v, { type, expr: this.show(pattern), line: lineOf(pattern) ?? 0 });
    }
    const accessed = new Map<string, { expr: string; line: number; field: string }[]>();
    // a case clause's `%S{} = v` types v in that clause, when v is bound nowhere else
    this.caseTyped = (v) => nested.get(v) === 1 && !top.has(v);
    const caseStructs = body.some((st) => this.hasCaseStruct(st) || this.hasLiteralDot(st));
    // a variable of the head or of a statement `v = ...`, bound once: the first binary of the
    // clause's own statements (not of a branch or fn) it is a segment of gives it its type
    this.refinable = (v) => headOnce(v) || (top.get(v) === 1 && !headVars.includes(v) && followed(v));
    this.straight = straightNodes(body);
    this.statements = new Set(body);
    /** the variable `x.name` is a dot on (`v.field`, `v.fun()`), if any */
    const dotOn = (x: AstCall): string | null => {
      if (!isCall(x.name as Ast, ".")) return null;
      const recv = (x.name as AstCall).args?.[0];
      return recv !== undefined && isVar(recv) ? recv.name : null;
    };
    const funCall = (x: AstCall, v: string) => dotOn(x) === v && !x.meta.no_parens;
    const binaries = (v: string) => body.some((st) => someCall(st, (x) => ((x.name === "<<>>" || x.name === "<>") && someVar(x, (y) => isVar(y) && y.name === v)) || funCall(x, v)));
    // (a straight read `v.field` makes v a map, for the binaries of v and its calls `v.fun()` after it)
    const fieldRead = (x: Ast) => {
      const v = isCall(x) ? dotOn(x) : null;
      return v !== null && this.refinable(v) && binaries(v);
    };
    const refined = [...this.straight].some((x) => ((isCall(x, "<<>>") || isCall(x, "<>")) && someVar(x, (y) => isVar(y) && this.refinable(y.name as string))) || fieldRead(x));
    for (const st of body) {
      if (typed.size > 0 || caseStructs || refined) {
        const c = this.firstDot([st], typed, accessed);
        if (c === "stop") {
          this.stopped = true;
          return null;
        }
        if (c) return c;
      }
      if (!isCall(st, "=") || st.args?.length !== 2) continue;
      const [l, r] = st.args;
      if (isVar(l)) {
        const v = l.name as string;
        typed.delete(v);
        accessed.delete(v);
        // `v = x` of a typed x: v is x's type, its traces linked to x's (x used again adds its
        // own traces among v's: not followed)
        const source = isVar(r) && r.name !== v ? typed.get(r.name) : undefined;
        if (source && followed(v)) {
          const x = (r as AstCall).name as string;
          const later = body.slice(body.indexOf(st) + 1);
          if ((accessed.get(x) ?? []).length > 0 || source.asserted !== undefined || source.fields || later.some((a) => someVar(a, (y) => isVar(y) && y.name === x))) {
            this.stopped = true;
            return null;
          }
          typed.set(v, { type: source.type, expr: this.show(st), line: lineOf(st) ?? 0, via: { v: x, known: source } });
          continue;
        }
        const type = followed(v) ? this.valueType(r) : null;
        if (type) typed.set(v, { type: type.type, expr: this.show({ ...st, args: [l, type.printed] }), line: lineOf(st) ?? 0 });
      } else if (isVar(r) && plainArgs.has(r.name as string) && headOnce(r.name as string) && !typed.has(r.name as string)) {
        const t = this.structPattern(l);
        if (t && t.v === null) typed.set(r.name as string, { type: t.type, expr: this.show(st), line: lineOf(st) ?? 0 });
      }
    }
    return null;
  }

  /** a conflict of the guard's type checks; else the variables checked once each (with their
   *  check), undefined when the guard has parts this does not follow */
  private guard(guard: Ast, plain: (v: string) => boolean, patterns?: Map<string, AstCall>): Conflict | Map<string, AstCall> | undefined {
    // (the head's map patterns first, as the checker types the head's patterns before its guard)
    const leaves: AstCall[] = [...(patterns?.values() ?? [])];
    /** the checks that make a variable a map with no trace after another map check (is_map_key,
     *  map_size), and is_struct's */
    const mapChecks = new Set<AstCall>(), structChecks = new Set<AstCall>();
    /** the checks taken from an `or` (whose other side gives no type) */
    const beside = new Set<AstCall>();
    // (a negative number is the call -(n))
    const operand = (x: Ast): boolean => x.t !== "call" || isVar(x) || (isCall(x, "-") && x.args?.length === 1 && (x.args[0].t === "int" || x.args[0].t === "float"));
    const comparison = (g: Ast): boolean => isCall(g) && typeof g.name === "string" && COMPARISONS.has(g.name) && g.args?.length === 2 && g.args.every(operand);
    const flat = (g: Ast): boolean => {
      if (isCall(g, "and") && g.args?.length === 2) return flat(g.args[0]) && flat(g.args[1]);
      if (isCall(g, "or") && g.args?.length === 2) {
        // comparisons either side: no type of their own
        if (g.args.every(comparison)) return true;
        const [l, r] = g.args;
        // a type check of v beside a side that gives v no type (a comparison of v, is_nil(v)): v
        // has the check's type, traced to the check when it is the left side, else to the `or`
        const check = (t: Ast): t is AstCall => isCall(t) && singleCheck(t.name) !== null && t.args?.length === 1 && isVar(t.args[0]);
        const untyped = (o: Ast, v: string): boolean => {
          if (isCall(o, "is_nil")) return o.args?.length === 1 && isVar(o.args[0]) && o.args[0].name === v;
          const c = o as Ast;
          const vars = c.t === "call" && c.args ? c.args.filter((x) => isVar(x)) : [];
          return comparison(o) && vars.length > 0 && vars.every((x) => (x as AstCall).name === v);
        };
        for (const [t, o] of [[l, r], [r, l]]) {
          if (check(t) && untyped(o, (t.args![0] as AstCall).name as string)) {
            leaves.push(t);
            beside.add(t);
            // (is_nil(x) shows as what it expands to in a guard: x == nil)
            const expanded = (x: Ast): Ast => (isCall(x, "is_nil") ? { t: "call", name: "==", meta: x.meta, args: [x.args![0], { t: "atom", v: "nil" }] } : x);
            if (t === r) tracedAs.set(t, { ...g, args: g.args.map(expanded) });
            return true;
          }
        }
        // two type checks of one variable: it is either type (their union, as written)
        const either = isCall(l) && isCall(r) ? orType(l, r) : null;
        // (of one type each, the same one (is_binary, is_bitstring): not followed)
        const same = isCall(l) && isCall(r) && singleCheck(l.name) !== null && singleCheck(r.name) !== null && compareTerms(singleCheck(l.name)!, singleCheck(r.name)!) === 0;
        if (isCall(l) && isCall(r) && either !== null && !same &&
            l.args?.length === 1 && r.args?.length === 1 && isVar(l.args[0]) && isVar(r.args[0]) && l.args[0].name === r.args[0].name) {
          leaves.push(g);
          return true;
        }
        return false;
      }
      if (!isCall(g) || typeof g.name !== "string" || !g.args) return false;
      // tuple_size(v) == N: v is a tuple of N elements (traced to the comparison); elem(v, i)
      // compared: v is a tuple (traced to the elem call)
      if (COMPARISONS.has(g.name) && g.args.length === 2) {
        const [l, r] = g.args;
        const n = r.t === "int" ? Number(r.v) : -1;
        if (g.name === "==" && isCall(l, "tuple_size") && l.args?.length === 1 && isVar(l.args[0]) && n >= 0 && n <= 16) {
          leaves.push(l);
          beside.add(l);
          leafTypes.set(l, ["tuple", n, { list: Array.from({ length: n }, () => "dynamic") }]);
          tracedAs.set(l, g);
          return true;
        }
        // (tuple_size(v) compared otherwise: a tuple, traced to the tuple_size call)
        const size = [l, r].find((x) => isCall(x, "tuple_size"));
        if (size && isCall(size) && size.args?.length === 1 && isVar(size.args[0]) && (size === l ? r : l).t === "int") {
          leaves.push(size);
          beside.add(size);
          leafTypes.set(size, "tuple");
          return true;
        }
        const el = [l, r].find((x) => isCall(x, "elem"));
        const other = el === l ? r : l;
        if (el && isCall(el) && el.args?.length === 2 && isVar(el.args[0]) && el.args[1].t === "int" && other.t !== "call") {
          leaves.push(el);
          beside.add(el);
          leafTypes.set(el, "tuple");
          return true;
        }
      }
      // map_size(v) compared to a number or variable: v is a map, traced to the map_size call
      if (COMPARISONS.has(g.name) && g.args.length === 2) {
        const [l, r] = g.args;
        const size = [l, r].find((x) => isCall(x, "map_size"));
        const other = size === l ? r : l;
        if (size && isCall(size) && size.args?.length === 1 && isVar(size.args[0]) && (other.t === "int" || isVar(other))) {
          leaves.push(size);
          mapChecks.add(size);
          leafTypes.set(size, OPEN_MAP);
          return true;
        }
      }
      // is_map_key(v, key): v is a map (traced as written)
      if (g.name === "is_map_key" && g.args.length === 2 && isVar(g.args[0]) && !someVar(g.args[1], isVar)) {
        leaves.push(g);
        mapChecks.add(g);
        leafTypes.set(g, OPEN_MAP);
        return true;
      }
      // is_struct(v) and is_struct(v, S): their expansion's is_map(v) makes v a map
      if (g.name === "is_struct" && (g.args.length === 1 || (g.args[1].t === "atom" || isCall(g.args[1], "__aliases__"))) && isVar(g.args[0])) {
        leaves.push(g);
        structChecks.add(g);
        leafTypes.set(g, OPEN_MAP);
        tracedAs.set(g, { t: "call", name: "is_map", meta: g.meta, args: [g.args[0]] });
        return true;
      }
      // (length/1 of a list gives it no type of its own)
      if (COMPARISONS.has(g.name) && g.args.length === 2) return g.args.every((x) => x.t !== "call" || isVar(x) || (isCall(x, "length") && x.args?.length === 1 && isVar(x.args[0])));
      if ((GUARD_TYPES[g.name] || BODY_GUARD_TYPES[g.name]) && g.args.length === 1 && isVar(g.args[0])) {
        leaves.push(g);
        return true;
      }
      return false;
    };
    if (!flat(guard)) return undefined;
    const seen = new Map<string, AstCall>();
    const typeOf = (leaf: AstCall): ETerm | undefined => leafTypes.get(leaf) ?? GUARD_TYPES[leaf.name as string] ?? BODY_GUARD_TYPES[leaf.name as string];
    const shown = (leaf: AstCall): Ast => tracedAs.get(leaf) ?? leaf;
    const mapTyped = (leaf: AstCall) => leaf.name === "is_map" || mapChecks.has(leaf) || structChecks.has(leaf);
    for (const leaf of leaves) {
      preTrace.delete(leaf);
      const checked = leaf.name === "or" ? (leaf.args![0] as AstCall) : leaf;
      const v = (checked.args![0] as AstCall).name as string;
      if (!plain(v)) return undefined;
      const before = seen.get(v);
      if (!before) {
        seen.set(v, leaf);
        continue;
      }
      if (before.name === "or" || leaf.name === "or" || beside.has(before) || beside.has(leaf)) return undefined;
      // after a map pattern: a map's checks add no trace (is_map and is_struct one of their own)
      // to a pattern of any keys, and are not followed after a struct's or given keys'
      if (patternLeaves.has(before) && mapTyped(leaf)) {
        if (compareTerms(typeOf(before)!, OPEN_MAP) !== 0) return undefined;
        if (leaf.name === "is_map" || structChecks.has(leaf)) {
          seen.set(v, leaf);
          preTrace.set(leaf, before);
        }
        continue;
      }
      // a map's checks after one that made v a map: is_map_key and map_size leave v as it is
      // (no trace), is_map adds its own trace after one of another check; is_struct's expansion
      // and a map's checks after another type (the checker reports the call's signature) are
      // not followed
      if (mapTyped(before) && mapTyped(leaf)) {
        if (structChecks.has(leaf) || preTrace.has(before)) return undefined;
        if (leaf.name === "is_map" && before.name !== "is_map") {
          seen.set(v, leaf);
          preTrace.set(leaf, before);
        }
        continue;
      }
      if (mapChecks.has(leaf)) return undefined;
      // the same check twice: v keeps its first trace
      if (before.name === leaf.name) continue;
      const left = typeOf(before), right = typeOf(leaf);
      if (left === undefined || right === undefined) return undefined;
      // (is_number(x) and is_integer(x): x is narrowed, which is not followed here)
      const failing = incompatiblePart(left, right);
      if (failing === null) return undefined;
      const line = lineOf(leaf) ?? 0;
      const simple = simplifies(failing, right);
      const pre = preTrace.get(before);
      const message = `incompatible types:\n\n    ${typeText(failing, simple)} !~ ${typeText(right, simple)}\n\nin expression:\n\n    # ${this.file}:${line}\n    ${this.show(shown(leaf))}\n\n` +
        (pre ? trace(this.file, v, typeText(left, simple), "", this.show(shown(pre)), lineOf(pre) ?? 0) : "") + trace(this.file, v, typeText(left, simple), "", this.show(shown(before)), lineOf(before) ?? 0) + trace(this.file, v, typeText(right, simple), "", this.show(shown(leaf)), line) + "Conflict found at";
      return { left: failing, right, line, column: 0, message };
    }
    return seen;
  }

  /** the variables bound by `%{...} = v`, `v = %{...}`, `%S{} = v` in head patterns (an argument,
   *  an element of a tuple or list, a map's value), each with a leaf standing for the pattern as
   *  a guard's check would: its type, traced to the pattern as written */
  private headMapPatterns(args: Ast[]): Map<string, AstCall> {
    const out = new Map<string, AstCall>();
    const todo = [...args];
    while (todo.length > 0) {
      const a = todo.pop()!;
      if (a.t === "tuple" || a.t === "list") {
        todo.push(...a.items);
        continue;
      }
      if (!isCall(a)) continue;
      if (a.name === "|" || a.name === "{}") todo.push(...(a.args ?? []));
      else if (a.name === "%{}") {
        for (const p of a.args ?? []) if (p.t === "tuple" && p.items.length === 2) todo.push(p.items[1]);
      } else if (a.name === "%" && a.args?.length === 2) todo.push(a.args[1]);
      else if (a.name === "=" && a.args?.length === 2) {
        const [l, r] = a.args;
        const [v, map] = isVar(l) ? [l, r] : isVar(r) ? [r, l] : [null, null];
        if (v === null || map === null || (v.name as string).startsWith("_")) continue;
        const type = isCall(map, "%{}") ? mapPatternType(map) : this.structPattern(map)?.type;
        if (!type) continue;
        todo.push(map);
        const leaf: AstCall = { t: "call", name: "=", meta: a.meta, args: [v] };
        leafTypes.set(leaf, type);
        tracedAs.set(leaf, a);
        patternLeaves.add(leaf);
        out.set(v.name as string, leaf);
      }
    }
    return out;
  }

  /** `%S{...} = v`, `v = %S{...}` or `%S{...}` (v null) as a pattern: the struct's type */
  private structPattern(a: Ast): { v: string | null; type: ETerm } | null {
    let v: string | null = null;
    let s = a;
    if (isCall(a, "=") && a.args?.length === 2) {
      const [l, r] = a.args;
      if (isVar(l) && isCall(r, "%")) [v, s] = [l.name as string, r];
      else if (isVar(r) && isCall(l, "%")) [v, s] = [r.name as string, l];
      else return null;
    }
    if (!isCall(s, "%") || s.args?.length !== 2) return null;
    const mod = this.resolve(s.args[0]);
    const fields = mod ? this.structOf(mod) : undefined;
    if (!mod || !fields) return null;
    return { v, type: structType(mod, fields.map((f) => f.key)) };
  }

  /** the type of a literal value and the expression Elixir prints for it (a struct expanded) */
  private valueType(a: Ast): { type: ETerm; printed: Ast } | null {
    if (isCall(a, "%") && a.args?.length === 2 && isCall(a.args[1], "%{}")) {
      const mod = this.resolve(a.args[0]);
      const fields = mod ? this.structOf(mod) : undefined;
      if (!mod || !fields) return null;
      const given = new Map<string, Ast>();
      for (const p of a.args[1].args ?? []) {
        if (p.t !== "tuple" || p.items.length !== 2 || p.items[0].t !== "atom" || !literal(p.items[1])) return null;
        given.set(p.items[0].v, p.items[1]);
      }
      // the defaults left out (in key order), then the fields given, as written
      const pairs: Ast[] = [];
      for (const f of [...fields].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))) {
        if (f.key === "__struct__" || given.has(f.key)) continue;
        if (!f.value) return null;
        pairs.push({ t: "tuple", items: [{ t: "atom", v: f.key }, f.value] });
      }
      if ([...given.keys()].some((k) => !fields.some((f) => f.key === k))) return null;
      pairs.push(...(a.args[1].args ?? []));
      const printed: Ast = { t: "call", name: "%", meta: metaOf(a), args: [{ t: "atom", v: mod }, { t: "call", name: "%{}", meta: metaOf(a.args[1]), args: pairs }] };
      return { type: structType(mod, fields.map((f) => f.key)), printed };
    }
    if (isCall(a, "%{}") && a.args) {
      const fields: ETerm[] = [];
      for (const p of a.args) {
        if (p.t !== "tuple" || p.items.length !== 2) return null;
        const [k, v] = p.items;
        if (!literal(v)) return null;
        const kt = k.t === "atom" ? ["atom", k.v] : k.t === "str" ? "binary" : k.t === "int" ? "integer" : k.t === "float" ? "float" : null;
        if (kt === null) return null;
        fields.push(["required", kt, isVar(v) ? ["var", 1] : literalType(v) ?? "dynamic"]);
      }
      return { type: ["map", { list: fields }], printed: a };
    }
    if (isCall(a, "__aliases__")) {
      const mod = this.resolve(a);
      return mod ? { type: ["atom", mod], printed: a } : null;
    }
    const t = literalType(a);
    return t ? { type: t, printed: a } : null;
  }

  /** whether variable v is followed through the clause checked (see clause): a binary's segment
   *  gives it its type */
  private refinable: (v: string) => boolean = () => false;
  /** the nodes of the clause checked that run as its statements do (not in a branch or a fn) */
  private straight = new Set<Ast>();
  /** the statements of the clause checked */
  private statements = new Set<Ast>();

  /** whether variable v, bound in a case clause's pattern, is followed there (see clause) */
  private caseTyped: (v: string) => boolean = () => false;

  /** the case clause patterns `%S{} = v` in `a` that type their variable */
  private caseStructPattern(c: { args: Ast[]; guard: Ast | null }): { v: string; type: ETerm } | null {
    if (c.args.length !== 1 || c.guard) return null;
    const t = this.structPattern(c.args[0]);
    return t && t.v !== null && this.caseTyped(t.v) ? { v: t.v, type: t.type } : null;
  }

  private hasLiteralDot(root: Ast): boolean {
    const todo = [root];
    while (todo.length) {
      const a = todo.pop()!;
      if (isCall(a) && isCall(a.name as Ast, ".") && this.literalMapTarget((a.name as AstCall).args?.[0]) !== null) return true;
      if (!isCall(a, "quote")) todo.push(...astKids(a));
    }
    return false;
  }

  private hasCaseStruct(root: Ast): boolean {
    const todo = [root];
    while (todo.length) {
      const a = todo.pop()!;
      if (isCall(a, "case") && a.args?.length === 2 && (clausesOf(doBlock(a.args[1])) ?? []).some((c) => this.caseStructPattern(c))) return true;
      if (!isCall(a, "quote")) todo.push(...astKids(a));
    }
    return false;
  }

  /** the first `v.field` (in the order the checker walks the clause) that conflicts; "stop" at a
   *  use of a known variable this does not follow (its other uses refine its type too).
   *  `accessed`: the fields read so far of each variable (an access that did not conflict adds
   *  traces of its own) */
  private firstDot(body: Ast[], typed: Map<string, Typed>, accessed: Map<string, { expr: string; line: number; field: string }[]>): Conflict | "stop" | null {
    const tracked = (a: Ast | undefined): a is AstCall => !!a && isVar(a) && typed.has(a.name as string);
    const todo = [...body].reverse();
    while (todo.length) {
      const a = todo.pop()!;
      if (a.t !== "call") {
        todo.push(...[...astKids(a)].reverse());
        continue;
      }
      if (a.name === "quote") continue;
      // a case: its subject, then each clause's body, with the variable a clause's struct
      // pattern types (in that clause only)
      const clauses = a.name === "case" && a.args?.length === 2 ? clausesOf(doBlock(a.args[1])) : null;
      if (clauses && clauses.some((c) => this.caseStructPattern(c))) {
        const subject = this.firstDot([a.args![0]], typed, accessed);
        if (subject) return subject;
        for (const c of clauses) {
          const t = this.caseStructPattern(c);
          let inner = typed;
          if (t) {
            inner = new Map(typed);
            inner.set(t.v, { type: t.type, expr: this.show(c.args[0]), line: lineOf(c.args[0]) ?? 0 });
          }
          const found = this.firstDot([...(c.guard ? [c.guard] : []), c.body], inner, accessed);
          if (found) return found;
        }
        continue;
      }
      if (isCall(a.name as Ast, ".")) {
        const [target, field] = (a.name as AstCall).args ?? [];
        const map = this.literalMapTarget(target);
        if (map !== null && field?.t === "atom" && (a.args?.length ?? 0) === 0 && a.meta.no_parens) {
          const c = this.literalDotConflict(a, map, field.v);
          if (c) return c;
          continue;
        }
        // `v.field` of a variable the clause follows, not typed yet: v is a map with that field
        if (isVar(target) && typeof target.name === "string" && (!tracked(target) || typed.get(target.name)!.fields)) {
          const v = target.name;
          const known = typed.get(v);
          const read = field?.t === "atom" && (a.args?.length ?? 0) === 0 && a.meta.no_parens;
          if (known) {
            // `v.fun()` then: a map is no atom
            if (field?.t === "atom" && (a.args?.length ?? 0) === 0 && !a.meta.no_parens) return this.funConflict(a, v, known);
            // (a call with arguments, or a read in a branch: not followed)
            if (!read || !this.straight.has(a)) return "stop";
            const fields = [...known.fields!, { expr: this.show(a), line: lineOf(a) ?? 0, field: field.v }];
            typed.set(v, { ...known, type: fieldsType(fields), fields });
            continue;
          }
          if (read && this.refinable(v) && this.straight.has(a)) {
            const fields = [{ expr: this.show(a), line: lineOf(a) ?? 0, field: field.v }];
            typed.set(v, { type: fieldsType(fields), expr: fields[0].expr, line: fields[0].line, fields });
            continue;
          }
        }
        if (tracked(target)) {
          const v = target.name as string;
          const known = typed.get(v)!;
          // a call after an access: the checker's traces are not followed
          const before = accessed.get(v) ?? [];
          if (field?.t !== "atom" || (a.args?.length ?? 0) !== 0) return "stop";
          if (before.length > 0 && !a.meta.no_parens) return "stop";
          // (after `assert v` only a first read, of a field a map lacks, is followed)
          if (known.asserted !== undefined && (before.length > 0 || !a.meta.no_parens || !Array.isArray(known.type) || known.type[0] !== "map")) return "stop";
          // (the same read twice on a line: the checker merges some of their traces, not followed)
          if (before.some((p, i) => before.findIndex((q) => q.expr === p.expr && q.line === p.line) !== i)) return "stop";
          const c = a.meta.no_parens ? this.dotConflict(a, v, field.v, known, before) : this.funConflict(a, v, known);
          if (c) return c;
          accessed.set(v, [...before, { expr: this.show(a), line: lineOf(a) ?? 0, field: field.v }]);
          continue;
        }
      }
      // `assert v`: its expansion binds `value = v`, a trace of its own (once)
      if (a.name === "assert" && a.args?.length === 1 && tracked(a.args[0]) && !typed.get((a.args[0] as AstCall).name as string)!.asserted) {
        const v = (a.args[0] as AstCall).name as string;
        if ((accessed.get(v) ?? []).length > 0) return "stop";
        typed.set(v, { ...typed.get(v)!, asserted: lineOf(a) ?? 0 });
        continue;
      }
      // an assertion binds the values it is given (`left = m`), which adds traces of its own
      if (typeof a.name === "string" && ASSERTIONS.has(a.name) && bareUse(a, tracked)) return "stop";
      // a binary's segments: a variable typed otherwise conflicts (see binaryConflict); map
      // updates and matches refine a variable's type: not followed here
      if ((a.name === "<<>>" || a.name === "<>") && (someVar(a, tracked) || (this.straight.has(a) && someVar(a, (x) => isVar(x) && this.refinable(x.name as string))))) {
        const c = this.binaryConflict(a, typed, accessed);
        if (c) return c;
        continue;
      }
      if (a.name === "%{}" && a.args?.length === 1 && isCall(a.args[0], "|") && tracked(a.args[0].args?.[0])) {
        // `%{v | key: ...}` on a struct-typed v: a key the struct lacks is "undefined field"
        const c = this.updateConflict(a, (a.args[0].args![0] as AstCall).name as string, a.args[0].args![1], typed.get((a.args[0].args![0] as AstCall).name as string)!, accessed);
        return c ?? "stop";
      }
      if (a.name === "%" && isCall(a.args?.[1], "%{}") && a.args![1].args?.length === 1 && isCall(a.args![1].args![0], "|")) return "stop";
      if (a.name === "=" && a.args?.length === 2) {
        if (tracked(a.args[1])) {
          // (`v = x` as a statement of the clause: see clause)
          if (isVar(a.args[0]) && this.statements.has(a)) continue;
          const c = this.binaryMatchConflict(a, typed);
          if (c === null) continue;
          return c;
        }
        // (a binary pattern's segments have types of their own: not followed here)
        if (someVar(a.args[0], tracked) && someCall(a.args[0], (x) => x.name === "<<>>" || x.name === "<>")) return "stop";
        // `x = expr` is checked right side first
        todo.push(a.args[0], a.args[1]);
        continue;
      }
      const kids = astKids(a);
      for (let i = kids.length - 1; i >= 0; i--) todo.push(kids[i]);
    }
    return null;
  }

  /** the first segment of a binary built in an expression (`<<...>>`, `a <> b`) whose value is a
   *  typed variable that cannot have the segment's type (an integer, integer() | float() for a
   *  float, binary() for binary/bitstring, integer() | binary() for utf8/16/32); a variable that
   *  fits is refined by it, which is not followed: it is known no more */
  private binaryConflict(a: AstCall, typed: Map<string, Typed>, accessed: Map<string, { expr: string; line: number; field: string }[]>): Conflict | "stop" | null {
    const tracked = (x: Ast | undefined): x is AstCall => !!x && isVar(x) && typed.has(x.name as string);
    const segs = segmentsOf(a);
    if (!segs) return "stop";
    for (let i = 0; i < segs.length; i++) {
      const seg = segs[i];
      if ("literal" in seg) continue;
      if (seg.complexSpec && seg.spec && someVar(seg.spec, tracked)) return "stop";
      const expected: ETerm = seg.kind === "integer" ? "integer" : seg.kind === "binary" ? "binary" :
        ["union", { list: ["integer", seg.kind === "float" ? "float" : "binary"] }];
      const line = lineOf(seg.node) ?? lineOf(a) ?? 0;
      const text = () => segmentText((x) => this.show(x), seg, i, segs.length);
      if (!tracked(seg.value)) {
        // a variable the clause follows, in a binary of its own statements (not of a branch):
        // the segment gives it its type
        const value = seg.value as Ast;
        if (isVar(value) && this.refinable(value.name as string) && this.straight.has(a)) {
          typed.set(value.name as string, { type: expected, expr: text(), line, bare: seg.spec === null });
          continue;
        }
        const inner = isCall(seg.value, "<<>>") || isCall(seg.value, "<>") ? (someVar(seg.value, tracked) ? this.binaryConflict(seg.value, typed, accessed) : null) : this.firstDot([seg.value], typed, accessed);
        if (inner) return inner;
        continue;
      }
      const v = seg.value.name as string;
      const known = typed.get(v)!;
      if ((accessed.get(v) ?? []).length > 0 || known.asserted !== undefined) return "stop";
      const failing = incompatiblePart(known.type, expected);
      if (failing === null) {
        // (the same type again adds its trace; another it fits narrows it, not followed)
        if (compareTerms(known.type, expected) === 0 && known.line !== "") typed.set(v, { ...known, after: [...(known.after ?? []), { type: expected, expr: text(), line, bare: seg.spec === null }] });
        else typed.delete(v);
        continue;
      }
      const hint = (known.fields ? HINT + "\n\n" : "") + (seg.spec === null || bareHint(known) ? BINARY_HINT : "");
      const simple = simplifies(failing, expected);
      const message = `incompatible types:\n\n    ${typeText(failing, simple)} !~ ${typeText(expected, simple)}\n\nin expression:\n\n    # ${this.file}:${line}\n    ${text()}\n\n` +
        typedTraces(this.file, v, known, simple) + trace(this.file, v, typeText(expected, simple), "", text(), line) + `${hint}Conflict found at`;
      return { left: failing, right: expected, line, column: metaOf(a).column ?? 0, message };
    }
    return null;
  }

  /** `<<...>> = v` (or `"a" <> rest = v`) with v typed other than a binary: the pattern makes it
   *  binary(); a v that fits is known no more. "stop" for other patterns, or segments this does
   *  not print as Elixir expands them */
  private binaryMatchConflict(a: AstCall, typed: Map<string, Typed>): Conflict | "stop" | null {
    const [pattern, value] = a.args as [Ast, AstCall];
    if (!(isCall(pattern, "<<>>") || isCall(pattern, "<>"))) return "stop";
    const segs = patternSegments(pattern);
    if (!segs || someVar(pattern, (x) => isVar(x) && typed.has(x.name as string))) return "stop";
    const v = value.name as string;
    const known = typed.get(v)!;
    if (known.asserted !== undefined || known.fields) return "stop";
    const failing = incompatiblePart(known.type, "binary");
    if (failing === null) {
      typed.delete(v);
      return null;
    }
    const line = lineOf(a) ?? 0;
    const text = this.show({ ...a, args: [{ t: "call", name: "<<>>", meta: {}, args: segs }, value] });
    const simple = simplifies(failing, "binary");
    const message = `incompatible types:\n\n    ${typeText(failing, simple)} !~ binary()\n\nin expression:\n\n    # ${this.file}:${line}\n    ${indent(text)}\n\n` +
      typedTraces(this.file, v, known, simple) + trace(this.file, v, "binary()", "", text, line) + "Conflict found at";
    return { left: failing, right: "binary", line, column: metaOf(a).column ?? 0, message };
  }

  /** `%{v | k: ...}` with v typed a struct (by its first use) and a literal key it lacks */
  private updateConflict(a: AstCall, v: string, pairs: Ast | undefined, known: Typed, accessed: Map<string, unknown[]>): Conflict | null {
    if ((accessed.get(v) ?? []).length > 0 || known.asserted !== undefined || known.pre || known.via) return null;
    if (structName(known.type) === null || !pairs || pairs.t !== "list") return null;
    // (several keys: the checker unifies the struct with the updated map, another message)
    const kv = keywordPairs(pairs);
    if (!kv || kv.length !== 1) return null;
    const fields = (known.type as [string, { list: ETerm[][] }])[1].list;
    const has = (k: string) => fields.some((f) => Array.isArray(f[1]) && f[1][1] === k);
    const missing = kv.find(([k]) => !has(k));
    if (!missing) return null;
    const line = lineOf(a) ?? 0;
    const atoms = fields.map((f) => (f[1] as ETerm[])[1] as string).sort();
    const message = `undefined field "${missing[0]}" in expression:\n\n    # ${this.file}:${line}\n    ${this.show(a)}\n\n` +
      `expected one of the following fields: ${atoms.join(", ")}\n\n${typedTraces(this.file, v, known, true)}Conflict found at`;
    // (the struct's type against the keys updated: a struct sorts before the maps of field reads)
    const right: ETerm = ["map", { list: kv.map(([k]): ETerm => ["required", ["atom", k], "dynamic"]) }];
    return { left: known.type, right, line, column: metaOf(a).column ?? 0, message };
  }

  /** `v.fun()` on a variable known to be a map */
  private funConflict(a: AstCall, v: string, known: Typed): Conflict | "stop" {
    // an atom's call is no conflict (an atom refines the type, not followed); of a union, the
    // first of its types that is no atom conflicts
    const failing = incompatiblePart(known.type, "atom");
    if (failing === null) return "stop";
    const line = lineOf(a) ?? 0;
    const simple = simplifies(failing, "atom");
    const message = `incompatible types:\n\n    ${typeText(failing, simple)} !~ atom()\n\nin expression:\n\n    # ${this.file}:${line}\n    ${this.show(a)}\n\n` +
      typedTraces(this.file, v, known, simple) +
      trace(this.file, v, "atom()", " (due to calling var.fun())", this.show(a), line) +
      `${bareHint(known)}${HINT}\n\nConflict found at`;
    return { left: failing, right: "atom", line, column: metaOf(a).column ?? 0, message };
  }

  /** code as Elixir prints it back after expansion (aliases expanded) */
  private show(a: Ast): string {
    const expand = (x: Ast): Ast => {
      if (x.t === "call" && x.name === "__aliases__") {
        const m = this.resolve(x);
        return m ? { t: "atom", v: m } : x;
      }
      if (x.t === "list") return { ...x, items: x.items.map(expand) };
      if (x.t === "tuple") return { ...x, items: x.items.map(expand) };
      if (x.t !== "call") return x;
      return { ...x, name: typeof x.name === "string" ? x.name : expand(x.name), args: x.args && x.args.map(expand) };
    };
    return show(expand(a));
  }

  /** `v.field` on a variable known to be of a type; `prior`: the one access of v before it */
  private dotConflict(a: AstCall, v: string, field: string, known: Typed, priors: { expr: string; line: number; field: string }[]): Conflict | null {
    const line = lineOf(a) ?? 0;
    const column = metaOf(a).column ?? 0;
    const left: ETerm = ["map", { list: [["required", ["atom", field], ["var", 0]], DYNAMIC_FIELD] }];
    const right = known.type;
    // each earlier access unified v with map() and gave it the result: two traces of each
    // (incompatible types of a map and a union holding one: both written in full; the traces of
    // an undefined field are simplified)
    const isMap = Array.isArray(right) && right[0] === "map";
    const simple = isMap || simplifies(left, right);
    const earlier = priors.map((p) => trace(this.file, v, "map()", " (due to calling var.field)", p.expr, p.line) +
      trace(this.file, v, typeText(right, simple), " (due to calling var.field)", p.expr, p.line)).join("") + (priors.length ? HINT + "\n\n" : "");
    const where = typedTraces(this.file, v, known, simple) + earlier;
    const expr = `in expression:\n\n    # ${this.file}:${line}\n    ${this.show(a)}\n\n`;
    if (isMap) {
      const fields = (right[1] as { list: ETerm[] }).list as ETerm[][];
      // (a map of any keys (is_map): it has the field)
      if (fields.some((f) => (Array.isArray(f[1]) && f[1][1] === field) || f[1] === "dynamic")) return null;
      // (a field read again is listed once more for each read after its first)
      const again = priors.filter((p, i) => priors.findIndex((q) => q.field === p.field) !== i).map((p) => p.field);
      const atoms = [...fields.filter((f) => Array.isArray(f[1]) && f[1][0] === "atom").map((f) => (f[1] as ETerm[])[1] as string), ...again].sort();
      const asserted = known.asserted === undefined ? "" : `where "${v}" was given the same type as "value" in:\n\n    # ${this.file}:${known.asserted}\n    value = ${v}\n\n` +
        trace(this.file, v, "map()", " (due to calling var.field)", this.show(a), line) + HINT + "\n\n";
      const message = `undefined field "${field}" ${expr}expected one of the following fields: ${atoms.join(", ")}\n\n${where}${asserted}Conflict found at`;
      // (the reads again are in the type the warning carries, after its fields: its sort order)
      const carried: ETerm = again.length ? ["map", { list: [...fields, ...again.map((f): ETerm => ["required", ["atom", f], ["var", 0]])] }] : right;
      return { left, right: carried, line, column, message };
    }
    const message = `incompatible types:\n\n    ${typeText(left, simple)} !~ ${typeText(right, simple)}\n\n${expr}${where}` +
      trace(this.file, v, typeText(left, simple), " (due to calling var.field)", this.show(a), line) +
      `${bareHint(known)}${HINT}\n\nConflict found at`;
    return { left, right, line, column, message };
  }
}

/** the type of a map pattern `%{k => v, ...}`: its keys (literals) required, others allowed */
function mapPatternType(a: AstCall, known: (v: string) => ETerm | undefined = () => undefined): ETerm | null {
  const fields: ETerm[] = [];
  for (const p of a.args ?? []) {
    if (p.t !== "tuple" || p.items.length !== 2) return null;
    const [k, v] = p.items;
    const kt = k.t === "atom" ? ["atom", k.v] : k.t === "str" ? "binary" : k.t === "int" ? "integer" : k.t === "float" ? "float" : null;
    if (kt === null) return null;
    // (a variable: a type variable, or the type it is known to have when the warning is made)
    fields.push(["required", kt, isVar(v) ? known(v.name as string) ?? ["var", 0] : literalType(v) ?? "dynamic"]);
  }
  return ["map", { list: [...fields, DYNAMIC_FIELD] }];
}

/** the nodes of `body` that run as its statements do, each once in order: not those of a
 *  branch (a case's clauses, if's do/else, the right side of and/or/&&/||), a fn, a capture, a
 *  comprehension, with, try, receive, cond, quote or ExUnit assertion */
function straightNodes(body: Ast[]): Set<Ast> {
  const out = new Set<Ast>();
  const todo = [...body];
  while (todo.length) {
    const a = todo.pop()!;
    out.add(a);
    if (a.t === "call" && typeof a.name === "string") {
      if (["->", "fn", "&", "for", "with", "try", "receive", "cond", "quote"].includes(a.name)) continue;
      // (an assertion's expansion runs its code in clauses of its own)
      if (ASSERTIONS.has(a.name)) continue;
      if (["case", "if", "unless", "and", "or", "&&", "||"].includes(a.name)) {
        if (a.args?.[0]) todo.push(a.args[0]);
        continue;
      }
    }
    todo.push(...astKids(a));
  }
  return out;
}

/** a variable `test` picks used in `a` other than as the target of `.field` */
function bareUse(a: Ast, test: (a: Ast) => boolean): boolean {
  const todo = [a];
  while (todo.length) {
    const x = todo.pop()!;
    if (test(x)) return true;
    if (x.t === "call" && isCall(x.name as Ast, ".")) {
      const [target, field] = (x.name as AstCall).args ?? [];
      if (target && test(target)) {
        if (field) todo.push(field);
        todo.push(...(x.args ?? []));
        continue;
      }
    }
    todo.push(...astKids(x));
  }
  return false;
}

function someCall(a: Ast, test: (a: AstCall) => boolean): boolean {
  const todo = [a];
  while (todo.length) {
    const x = todo.pop()!;
    if (isCall(x) && test(x)) return true;
    todo.push(...astKids(x));
  }
  return false;
}

function someVar(a: Ast, test: (a: Ast) => boolean): boolean {
  const todo = [a];
  while (todo.length) {
    const x = todo.pop()!;
    if (test(x)) return true;
    todo.push(...astKids(x));
  }
  return false;
}

function structType(mod: string, keys: string[]): ETerm {
  const fields: ETerm[] = [...keys].sort().map((k) => ["required", ["atom", k], k === "__struct__" ? ["atom", mod] : "dynamic"]);
  return ["map", { list: fields }];
}

/** `%{k: v, ...}`: atom keys, literal values (no variables), at most 32 of them */
function atomKeyedLiteralMap(a: Ast): boolean {
  return isCall(a, "%{}") && !!a.args && a.args.length <= 32 &&
    a.args.every((p) => p.t === "tuple" && p.items.length === 2 && p.items[0].t === "atom" && literal(p.items[1]) && !someVar(p.items[1], isVar));
}

/** a value whose expansion is itself (what Elixir prints back is what was written) */
function literal(root: Ast): boolean {
  return !someNode(root, (a) => {
    if (a.t === "int" || a.t === "float" || a.t === "str" || a.t === "atom") return false;
    if (a.t === "list" || a.t === "tuple") return undefined;
    if (isVar(a)) return (a.name as string).startsWith("_");
    // (a map: its keys and values, each a literal)
    if (isCall(a, "%{}")) return (a.args ?? []).every((p) => p.t === "tuple" && p.items.length === 2) ? undefined : true;
    return true;
  });
}

/** the type of a literal number, binary, atom, or list or tuple of them (null otherwise) */
function literalType(root: Ast): ETerm | null {
  return foldTree<Ast, ETerm | null>(root, (a) => {
    switch (a.t) {
      case "int": return "integer";
      case "float": return "float";
      case "str": return "binary";
      case "atom": return ["atom", a.v];
      case "tuple": return new Expand(a.items, (ts) => (ts.every((t) => t !== null) ? ["tuple", ts.length, { list: ts as ETerm[] }] : null));
      case "list": {
        if (a.items.length === 0) return null;
        return new Expand(a.items, (ts) => {
          if (ts.some((t) => t === null)) return null;
          // several types: their union, in the order they first appear
          const distinct: ETerm[] = [];
          for (const t of ts as ETerm[]) if (!distinct.some((d) => compareTerms(d, t) === 0)) distinct.push(t);
          return ["list", distinct.length === 1 ? distinct[0] : ["union", { list: distinct }]];
        });
      }
    }
    return null;
  });
}

/** the functions ExUnit's `test` makes (`def :"test NAME"(context)`), inside describe blocks too;
 *  other items as they are */
function testDefinitions(item: Ast, prefix = ""): Ast[] {
  if (isCall(item, "describe") && item.args?.length === 2 && item.args[0].t === "str") {
    const body = keywordPairs(item.args[1])?.find(([k]) => k === "do")?.[1];
    return body ? blockItems(body).flatMap((x) => (isCall(x, "test") ? testDefinitions(x, (item.args![0] as { v: string }).v + " ") : [])) : [];
  }
  if (!isCall(item, "test") || !item.args || item.args[0].t !== "str" || (item.args.length !== 2 && item.args.length !== 3)) return [item];
  const context: Ast = item.args.length === 3 ? item.args[1] : { t: "call", name: "_", meta: {}, args: null };
  const head: Ast = { t: "call", name: "test " + prefix + item.args[0].v, meta: item.meta, args: [context] };
  return [{ t: "call", name: "def", meta: item.meta, args: [head, item.args[item.args.length - 1]] }];
}

interface DefClause { name: string; args: Ast[]; guard: Ast | null; body: Ast[] }

function defClause(a: AstCall): DefClause | null {
  let head = a.args?.[0];
  const pairs = keywordPairs(a.args?.[1]);
  if (!head || !pairs || pairs.length !== 1 || pairs[0][0] !== "do") return null;
  let guard: Ast | null = null;
  if (isCall(head, "when") && head.args?.length === 2) [head, guard] = head.args;
  if (!isCall(head) || typeof head.name !== "string" || head.name === "unquote") return null;
  const args = head.args ?? [];
  // default arguments, unquote fragments: not followed here
  if (args.some((x) => isCall(x, "\\\\") || isCall(x, "unquote"))) return null;
  return { name: head.name, args, guard, body: blockItems(pairs[0][1]) };
}

/** the functions a module's body defines (def and defp), name/arity, each arity a default
 *  argument gives */
function localFunctions(items: Ast[]): Set<string> {
  const out = new Set<string>();
  for (const item of items) {
    if (!isCall(item) || (item.name !== "def" && item.name !== "defp")) continue;
    let head = item.args?.[0];
    if (isCall(head, "when") && head.args?.length === 2) head = head.args[0];
    if (!isCall(head) || typeof head.name !== "string") continue;
    const args = head.args ?? [];
    const required = args.filter((x) => !isCall(x, "\\\\")).length;
    for (let n = required; n <= args.length; n++) out.add(`${head.name}/${n}`);
  }
  return out;
}

/** the do block of a case's options */
function doBlock(opts: Ast): Ast | undefined {
  return keywordPairs(opts)?.find(([k]) => k === "do")?.[1];
}

function lastLine(a: Ast): number {
  let max = lineOf(a) ?? 0;
  const todo = [a];
  while (todo.length) {
    const x = todo.pop()!;
    max = Math.max(max, lineOf(x) ?? 0);
    todo.push(...astKids(x));
  }
  return max;
}


/** a StructOf asking the loaded modules (Mod.__struct__/0 through `callSync`); a default is given
 *  only when it is a plain literal (Macro.escape of anything else prints otherwise) */
export function loadedStructs(callSync: ((module: string, fun: string, args: Term[]) => Term) | undefined): StructOf {
  const cache = new Map<string, ReturnType<StructOf>>();
  return (mod) => {
    if (!callSync) return undefined;
    if (cache.has(mod)) return cache.get(mod);
    let fields: ReturnType<StructOf>;
    try {
      const r = callSync(mod, "__struct__", []);
      if (r instanceof Tuple && r.items[0] === atom("ok") && isMap(r.items[1])) {
        fields = r.items[1].entries().filter(([k]) => k instanceof Atom).map(([k, v]) => {
          const value = valueAst(v);
          return { key: (k as Atom).name, value: value && literal(value) && !isCall(value) ? value : null };
        });
      }
    } catch {
      fields = undefined;
    }
    cache.set(mod, fields);
    return fields;
  };
}
