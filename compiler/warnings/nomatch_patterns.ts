// OTP 25's "pattern cannot possibly match" (v3_core's pat_alias throwing nomatch): a pattern
// `p1 = p2` whose sides the Erlang compiler cannot make one pattern of. Variables (`_`, pins)
// alias with anything; literals only with the same literal (1 and 1.0 differ); lists and tuples
// element by element (other lengths, other sizes fail); maps key by key (a literal key both name:
// its values aliased); a binary pattern (`<<x>>`, `"a" <> r`, a string literal too) is no data
// and aliases with nothing but a variable. It is checked for def heads,
// case/receive/fn/with/for/try clause heads and match expressions (`:a = :b = x` folds to one
// pattern), at the clause's line (the match's). The Erlang compiler walks the module's functions
// sorted by name and arity, each in order (a try's else clauses before its catch clauses), and
// its list holds the last found first: that order is kept.
import type { Ast, AstCall } from "../../lang/ast.ts";
import { clausesOf, isCall, isVar, keywordPairs, type Clause } from "../ast_util.ts";
import { astToTerm } from "../quoted.ts";
import { literalTerm } from "../literal_term.ts";
import { compareExact } from "../../vm/compare.ts";
import { Float, type Term } from "../../vm/terms.ts";
import type { Warning } from "./warning.ts";

export const NOMATCH = "pattern cannot possibly match";

/** a pattern as the Erlang compiler sees it for aliasing */
type P =
  | { k: "any" }
  | { k: "lit"; v: Term }
  | { k: "cons"; h: P; t: P }
  | { k: "tuple"; es: P[] }
  | { k: "map"; pairs: [Term | null, P][] }
  | { k: "bin" };

const ANY: P = { k: "any" };
const NIL: P = { k: "lit", v: astToTerm({ t: "list", items: [] }) };

class NoMatch {}
const NO = new NoMatch();

function sameLiteral(a: Term, b: Term): boolean {
  // (0.0 and -0.0 are one pattern on OTP 25)
  if (a instanceof Float && b instanceof Float) return a.value === b.value;
  return compareExact(a, b) === 0;
}

function alias(a: P, b: P): P {
  if (a.k === "any") return b;
  if (b.k === "any") return a;
  if (a.k === "map" || b.k === "map") {
    if (a.k !== "map" || b.k !== "map") throw NO;
    const pairs: [Term | null, P][] = [...a.pairs];
    for (const [key, val] of b.pairs) {
      const i = key === null ? -1 : pairs.findIndex(([k]) => k !== null && compareExact(k, key) === 0);
      if (i < 0) pairs.push([key, val]);
      else pairs[i] = [key, alias(pairs[i][1], val)];
    }
    return { k: "map", pairs };
  }
  if (a.k === "bin" || b.k === "bin") throw NO;
  if (a.k === "lit" && b.k === "lit") {
    if (!sameLiteral(a.v, b.v)) throw NO;
    return a;
  }
  if (a.k === "cons" && b.k === "cons") return { k: "cons", h: alias(a.h, b.h), t: alias(a.t, b.t) };
  if (a.k === "tuple" && b.k === "tuple") {
    if (a.es.length !== b.es.length) throw NO;
    return { k: "tuple", es: a.es.map((e, i) => alias(e, b.es[i])) };
  }
  throw NO;
}

/** the pattern `a` (throws NO where an alias in it cannot be made); anything not understood is
 *  taken as a variable, which never warns */
function pattern(a: Ast): P {
  switch (a.t) {
    case "int": case "float": case "atom":
      return { k: "lit", v: astToTerm(a) };
    // (a string is a binary pattern too, no literal: even "a" = "a" cannot be aliased)
    case "str":
      return { k: "bin" };
    case "tuple":
      return { k: "tuple", es: a.items.map(pattern) };
    case "list": {
      let tail: P = NIL;
      let items = a.items;
      const last = items[items.length - 1];
      if (last !== undefined && isCall(last, "|") && last.args?.length === 2) {
        tail = pattern(last.args[1]);
        items = [...items.slice(0, -1), last.args[0]];
      }
      for (let i = items.length - 1; i >= 0; i--) tail = { k: "cons", h: pattern(items[i]), t: tail };
      return tail;
    }
    case "call": break;
    default: return ANY;
  }
  if (isVar(a) || typeof a.name !== "string") return ANY;
  const args = a.args ?? [];
  switch (a.name) {
    case "=": return args.length === 2 ? alias(pattern(args[0]), pattern(args[1])) : ANY;
    case "<<>>": case "<>": return { k: "bin" };
    case "%{}": return { k: "map", pairs: mapPairs(args) };
    case "%": {
      const inner = args[1];
      if (args.length !== 2 || !isCall(inner, "%{}")) return ANY;
      return { k: "map", pairs: mapPairs(inner.args ?? []) };
    }
    case "-": case "+": {
      // (a number written with a sign)
      const n = literalTerm(a);
      return n === undefined ? ANY : { k: "lit", v: n };
    }
  }
  return ANY;
}

function mapPairs(items: Ast[]): [Term | null, P][] {
  const out: [Term | null, P][] = [];
  const key = (k: Ast): Term | null => (k.t === "int" || k.t === "float" || k.t === "atom" || k.t === "str" ? astToTerm(k) : null);
  for (const item of items) {
    const kw = item.t === "list" ? keywordPairs(item) : null;
    if (kw) for (const [k, v] of kw) out.push([astToTerm({ t: "atom", v: k }), pattern(v)]);
    else if (item.t === "tuple" && item.items.length === 2) out.push([key(item.items[0]), pattern(item.items[1])]);
  }
  return out;
}

/** whether the patterns of one clause hold an alias that cannot be made */
export function cannotMatch(patterns: Ast[]): boolean {
  try {
    for (const p of patterns) pattern(p);
    return false;
  } catch (e) {
    if (e === NO) return true;
    // (a pattern nested past the JS stack is not checked: its module's other warnings stay)
    if (e instanceof RangeError) return false;
    throw e;
  }
}

/** the Erlang compiler's walk over code, noting the lines of patterns that cannot match */
class Walk {
  readonly lines: number[] = [];

  clause(patterns: Ast[], line: number | undefined, guard: Ast | null, body: Ast | Ast[]): void {
    if (cannotMatch(patterns) && line !== undefined) this.lines.push(line);
    if (guard) this.expr(guard);
    if (Array.isArray(body)) for (const b of body) this.expr(b);
    else this.expr(body);
  }

  private clauses(cs: Clause[] | null): void {
    for (const c of cs ?? []) this.clause(c.args, c.meta.line, c.guard, c.body);
  }

  expr(a: Ast): void {
    // (deep code walked without recursion limits)
    const todo: Ast[] = [a];
    while (todo.length > 0) {
      const x = todo.pop()!;
      if (x.t === "list" || x.t === "tuple") { for (let i = x.items.length - 1; i >= 0; i--) todo.push(x.items[i]); continue; }
      if (x.t !== "call") continue;
      const args = x.args ?? [];
      const done = this.special(x, args);
      if (done) continue;
      const kids = typeof x.name === "string" ? args : [x.name, ...args];
      for (let i = kids.length - 1; i >= 0; i--) todo.push(kids[i]);
    }
  }

  /** a construct with patterns: walked here (true), in the compiler's order */
  private special(x: AstCall, args: Ast[]): boolean {
    const block = (key: string): Ast | undefined => {
      const opts = args[args.length - 1];
      return opts?.t === "list" ? keywordPairs(opts)?.find(([k]) => k === key)?.[1] : undefined;
    };
    switch (x.name) {
      // (modules are compiled on their own; quoted code is data)
      case "defmodule": case "quote": case "def": case "defp": case "defmacro": case "defmacrop":
        return true;
      case "=": {
        if (args.length !== 2) return false;
        // a chain p1 = p2 = value: the value, then the patterns folded into one
        const patterns: Ast[] = [args[0]];
        let value = args[1];
        while (isCall(value, "=") && value.args?.length === 2) {
          patterns.push(value.args[0]);
          value = value.args[1];
        }
        this.expr(value);
        const folded = patterns.reduceRight((acc: Ast | null, p) => (acc === null ? p : ({ t: "call", name: "=", meta: {}, args: [p, acc] } as Ast)), null)!;
        if (cannotMatch([folded])) this.lines.push(x.meta.line ?? 0);
        return true;
      }
      case "case":
        if (args.length !== 2) return false;
        this.expr(args[0]);
        this.clauses(clausesOf(block("do")));
        return true;
      case "receive": {
        this.clauses(clausesOf(block("do")));
        const after = block("after");
        if (after) this.expr(after);
        return true;
      }
      case "fn":
        this.clauses(clausesOf({ t: "list", items: args }));
        return true;
      case "try": {
        const body = block("do");
        if (body) this.expr(body);
        this.clauses(clausesOf(block("else")));
        // (rescue clauses name exceptions, no patterns aliased)
        const rescue = block("rescue");
        if (rescue) this.expr(rescue);
        this.clauses(clausesOf(block("catch")));
        const after = block("after");
        if (after) this.expr(after);
        return true;
      }
      case "with": case "for": {
        for (const step of args) {
          if (isCall(step, "<-") && step.args?.length === 2) {
            this.expr(step.args[1]);
            let p = step.args[0];
            if (isCall(p, "when") && p.args?.length === 2) p = p.args[0];
            if (cannotMatch([p])) this.lines.push(step.meta.line ?? 0);
          } else if (step.t === "list") {
            const body = keywordPairs(step);
            for (const [k, v] of body ?? []) {
              if (k === "do" || k === "into" || k === "reduce") this.expr(v);
              else if (k === "else") this.clauses(clausesOf(v));
            }
          } else this.expr(step);
        }
        return true;
      }
    }
    return false;
  }
}

/** runs f, or leaves what code nests past the JS stack unchecked (the module's other warnings stay) */
function unlessTooDeep(f: () => void): void {
  try {
    f();
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
  }
}

/** a module's "pattern cannot possibly match" warnings: its body's code (compiled before its
 *  functions), then its functions' clauses (given in the order written): the last found first,
 *  as the Erlang compiler lists them */
export function nomatchWarnings(bodyItems: Ast[], defs: { name: string; arity: number; line: number; args: Ast[]; guard: Ast | null; body: Ast[] }[], file: string): Warning[] {
  const sorted = defs.map((d, i) => ({ d, i })).sort((x, y) => (x.d.name < y.d.name ? -1 : x.d.name > y.d.name ? 1 : x.d.arity - y.d.arity || x.i - y.i));
  const inBody = new Walk();
  for (const item of bodyItems) unlessTooDeep(() => inBody.expr(item));
  const walk = new Walk();
  // (a default argument's pattern is the one written before `\\`)
  const written = (a: Ast) => (isCall(a, "\\\\") && a.args?.length === 2 ? a.args[0] : a);
  for (const { d } of sorted) unlessTooDeep(() => walk.clause(d.args.map(written), d.line, d.guard, d.body));
  return [...inBody.lines.reverse(), ...walk.lines.reverse()].map((line) => ({ message: NOMATCH, file, line, erlang: true, nomatch: true }));
}

/** a script's top level (its code, modules left out) */
export function topLevelNomatchWarnings(items: Ast[], file: string): Warning[] {
  const walk = new Walk();
  for (const item of items) if (!isCall(item, "defmodule")) unlessTooDeep(() => walk.expr(item));
  return walk.lines.reverse().map((line) => ({ message: NOMATCH, file, line, erlang: true, nomatch: true }));
}
