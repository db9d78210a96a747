// The Erlang compiler folds a guard made of literals ("when 1 > 2", "when is_atom(1)",
// "when x in []") and warns "this check/guard will always yield the same result" for a clause
// whose guard is always false. Only a guard that folds to false as a whole counts: `and`/`or`
// fold from the left (`is_atom(x) and 1 > 2` stays a run-time test), and of several `when`s
// all must be false.
import type { Ast, AstCall } from "../../lang/ast.ts";
import { isCall, isVar, soleExpression } from "../ast_util.ts";
import { plainName } from "../quoted.ts";
import { attributeReadValues } from "../compiling.ts";
import { foldBitstring } from "./constant_bitstrings.ts";
import { foldTree, Expand } from "../tree_fold.ts";

export const ALWAYS_SAME = "this check/guard will always yield the same result";

export type Term =
  | { k: "num"; v: number; int: boolean }
  | { k: "atom"; v: string }
  | { k: "bin"; bits: number[] }
  | { k: "list"; items: Term[] }
  | { k: "tuple"; items: Term[] }
  | { k: "map" };

const TRUE: Term = { k: "atom", v: "true" };
const FALSE: Term = { k: "atom", v: "false" };
const bool = (b: boolean): Term => (b ? TRUE : FALSE);
const isBool = (t: Term | null): t is { k: "atom"; v: string } => t?.k === "atom" && (t.v === "true" || t.v === "false");

/** Erlang's term order: number < atom < tuple < map < list < bitstring (no refs, funs, pids here) */
const RANK: Record<Term["k"], number> = { num: 0, atom: 1, tuple: 2, map: 3, list: 4, bin: 5 };

/** null when the order is not known here (maps); on an explicit stack (terms nest thousands deep) */
function compare(a: Term, b: Term, exact: boolean): number | null {
  // (pairs of terms compared in order; a number: lengths compared once the items before are equal)
  const todo: ([Term, Term] | number)[] = [[a, b]];
  while (todo.length > 0) {
    const next = todo.pop()!;
    if (typeof next === "number") {
      if (next !== 0) return next;
      continue;
    }
    const [x, y] = next;
    if (x.k !== y.k) return RANK[x.k] - RANK[y.k];
    switch (x.k) {
      case "num": {
        const v = y as typeof x;
        if (x.v !== v.v) return x.v < v.v ? -1 : 1;
        if (exact && x.int !== v.int) return x.int ? -1 : 1;
        break;
      }
      case "atom": {
        const c = Buffer.compare(Buffer.from(x.v), Buffer.from((y as typeof x).v));
        if (c !== 0) return c;
        break;
      }
      case "bin": {
        // bit by bit; a bitstring that is a prefix of another is smaller
        const u = x.bits, v = (y as typeof x).bits;
        for (let i = 0; i < Math.min(u.length, v.length); i++) if (u[i] !== v[i]) return u[i] - v[i];
        if (u.length !== v.length) return u.length - v.length;
        break;
      }
      case "tuple": case "list": {
        const v = (y as typeof x).items;
        if (x.k === "tuple" && x.items.length !== v.length) return x.items.length - v.length;
        const n = Math.min(x.items.length, v.length);
        todo.push(x.items.length - v.length);
        for (let i = n - 1; i >= 0; i--) todo.push([x.items[i], v[i]]);
        break;
      }
      default: return null;
    }
  }
  return 0;
}

/** the field values of a struct built in an expression (`%Mod{k: v}`, not an update), or null */
export function structFields(a: AstCall): Ast[] | null {
  if (a.name !== "%" || a.args?.length !== 2 || !isCall(a.args[1], "%{}")) return null;
  const pairs = a.args[1].args ?? [];
  if (!pairs.every((p) => p.t === "tuple" && p.items.length === 2)) return null;
  return pairs.map((p) => (p as { items: Ast[] }).items[1]);
}

/** the name of a local call, or of a call to :erlang or Kernel */
function callName(a: AstCall): string | null {
  if (typeof a.name === "string") return a.name;
  if (isCall(a.name, ".") && a.name.args?.length === 2) {
    const [m, f] = a.name.args;
    const kernel = isCall(m, "__aliases__") && m.args?.length === 1 && m.args[0].t === "atom" && m.args[0].v === "Kernel";
    if (f.t === "atom" && ((m.t === "atom" && m.v === "erlang") || kernel)) return f.v;
  }
  return null;
}

const TYPE_TESTS: Record<string, (t: Term) => boolean | null> = {
  is_atom: (t) => t.k === "atom",
  is_boolean: (t) => isBool(t),
  is_integer: (t) => t.k === "num" && t.int,
  is_float: (t) => t.k === "num" && !t.int,
  is_number: (t) => t.k === "num",
  is_binary: (t) => t.k === "bin" && t.bits.length % 8 === 0,
  is_bitstring: (t) => t.k === "bin",
  is_list: (t) => t.k === "list",
  is_tuple: (t) => t.k === "tuple",
  is_map: (t) => t.k === "map",
  is_function: () => false,
  is_pid: () => false,
  is_port: () => false,
  is_reference: () => false,
  is_nil: (t) => t.k === "atom" && t.v === "nil",
};

const COMPARE: Record<string, [exact: boolean, test: (c: number) => boolean]> = {
  "==": [false, (c) => c === 0], "!=": [false, (c) => c !== 0], "/=": [false, (c) => c !== 0],
  "===": [true, (c) => c === 0], "=:=": [true, (c) => c === 0], "!==": [true, (c) => c !== 0], "=/=": [true, (c) => c !== 0],
  "<": [false, (c) => c < 0], ">": [false, (c) => c > 0], "<=": [false, (c) => c <= 0], "=<": [false, (c) => c <= 0], ">=": [false, (c) => c >= 0],
};

const int = (v: number): Term => ({ k: "num", v, int: true });

const strBits = (s: string): Term => ({ k: "bin", bits: foldBitstring([{ t: "str", v: s }])!.bits });

/** the value of guard code made of literals (and of the variables `vars` knows), or null when it
 *  depends on the clause's input (or on what is not folded here) */
export function fold(a: Ast, vars: ReadonlyMap<string, Term> = NO_VARS): Term | null {
  return foldIn(a, vars);
}

const NO_VARS: ReadonlyMap<string, Term> = new Map();

/** (on an explicit stack: guards and literals nest thousands deep, deeper than the JS stack left
 *  to a warning pass) */
function foldIn(root: Ast, rootVars: ReadonlyMap<string, Term>): Term | null {
  type Node = { a: Ast; vars: ReadonlyMap<string, Term> };
  return foldTree<Node, Term | null>({ a: root, vars: rootVars }, ({ a, vars }) => {
    const at = (xs: Ast[], v = vars): Node[] => xs.map((x) => ({ a: x, vars: v }));
    switch (a.t) {
      case "int": return Number.isSafeInteger(Number(a.v)) ? int(Number(a.v)) : null;
      case "float": return { k: "num", v: a.v, int: false };
      case "atom": return { k: "atom", v: a.v };
      case "str": return strBits(a.v);
      case "list": case "tuple": {
        const k = a.t;
        return new Expand(at(a.items), (items) => (items.every((x) => x !== null) ? { k, items: items as Term[] } : null));
      }
      case "call": break;
      default: return null;
    }
    // (a parenthesized operand: `not (x)`)
    if (a.name === "__block__" && a.args?.length === 1) return new Expand(at(a.args), ([r]) => r);
    if (a.args === null) return isVar(a) ? vars.get(plainName(a.name as string)) ?? null : null;
    // @name: the value the read was compiled as, a literal to the compiler
    const attribute = a.name === "@" ? attributeReadValues.get(a) : undefined;
    if (attribute !== undefined) return new Expand(at([attribute], NO_VARS), ([r]) => r);
    if (a.name === "<<>>") {
      const b = foldBitstring(a.args);
      return b === null ? null : { k: "bin", bits: b.bits };
    }
    if (a.name === "%{}") {
      if (!a.args.every((p) => p.t === "tuple")) return null;
      return new Expand(at(a.args.flatMap((p) => (p as { items: Ast[] }).items)), (rs) => (rs.every((x) => x !== null) ? { k: "map" } : null));
    }
    // `%Mod{k: v}` expands to a map of the struct's defaults (always literals) and the fields given
    const fields = structFields(a);
    if (fields !== null) return new Expand(at(fields), (rs) => (rs.every((x) => x !== null) ? { k: "map" } : null));
    const name = callName(a);
    const args = a.args;
    if (name === null) return null;
    // (and/or fold from the left: the right side counts only once the left is known)
    if (args.length === 2 && (name === "and" || name === "andalso")) {
      return new Expand(at(args), ([l, r]) => (isBool(l) ? (l.v === "false" ? FALSE : r) : null));
    }
    if (args.length === 2 && (name === "or" || name === "orelse")) {
      return new Expand(at(args), ([l, r]) => (isBool(l) ? (l.v === "true" ? TRUE : r) : null));
    }
    if (args.length === 2 && name === "in") {
      const [x, right] = args;
      if (right.t === "list") {
        if (right.items.length === 0) return FALSE;
        return new Expand(at([x, ...right.items]), ([v, ...items]) => {
          if (v === null || items.some((i) => i === null)) return null;
          return bool(items.some((i) => compare(v, i!, true) === 0));
        });
      }
      if (isCall(right, "..") && right.args?.length === 2) {
        return new Expand(at([right.args[0], right.args[1], x]), ([lo, hi, v]) => {
          if (lo?.k !== "num" || hi?.k !== "num" || !lo.int || !hi.int || v === null) return null;
          if (v.k !== "num" || !v.int) return FALSE;
          return bool(lo.v <= hi.v ? lo.v <= v.v && v.v <= hi.v : hi.v <= v.v && v.v <= lo.v);
        });
      }
      return null;
    }
    return new Expand(at(args), (vals) => {
      if (vals.some((v) => v === null)) return null;
      const v = vals as Term[];
      if (v.length === 1 && name === "not") return isBool(v[0]) ? bool(v[0].v === "false") : null;
      if (v.length === 1 && TYPE_TESTS[name]) return bool(TYPE_TESTS[name](v[0])!);
      if (v.length === 2 && COMPARE[name]) {
        const [exact, test] = COMPARE[name];
        const c = compare(v[0], v[1], exact);
        return c === null ? null : bool(test(c));
      }
      return arithmetic(name, v);
    });
  });
}

/** the pure BIFs Erlang folds; null where they would raise (left to run time here) */
function arithmetic(name: string, v: Term[]): Term | null {
  const [x, y] = v;
  if (v.length === 2 && x.k === "num" && y.k === "num") {
    const isInt = x.int && y.int;
    const r = name === "+" ? x.v + y.v : name === "-" ? x.v - y.v : name === "*" ? x.v * y.v : null;
    if (r !== null) return Number.isSafeInteger(r) || !isInt ? { k: "num", v: r, int: isInt } : null;
  }
  if (v.length === 1 && x.k === "num" && (name === "abs" || name === "-")) return { k: "num", v: name === "abs" ? Math.abs(x.v) : -x.v, int: x.int };
  if (v.length === 1 && name === "length" && x.k === "list") return int(x.items.length);
  if (v.length === 1 && name === "tuple_size" && x.k === "tuple") return int(x.items.length);
  if (v.length === 1 && name === "byte_size" && x.k === "bin") return int(Math.ceil(x.bits.length / 8));
  if (v.length === 1 && name === "bit_size" && x.k === "bin") return int(x.bits.length);
  if (v.length === 1 && name === "hd" && x.k === "list" && x.items.length > 0) return x.items[0];
  if (v.length === 2 && (name === "elem" || name === "element")) {
    const [t, i] = name === "elem" ? [x, y] : [y, x];
    const at = name === "elem" ? 0 : 1;
    if (t.k === "tuple" && i.k === "num" && i.int && i.v - at >= 0 && i.v - at < t.items.length) return t.items[i.v - at];
  }
  return null;
}

/** the outcome of one guard alternative as OTP's v3_core tests it (true, false, or null when not
 *  known). A test (a type test, a comparison, a boolean) is its value; any other expression X is
 *  tested as `X =:= true` (`when 1` is false, not a failure). A chain of `not`s over such an X:
 *  the first makes it `X =:= false`, the others negate that, and then X must also be a boolean
 *  (`when not not :a` is false, where no not/1 is called at all) */
function testedOutcome(g: Ast, vars: ReadonlyMap<string, Term>): boolean | null {
  let nots = 0;
  let x = soleExpression(g);
  while (x.t === "call" && x.args?.length === 1 && callName(x) === "not") {
    nots++;
    x = soleExpression(x.args[0]);
  }
  const v = fold(x, vars);
  if (v === null) return null;
  if (isTest(x)) {
    let r: Term = v;
    for (let i = 0; i < nots; i++) {
      if (!isBool(r)) return null;
      r = bool(r.v === "false");
    }
    return r.k === "atom" && r.v === "true";
  }
  if (nots === 0) return v.k === "atom" && v.v === "true";
  const isFalse = v.k === "atom" && v.v === "false";
  return (nots % 2 === 1 ? isFalse : !isFalse) && (nots === 1 || isBool(v));
}

/** an expression v3_core tests as it is: a boolean literal, or a call to a type test or a
 *  comparison (Elixir's and/or are andalso/orelse, values to it) */
function isTest(x: Ast): boolean {
  if (x.t === "atom") return x.v === "true" || x.v === "false";
  if (x.t !== "call" || x.args === null) return false;
  const name = callName(x);
  if (name === null) return false;
  const n = x.args.length;
  return (n === 1 && name in TYPE_TESTS) || (n === 2 && (name in COMPARE || name === "is_function"));
}

/** a guard (several `when`s are alternatives) given the values of the variables `vars` knows:
 *  true or false when the compiler folds it (a value other than true fails it), undefined when
 *  it depends on what is not known */
export function guardOutcome(guard: Ast, vars: ReadonlyMap<string, Term>): boolean | undefined {
  return foldTree<Ast, boolean | undefined>(guard, (g) => {
    if (isCall(g, "when") && g.args?.length === 2) return new Expand(g.args, ([l, r]) => (l === true || r === true ? true : l === false && r === false ? false : undefined));
    return testedOutcome(g, vars) ?? undefined;
  });
}

/** a guard (several `when`s are alternatives) that is true whatever the clause's input: the
 *  compiler drops it, the clause is as one without a guard */
export function alwaysTrue(guard: Ast | null): boolean {
  return guard !== null && guardOutcome(guard, NO_VARS) === true;
}

/** a guard (several `when`s are alternatives) that is false whatever the clause's input */
export function alwaysFalse(guard: Ast | null): boolean {
  return guard !== null && guardOutcome(guard, NO_VARS) === false;
}
