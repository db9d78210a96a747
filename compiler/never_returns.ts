// The local functions that never return, as OTP's compiler infers them from their bodies: one whose
// every clause ends in throw/1, exit/1, raise/2 (:erlang.error/1), reraise (:erlang.raise/3), or in
// a call of such a function, itself included (`def c(0), do: throw(:x)` with
// `def c(n), do: 1 + c(n - 1)` never returns). OTP's compiler then makes every local call of such a
// function a tail call, wherever it stands (`1 + c(n - 1)` becomes `c(n - 1)`), so the caller's
// frame is not in the stack trace of the error; beamlet does the same (ExprCompiler's local calls).
// Forms that OTP's types leave returning: raise/1 (:erlang.error/3 with error_info), halt.
import type { Ast, AstList, AstTuple } from "../lang/ast.ts";
import { call, clausesOf, isCall, kwGet, varName, type Clause } from "./ast_util.ts";
import { literalShape, matchOutcome, shapeOf, type Shape } from "./warnings/literal_matches.ts";
import { callCannotMatch } from "./unmatched_local_calls.ts";

// Kernel's forms that never return, by name/arity (raise/2 is :erlang.error/1; reraise is
// :erlang.raise/3), and the Erlang functions OTP types as never returning
const KERNEL_NEVER = new Set(["throw/1", "exit/1", "raise/2", "reraise/2", "reraise/3"]);
const ERLANG_NEVER = new Set(["error/1", "error/2", "exit/1", "throw/1", "raise/3"]);

// calls whose arguments are all evaluated, left to right, before anything else happens
const EAGER_OPERATORS = new Set(["+", "-", "*", "/", "==", "!=", "===", "!==", "<", ">", "<=", ">=", "<>", "++", "--", "not", "!", "{}", "%{}", "|"]);
// short-circuit operators: only the left operand is always evaluated
const SHORT_CIRCUIT = new Set(["&&", "||", "and", "or"]);

/** "name/arity" of the functions among `functions` that never return */
export function neverReturningFunctions(functions: Map<string, Clause[]>): Set<string> {
  // the greatest fixed point: all assumed never to return, then dropped while one of their
  // clauses may return given the others
  const never = new Set(functions.keys());
  for (let changed = true; changed; ) {
    changed = false;
    for (const key of never) {
      if (functions.get(key)!.some((c) => !neverReturns(c.body, never, functions, 0))) {
        never.delete(key);
        changed = true;
      }
    }
  }
  return never;
}

// how deep into an expression the walk looks: code nested deeper (generated, 5,000 deep) is taken
// as returning, which leaves its calls as they are written instead of overflowing the JS stack
const MAX_DEPTH = 200;

/** whether evaluating `a` never returns (conservative: false when unsure) */
function neverReturns(a: Ast, never: Set<string>, locals: Map<string, unknown>, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  const nr = (x: Ast | undefined): boolean => x !== undefined && neverReturns(x, never, locals, depth + 1);
  if (a.t === "list") return a.items.some(nr);
  if (a.t === "tuple") return a.items.some(nr);
  if (a.t !== "call" || a.args === null) return false;
  const args = a.args;
  if (typeof a.name !== "string") {
    // Mod.fun(args): the module and the arguments first
    const callee = a.name;
    if (callee.t === "call" && callee.name === "." && callee.args?.length === 2) {
      const [mod, fun] = callee.args;
      if (mod.t === "atom" && mod.v === "erlang" && fun.t === "atom" && ERLANG_NEVER.has(`${fun.v}/${args.length}`)) return true;
      if (nr(mod)) return true;
      // Map.fetch!(%{...}, key) of a literal map without that literal key: :erlang.map_get fails
      if (isAlias(mod, "Map") && fun.t === "atom" && fun.v === "fetch!" && args.length === 2 && missingLiteralKey(args[0], args[1])) return true;
    }
    return args.some(nr);
  }
  const name = a.name;
  const key = `${name}/${args.length}`;
  // (or one no clause of it can take the arguments written: OTP's types see it fail)
  if (locals.has(key)) return never.has(key) || args.some(nr) || callCannotMatch(locals.get(key) as Clause[], args);
  switch (name) {
    case "__block__": return args.some(nr);
    case "=": return nr(args[1]) || (args.length === 2 && cannotMatch(args[0], args[1]));
    case "if":
    case "unless": {
      if (nr(args[0])) return true;
      const branches = args[1];
      return nr(kwGet(branches, "do")) && nr(kwGet(branches, "else"));
    }
    case "case": {
      if (nr(args[0])) return true;
      const clauses = clausesOf(kwGet(args[1], "do"));
      return clauses !== null && clauses.length > 0 && clauses.every((c) => nr(c.body));
    }
    case "cond": {
      const clauses = clausesOf(kwGet(args[0], "do"));
      if (clauses === null || clauses.length === 0) return false;
      return nr(clauses[0].args[0]) || clauses.every((c) => nr(c.body));
    }
  }
  if (KERNEL_NEVER.has(key)) return true;
  // hd([]) and tl([]): OTP's types know the instruction fails
  if ((key === "hd/1" || key === "tl/1") && args[0].t === "list" && args[0].items.length === 0) return true;
  if (name === "|>" && args.length === 2) {
    // x |> f(a): x, then a, then f/2
    const rhs = args[1];
    if (nr(args[0])) return true;
    if (rhs.t !== "call" || typeof rhs.name !== "string" || rhs.args === null) return false;
    const piped = `${rhs.name}/${rhs.args.length + 1}`;
    return rhs.args.some(nr) || (locals.has(piped) && never.has(piped));
  }
  if (SHORT_CIRCUIT.has(name) && args.length === 2) return nr(args[0]);
  if (EAGER_OPERATORS.has(name)) return args.some(nr);
  return false;
}

/** `Name` written as an alias (or the atom Elixir.Name) */
function isAlias(a: Ast, name: string): boolean {
  if (a.t === "atom") return a.v === "Elixir." + name;
  return a.t === "call" && a.name === "__aliases__" && a.args?.length === 1 && a.args[0].t === "atom" && a.args[0].v === name;
}

/** a literal value OTP's types know exactly: an integer, atom or string */
function literalKey(a: Ast): string | undefined {
  if (a.t === "int") return "i" + a.v;
  if (a.t === "atom") return "a" + a.v;
  if (a.t === "str") return "s" + a.v;
  return undefined;
}

/** `%{k: v, ...}` written with literal keys only, lacking the literal `key` */
function missingLiteralKey(map: Ast, key: Ast): boolean {
  const k = literalKey(key);
  if (k === undefined || map.t !== "call" || map.name !== "%{}" || map.args === null) return false;
  const keys: string[] = [];
  for (const pair of map.args) {
    const pk = pair.t === "tuple" && pair.items.length === 2 ? literalKey(pair.items[0]) : undefined;
    if (pk === undefined) return false;
    keys.push(pk);
  }
  return !keys.includes(k);
}

/**
 * Whether `pattern = expr` can never match, as OTP's types see it from the literals on both sides:
 * different literals (atoms, integers, strings), tuples or lists of different sizes, a tuple against
 * a list or literal, or such a difference at some position inside (`{:ok, v} = {:error, x}`).
 * Variables, pins, calls, maps, binaries and floats are taken as possibly matching.
 */
export function cannotMatch(pattern: Ast, expr: Ast, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  const shape = (a: Ast): "lit" | "tuple" | "list" | undefined =>
    a.t === "int" || a.t === "atom" || a.t === "str" ? "lit" : a.t === "tuple" ? "tuple" : a.t === "list" && !a.items.some(isCons) ? "list" : undefined;
  const p = shape(pattern), e = shape(expr);
  if (p === undefined || e === undefined) return false;
  if (p !== e) return true;
  if (p === "lit") return literalKey(pattern) !== literalKey(expr);
  const ps = (pattern as AstTuple | AstList).items, es = (expr as AstTuple | AstList).items;
  if (ps.length !== es.length) return true;
  return ps.some((x, i) => cannotMatch(x, es[i], depth + 1));
}

function isCons(a: Ast): boolean {
  return a.t === "call" && a.name === "|";
}

// the calls OTP's compiler knows always fail (erl_bifs:is_exit_bif): Kernel's throw/1, exit/1,
// raise/2 and reraise/2,3 are :erlang.throw/1, exit/1 and error/1; raise/1 is error/3, which is not
const KERNEL_EXITS = new Set(["throw/1", "exit/1", "raise/2", "reraise/2", "reraise/3"]);
const ERLANG_EXITS = new Set(["throw/1", "exit/1", "error/1", "error/2"]);

/** `e` is, as sys_core_fold sees it after folding, an expression that surely fails */
function willFail(e: Ast, depth: number): boolean {
  if (depth > MAX_DEPTH || e.t !== "call" || e.args === null) return false;
  const args = e.args;
  if (typeof e.name !== "string") {
    const callee = e.name;
    if (callee.t !== "call" || callee.name !== "." || callee.args?.length !== 2) return false;
    const [mod, fun] = callee.args;
    if (fun.t !== "atom") return false;
    if (mod.t === "atom" && mod.v === "erlang") return ERLANG_EXITS.has(`${fun.v}/${args.length}`);
    return isAlias(mod, "Kernel") && KERNEL_EXITS.has(`${fun.v}/${args.length}`);
  }
  // (v = e) is a let whose argument is e; a block is a seq of its items, entered by the let
  if (e.name === "=" && args.length === 2) return varName(args[0]) !== null && willFail(args[1], depth + 1);
  if (e.name === "__block__" && args.length > 0) {
    return willFail(args[args.length - 1], depth + 1) || args.slice(0, -1).some((x) => x.t === "call" && x.name === "=" && willFail(x, depth + 1));
  }
  if (e.name === "with") return withAlwaysFails(args);
  return KERNEL_EXITS.has(`${e.name}/${args.length}`);
}

/**
 * A `with` whose clauses the compiler sees surely match up to one that never matches, with else
 * clauses none of which takes that value: the else fun's generated last clause raises
 * {:else_clause, v}, so the with surely fails (`with {:ok, a} <- {:ok, 1}, :b <- a do a else
 * [x] -> x end`). Without else it returns the value, so it does not.
 */
function withAlwaysFails(args: Ast[]): boolean {
  const elseClauses = clausesOf(kwGet(args[args.length - 1], "else"));
  if (elseClauses === null || elseClauses.length === 0) return false;
  let env: ReadonlyMap<string, Shape> = new Map();
  for (const item of args.slice(0, -1)) {
    const clause = isCall(item, "<-") || isCall(item, "=") ? item.args : null;
    if (clause === null || clause?.length !== 2) continue;
    const [pattern, value] = clause;
    const { outcome, bound } = matchOutcome(pattern, value, env);
    if (outcome === "maybe") return false;
    if (outcome === "nomatch") {
      // (`pattern = value` inside a with fails with a MatchError, not to the else clauses; a value
      // known in part is not folded into the else fun's clauses)
      if (!isCall(item, "<-") || !literalShape(shapeOf(value, env))) return false;
      return elseClauses.every((c) => c.args.length === 1 && matchOutcome(c.guard ? call("when", [c.args[0], c.guard]) : c.args[0], value, env).outcome === "nomatch");
    }
    env = new Map([...env, ...bound]);
  }
  return false;
}

/**
 * `r = throw(x)`, `_ = raise(E, "m")`, `r = (IO.puts(x); exit(x))`: a binding to a variable of an
 * expression that surely fails. It is a let whose argument fails, and OTP's compiler drops the let's
 * body (what follows in the block) unseen: no "will fail" warnings there. A failing call standing
 * alone is a seq, whose rest OTP looks at first, so `throw(x); elem({}, 1)` still warns.
 */
export function failingBinding(a: Ast): boolean {
  return isCall(a, "=") && a.args?.length === 2 && willFail(a, 0);
}

/** a pattern of literals only: atoms, integers, strings, and tuples and lists of them */
function literalPattern(p: Ast, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  if (p.t === "int" || p.t === "atom" || p.t === "str") return true;
  if (p.t === "tuple" || (p.t === "list" && !p.items.some(isCons))) return p.items.every((x) => literalPattern(x, depth + 1));
  return false;
}

/**
 * `:a = 5`, `{:a} = {y, 1}`: a match of a pattern without variables that can never match. OTP's
 * compiler folds it to its badmatch error and drops what follows in the body unseen (no
 * "will fail" warnings there), which it does not for a failing call such as raise/1
 */
export function failingLiteralMatch(a: Ast): boolean {
  if (!isCall(a, "=") || a.args?.length !== 2) return false;
  return literalPattern(a.args[0]) && cannotMatch(a.args[0], a.args[1]);
}
