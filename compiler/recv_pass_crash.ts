// OTP 25's compiler (compiler 8.2.3, the one Elixir 1.14 runs on here) crashes in its
// beam_ssa_recv pass on some receives of code Elixir compiles without the SSA optimisations
// ([no_bool_opt, no_ssa_opt]): a script's top level, a module body, and the fns written in them
// (a def's code is optimised and compiles). The pass looks for receives that wait for a
// reference made in the same function (make_ref, monitor, spawn_monitor, alias) and walks each
// such receive's matching code from its start, asserting that every instruction before the
// message is taken or skipped has no side effect. Unoptimised code breaks that assertion when a
// clause tests two or more conditions together: two bound variables (pins or a variable repeated
// in the pattern), a pin and a guard, or a guard of alternatives (`when a when b`). Then Elixir
// prints "internal error in pass beam_ssa_recv" and nothing of the file runs (a module body's
// error comes when the defmodule runs).
//
// This models the shapes where the crash is certain (each checked against elixir): the
// reference bound to a variable that is used again, made by an earlier expression of the same
// function (or of the same branch), and the receive's first clause testing two or more
// conditions, with no other clause the pass could walk first (a single clause, or others that
// are not tuples or are tuples of the first clause's size). Shapes it leaves out (a reference
// reaching a fn Erlang inlines, a later clause walked first) compile as if the pass had not
// crashed: a program Elixir rejects runs, never the other way round.
import type { Ast } from "../lang/ast.ts";
import { astKids, someNode } from "./ast_walk.ts";
import { blockItems, clausesOf, isCall, kwGet, varName, type Clause } from "./ast_util.ts";

/** OTP's message for the crash, as CompileError's description (the first 8 frames of the pass) */
export const RECV_PASS_CRASH =
  "internal error in pass beam_ssa_recv:\n" +
  "exception error: no match of right hand side value false\n" +
  "  in function  beam_ssa_recv:pu_is_ref_used_is/2 (beam_ssa_recv.erl, line 601)\n" +
  "  in call from beam_ssa_recv:pu_is_ref_used_in_1/3 (beam_ssa_recv.erl, line 565)\n" +
  "  in call from beam_ssa_recv:pu_ref_used_in/2 (beam_ssa_recv.erl, line 549)\n" +
  "  in call from beam_ssa_recv:pu_is_ref_used/4 (beam_ssa_recv.erl, line 525)\n" +
  "  in call from lists:search_1/2 (lists.erl, line 1532)\n" +
  "  in call from beam_ssa_recv:plan_uses_1/4 (beam_ssa_recv.erl, line 489)\n" +
  "  in call from beam_ssa_recv:'-plan_uses/3-anonymous-0-'/5 (beam_ssa_recv.erl, line 480)\n" +
  "  in call from maps:fold_1/3 (maps.erl, line 411)";

// forms whose code is compiled apart (a definition is optimised; a nested module is its own body)
const APART = new Set(["def", "defp", "defmacro", "defmacrop", "defguard", "defguardp", "defdelegate", "defmodule", "defimpl", "defprotocol", "quote"]);

/** whether OTP 25's beam_ssa_recv pass crashes on this unoptimised function body (top-level items) */
export function recvPassCrashes(items: Ast[]): boolean {
  return bodyCrashes(items, new Set(), 0);
}

// branches nested deeper are not looked into (code may nest 10,000 deep: compiler/ast_walk.ts)
const DEPTH = 100;

/** a function's body (or a branch of it), with the live references made before it */
function bodyCrashes(stmts: Ast[], refsBefore: ReadonlySet<string>, depth: number): boolean {
  if (depth > DEPTH) return false;
  const refs = new Set(refsBefore);
  for (let i = 0; i < stmts.length; i++) {
    const s = stmts[i];
    if (inlineCrashes(s, refs, depth)) return true;
    const made = refMadeBy(s);
    // (a reference nobody uses again is dropped with its call before the pass runs)
    if (made !== null && stmts.slice(i + 1).some((later) => usesVar(later, made))) refs.add(made);
  }
  return false;
}

/** the receives and nested functions of one expression, evaluated where it stands */
function inlineCrashes(expr: Ast, refs: ReadonlySet<string>, depth: number): boolean {
  let crashes = false;
  someNode(expr, (a) => {
    if (crashes) return true;
    if (a.t !== "call" || typeof a.name !== "string") return undefined;
    if (APART.has(a.name)) return false;
    if (a.name === "fn") {
      // each fn is a function of its own to OTP: references do not reach it here
      for (const c of clausesOf({ t: "list", items: a.args ?? [] }) ?? []) if (bodyCrashes(blockItems(c.body), new Set(), depth + 1)) crashes = true;
      return false;
    }
    if (a.name === "for") {
      const last = a.args?.[a.args.length - 1];
      const body = kwGet(last, "do");
      if (body !== undefined && bodyCrashes(blockItems(body), new Set(), depth + 1)) crashes = true;
      return false;
    }
    if (a.name === "receive" && refs.size > 0) {
      const clauses = clausesOf(kwGet(a.args?.[0], "do"));
      if (clauses !== null && clausesCrash(clauses)) crashes = true;
    }
    // a branch's expressions run in order after what came before it
    const blocks = branchBodies(a);
    if (blocks.length > 0) {
      for (const b of blocks) if (bodyCrashes(b, refs, depth + 1)) crashes = true;
      return false;
    }
    return undefined;
  });
  return crashes;
}

/** the do/else/after bodies and `->` clause bodies of case, if, receive, try, with, cond ... */
function branchBodies(a: Ast & { t: "call" }): Ast[][] {
  const out: Ast[][] = [];
  const kw = a.args?.[a.args.length - 1];
  if (kw === undefined || kw.t !== "list") return out;
  const heads = (a.args ?? []).slice(0, -1);
  if (heads.some((h) => someNode(h, (x) => (isCall(x, "receive") ? true : undefined)))) return out;
  for (const pair of kw.items) {
    if (pair.t !== "tuple" || pair.items.length !== 2 || pair.items[0].t !== "atom") return [];
    const v = pair.items[1];
    const clauses = clausesOf(v);
    if (clauses !== null) for (const c of clauses) out.push(blockItems(c.body));
    else out.push(blockItems(v));
  }
  return out;
}

/** whether the pass crashes on a receive with these clauses (see the file's comment) */
function clausesCrash(clauses: Clause[]): boolean {
  const [first, ...others] = clauses;
  if (first.args.length !== 1 || conditions(first) < 2) return false;
  const size = first.args[0].t === "tuple" ? first.args[0].items.length : -1;
  return others.every((c) => {
    const p = c.args[0];
    if (p === undefined) return false;
    if (p.t === "tuple") return p.items.length === size;
    return p.t === "atom" || p.t === "int" || p.t === "str";
  });
}

/** the conditions a clause tests together: bound variables in its pattern and its guards */
function conditions(c: Clause): number {
  let n = 0;
  const seen = new Map<string, number>();
  const todo: Ast[] = [c.args[0]];
  while (todo.length > 0) {
    const a = todo.pop()!;
    if (a.t === "call") {
      // a binary's segments are matched, not compared; a map's keys are looked up
      if (a.name === "<<>>") continue;
      if (a.name === "%{}") {
        for (const pair of a.args ?? []) todo.push(pair.t === "tuple" && pair.items.length === 2 ? pair.items[1] : pair);
        continue;
      }
      if (a.name === "^") {
        n++;
        continue;
      }
      const v = varName(a);
      if (v !== null) {
        if (v !== "_") seen.set(v, (seen.get(v) ?? 0) + 1);
        continue;
      }
    }
    todo.push(...astKids(a));
  }
  for (const k of seen.values()) n += k - 1;
  for (let g = c.guard; g !== null; ) {
    n++;
    g = isCall(g, "when") && g.args?.length === 2 ? g.args[1] : null;
  }
  return n;
}

/** `ref = make_ref()`, `ref = Process.monitor(pid)`, `{pid, ref} = spawn_monitor(...)` ...: ref */
function refMadeBy(s: Ast): string | null {
  if (!isCall(s, "=") || s.args?.length !== 2) return null;
  const [lhs, rhs0] = s.args;
  const rhs = piped(rhs0);
  if (rhs === null) return null;
  const [mod, fun, arity] = rhs;
  const lhsVar = varName(lhs);
  if (lhsVar !== null && lhsVar !== "_" && !lhsVar.startsWith("_")) {
    if (fun === "make_ref" && arity === 0 && (mod === null || mod === "Kernel" || mod === "erlang")) return lhsVar;
    if (fun === "monitor" && ((mod === "Process" && arity === 1) || (mod === "erlang" && (arity === 2 || arity === 3)))) return lhsVar;
    if (fun === "alias" && mod === "erlang" && arity <= 1) return lhsVar;
    return null;
  }
  if (fun === "spawn_monitor" && (mod === null || mod === "Kernel" || mod === "erlang") && lhs.t === "tuple" && lhs.items.length === 2) {
    const r = varName(lhs.items[1]);
    if (r !== null && !r.startsWith("_")) return r;
  }
  return null;
}

/** the module (null: a local call), name and arity of a call, a pipe's last call included */
function piped(a: Ast): [string | null, string, number] | null {
  let extra = 0;
  while (isCall(a, "|>") && a.args?.length === 2) {
    a = a.args[1];
    extra = 1;
  }
  if (a.t !== "call" || a.args === null) return null;
  const arity = a.args.length + extra;
  if (typeof a.name === "string") return [null, a.name, arity];
  const dot = a.name;
  if (!isCall(dot, ".") || dot.args?.length !== 2 || dot.args[1].t !== "atom") return null;
  const m = dot.args[0];
  const mod = m.t === "atom" ? m.v : isCall(m, "__aliases__") && m.args?.length === 1 && m.args[0].t === "atom" ? m.args[0].v : undefined;
  return mod === undefined ? null : [mod, dot.args[1].v, arity];
}

function usesVar(a: Ast, name: string): boolean {
  return someNode(a, (x) => (x.t === "call" && x.name === name && x.args === null ? true : undefined));
}
