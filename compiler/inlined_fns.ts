// Erlang's compiler inlines a fun bound to a variable and applied once where it is bound
// (sys_core_fold): `f = fn x -> ... end` then `f.(1)` in the same block, not inside a branch, a
// fn or another construct that makes clauses. Its code runs as the enclosing function's: an error
// in it has no frame "anonymous fn/1 in M.f/0" but M.f/0's own, at the line of the failing code
// (observed on Elixir 1.14 / OTP 25). beamlet keeps the fn and names its frames after the
// enclosing function (vm/stacktrace.ts drops the caller's frame it then stands for).
import type { Ast } from "../lang/ast.ts";
import { clausesOf, isCall, isVar, namedCaptureArity } from "./ast_util.ts";

/** the variable's identity: its name and, for one a quote made, its context */
function varKey(a: Ast): string | null {
  if (!isVar(a)) return null;
  return `${a.name}\u0000${a.meta.context ?? ""}`;
}

/** how often the variable `key` occurs in `a` */
function occurrences(a: Ast, key: string): number {
  if (varKey(a) === key) return 1;
  let n = 0;
  if (a.t === "call") {
    if (typeof a.name !== "string") n += occurrences(a.name, key);
    for (const x of a.args ?? []) n += occurrences(x, key);
  } else if (a.t === "list" || a.t === "tuple") for (const x of a.items) n += occurrences(x, key);
  return n;
}

/** `stmt` is an application of the variable `key` where Erlang's inliner reaches it: the
 *  statement itself, or the value of a match (`x = f.(1)`) */
function inlinableUse(stmt: Ast, key: string): boolean {
  if (isCall(stmt, "=") && stmt.args?.length === 2) return inlinableUse(stmt.args[1], key);
  if (stmt.t !== "call" || typeof stmt.name === "string" || !isCall(stmt.name, ".")) return false;
  const target = stmt.name.args;
  return target?.length === 1 && varKey(target[0]) === key && (stmt.args ?? []).every((x) => occurrences(x, key) === 0);
}

/** `a` neither calls nor fails: Erlang's inliner moves a fun past it (a call, an operator, a
 *  pattern match that can fail in between keeps the fun a fun: observed on Elixir 1.14 / OTP 25) */
function movable(a: Ast): boolean {
  if (a.t === "list" || a.t === "tuple") return a.items.every(movable);
  if (a.t !== "call") return true;
  const args = a.args;
  if (args === null || a.name === "fn") return true;
  return a.name === "=" && args.length === 2 && foldedMatch(args[0], args[1]) && movable(args[1]);
}

/** the pattern `l` surely matches the value `r`, the compiler sees (`{a, b} = {x, 1}`, not
 *  `{:ok, _} = y`) */
function foldedMatch(l0: Ast, r0: Ast): boolean {
  // (a work list: patterns nest 10,000 deep)
  const work: [Ast, Ast][] = [[l0, r0]];
  while (work.length > 0) {
    const [l, r] = work.pop()!;
    if (isVar(l)) continue;
    if ((l.t === "tuple" && r.t === "tuple") || (l.t === "list" && r.t === "list")) {
      if (l.items.length !== r.items.length) return false;
      l.items.forEach((x, i) => work.push([x, r.items[i]]));
      continue;
    }
    if ((l.t === "atom" || l.t === "int" || l.t === "str") && r.t === l.t && r.v === l.v) continue;
    return false;
  }
  return true;
}

/** a value the compiler knows: OTP folds the inlined fn's clause matching on it away */
function literal(a0: Ast): boolean {
  const work: Ast[] = [a0];
  while (work.length > 0) {
    const a = work.pop()!;
    if (a.t === "list" || a.t === "tuple") for (const x of a.items) work.push(x);
    else if (a.t === "call") return false;
  }
  return true;
}

/** the application of the variable in `stmt` (inlinableUse holds) */
function useOf(stmt: Ast): Ast {
  return isCall(stmt, "=") && stmt.args?.length === 2 ? useOf(stmt.args[1]) : stmt;
}

/** the fn `fn` applied to `args` can still fail with function_clause: a clause with a guard or
 *  a pattern other than a variable, on arguments the compiler does not know */
function keepsClauseFailure(fn: Ast, args: Ast[]): boolean {
  const clauses = clausesOf({ t: "list", items: (fn as { args: Ast[] | null }).args ?? [] });
  if (clauses === null) return false;
  // (on known arguments OTP picks the clause: the error stays only where none matches them)
  if (args.every(literal)) return !clauses.some((c) => c.guard === null && c.args.every((x, i) => foldedMatch(x, args[i])));
  return keepsOwnClauseFailure(clauses);
}

/** a fn's clauses, called with arguments nobody knows, can fail with function_clause: each has
 *  a guard or a pattern other than a variable */
export function keepsOwnClauseFailure(clauses: { args: Ast[]; guard: Ast | null }[]): boolean {
  // (a generated clause may carry no guard field at all)
  return clauses.every((c) => (c.guard ?? null) !== null || c.args.some((x) => !isVar(x)));
}

/** marks in `into` the fns of `items` (a block's statements) that Erlang's compiler inlines, and
 *  in `failing` those of them whose function_clause error stays (OTP then raises it from a
 *  function of its own, `-f/1-inlined-N-`), in `computed` those applied to an argument computed
 *  there (`f.(g(x))`: only a fn that captures variables is inlined, as one applied on the spot) */
export function markInlinedFns(items: Ast[], into: WeakSet<Ast>, failing?: WeakSet<Ast>, computed?: WeakSet<Ast>): void {
  for (const { fn, application } of inlinedFnUses(items)) {
    const args = (application as { args: Ast[] | null }).args ?? [];
    into.add(fn);
    if (!args.every(simpleArg)) computed?.add(fn);
    if (failing && keepsClauseFailure(fn, args)) failing.add(fn);
  }
}

/** the fns of `items` (a block's statements) bound to a variable that Erlang's compiler inlines,
 *  each with its one application (`f.(x)`, in a later statement) */
export function inlinedFnUses(items: Ast[]): { fn: Ast; application: Ast }[] {
  const found: { fn: Ast; application: Ast }[] = [];
  items.forEach((stmt, i) => {
    if (!isCall(stmt, "=") || stmt.args?.length !== 2) return;
    const [left, right] = stmt.args;
    const key = varKey(left);
    if (key === null || (left as { name: string }).name.startsWith("_") || !writtenFn(right)) return;
    const later = items.slice(i + 1);
    const uses = later.map((s) => occurrences(s, key));
    if (uses.reduce((x, y) => x + y, 0) !== 1) return;
    const at = uses.findIndex((n) => n === 1);
    if (!inlinableUse(later[at], key) || !later.slice(0, at).every(movable)) return;
    if (matchedBeforeMore(later[at], at === later.length - 1) !== null) return;
    found.push({ fn: right, application: useOf(later[at]) });
  });
  return found;
}

/** the value of a match `pattern = value` (the pattern no variable) followed by more code in its
 *  block: v3_core makes it a case on the value, the rest of the block in its clause, so a fn
 *  applied there is a case's subject, not inlined (observed on Elixir 1.14 / OTP 25: `:r = (fn {x}
 *  -> x end).(p); :ok` keeps the fun, inlined when the match is the block's last expression);
 *  null for any other statement */
export function matchedBeforeMore(stmt: Ast, last: boolean): Ast | null {
  if (last || !isCall(stmt, "=") || stmt.args?.length !== 2 || isVar(stmt.args[0])) return null;
  return stmt.args[1];
}

/** a fn written out or a shorthand capture (`&(&1 * 3)`, not `&f/1`, which names a function) */
function writtenFn(a: Ast): boolean {
  if (!isCall(a)) return false;
  if (a.name === "fn") return true;
  return a.name === "&" && a.args?.length === 1 && namedCaptureArity(a.args[0]) === undefined && highestCaptureArg(a.args[0]) > 0;
}

/** marks the fn `fn` applied on the spot to `args` (`(fn x -> ... end).(1)`) when Erlang's
 *  compiler inlines it: it takes as many arguments as it is given */
export function markFnAppliedOnTheSpot(fn: Ast, args: Ast[], into: WeakSet<Ast>, failing?: WeakSet<Ast>, computed?: WeakSet<Ast>): void {
  // (`&(&1 + 1)`: a fn of as many arguments as its highest &N; `&f/1` names a function)
  if (isCall(fn, "&") && fn.args?.length === 1 && namedCaptureArity(fn.args[0]) === undefined) {
    if (highestCaptureArg(fn.args[0]) === args.length && args.length > 0) into.add(fn);
    return;
  }
  if (!isCall(fn, "fn")) return;
  const clauses = clausesOf({ t: "list", items: fn.args ?? [] });
  if (clauses === null || clauses.length === 0 || clauses[0].args.length !== args.length) return;
  // (an argument computed by an operator, a call or a map, binary or fn built in between keeps
  // a fn that captures nothing a fun, as the code between a fn bound to a variable and its use
  // does; compiler/lambdas.ts decides, knowing what the fn captures)
  if (!args.every(simpleArg)) computed?.add(fn);
  into.add(fn);
  if (failing && keepsClauseFailure(fn, args)) failing.add(fn);
}

/** an argument Erlang's compiler passes as it is to an inlined fn: a variable, a literal, or a
 *  tuple or list of such (observed on Elixir 1.14 / OTP 25: `(fn 1 -> :a end).(y + 1)`,
 *  `.(%{a: y})`, `.(<<y>>)`, `.("#{y}")` and `.(fn -> y end)` keep the fun; `.({y, [y | y]})` not;
 *  a fn capturing variables is inlined whatever its arguments, its error raised from a function
 *  of its own) */
export function simpleArg(a0: Ast): boolean {
  const work: Ast[] = [a0];
  while (work.length > 0) {
    const a = work.pop()!;
    if (a.t === "list" || a.t === "tuple") work.push(...a.items);
    else if (a.t !== "call" || isVar(a) || constantArg(a)) continue;
    else if ((isCall(a, "|") && a.args?.length === 2) || (isCall(a, "@") && a.args?.length === 1 && isVar(a.args[0]))) {
      if (isCall(a, "|")) work.push(...a.args!);
    } else if (isCall(a, "=") && a.args?.length === 2 && isVar(a.args[0])) work.push(a.args[1]);
    else return false;
  }
  return true;
}

/** a literal once Erlang's compiler has folded it (observed on OTP 25, as an argument of a fn
 *  applied on the spot: `1 + 2`, `length([1, 2])`, `%{a: 1}`, `1..2`, `~w(a b)`, `&Enum.count/1`
 *  delete the fun; `%{a: y}`, `"a#{1}"` keep it) */
function constantArg(a0: Ast): boolean {
  // (a work stack, not the JS stack: literals nest 10,000 deep)
  const work: Ast[] = [a0];
  const number = (x: Ast): boolean => {
    while ((isCall(x, "-") || isCall(x, "+")) && x.args?.length === 1) x = x.args[0];
    return x.t === "int" || x.t === "float";
  };
  while (work.length > 0) {
    const a = work.pop()!;
    if (a.t === "list" || a.t === "tuple") { work.push(...a.items); continue; }
    if (a.t !== "call") continue;
    const args = a.args ?? [];
    if (a.name === "__aliases__") continue;
    if (a.name === "|" && args.length === 2) { work.push(...args); continue; }
    if ((a.name === "-" || a.name === "+") && args.length === 1 && number(args[0])) continue;
    if ((a.name === "+" || a.name === "-" || a.name === "*" || a.name === "..") && args.length === 2 && args.every(number)) continue;
    if (a.name === "%{}" && args.every((p) => p.t === "tuple")) { args.forEach((p) => work.push(...(p as { items: Ast[] }).items)); continue; }
    if (a.name === "length" && args.length === 1 && args[0].t === "list") { work.push(args[0]); continue; }
    // a sigil of a literal string (no interpolation)
    if (typeof a.name === "string" && /^sigil_[a-z]$/.test(a.name) && args.length === 2 && isCall(args[0], "<<>>") && (args[0].args ?? []).every((x) => x.t === "str")) continue;
    // &Mod.fun/arity: an external fun, a literal
    if (a.name === "&" && args.length === 1 && isCall(args[0], "/") && args[0].args?.[1]?.t === "int") {
      const target = args[0].args[0];
      const receiver = isCall(target) && isCall(target.name as Ast, ".") ? (target.name as { args: Ast[] }).args[0] : null;
      if (receiver !== null && (receiver.t === "atom" || isCall(receiver, "__aliases__"))) continue;
    }
    return false;
  }
  return true;
}

export function highestCaptureArg(root: Ast): number {
  let n = 0;
  const work: Ast[] = [root];
  while (work.length > 0) {
    const a = work.pop()!;
    if (a.t === "list" || a.t === "tuple") for (const x of a.items) work.push(x);
    if (a.t !== "call") continue;
    if (a.name === "&" && a.args?.length === 1 && a.args[0].t === "int") n = Math.max(n, Number(a.args[0].v));
    else {
      if (typeof a.name !== "string") work.push(a.name);
      for (const x of a.args ?? []) work.push(x);
    }
  }
  return n;
}

/** gives the fns recorded in `events` (see ModCtx.matchFailNames) their numbers, in the order
 *  they are written, each enclosing function's counting on from `counts` */
export function numberMatchFails(events: { fa: string; at: { line?: number; column?: number }; name: ((n: number) => void) | null }[], counts: Map<string, number>): void {
  const written = events.map((e, seq) => ({ e, seq })).sort((x, y) => (x.e.at.line ?? 0) - (y.e.at.line ?? 0) || (x.e.at.column ?? 0) - (y.e.at.column ?? 0) || x.seq - y.seq);
  for (const { e } of written) {
    const n = counts.get(e.fa) ?? 0;
    counts.set(e.fa, n + 1);
    e.name?.(n);
  }
  events.length = 0;
}
