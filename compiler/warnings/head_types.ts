// Elixir 1.14's type checker (Module.Types) on a definition's head: its patterns and guards, as
// Module.Types.Pattern.of_head walks them, then on its body as Expr.of_expr walks it (matches,
// literals, containers, binaries, calls, and the clauses of case, cond, if, fn and the like), up to
// the first statement it does not model. Each variable gets a type variable; patterns and guard
// calls unify types with it (a guard function's signature, the type a type check gives); the first
// conflict is the clause's warning: "incompatible types" (two types that do not unify) or
// "expected M.f/n to have signature" (a guard function given arguments its signature does not
// take), with the trace of each type a variable was given. This follows the checker's own rules
// (unify, subtype, unions, traces, how `or` merges what its sides learnt) so its warnings are
// Elixir's, text for text. A head with something not modelled here (a call of a defguard, a pin)
// is not checked (null), so that it never warns where Elixir does not.
//
// The head is first written as Elixir's expander leaves it (head_quoted.ts): guards as :erlang
// calls, `in` unrolled, binaries with their segment types.
import type { Term } from "../../vm/terms.ts";
import { macroToString } from "../../vm/bifs/macro_to_string.ts";
import { type Q, type Seg, qToTerm, Unmodelled, kernelNameOf, BITWISE_FUNS } from "./head_quoted.ts";

/** Module.Types' types */
export type T =
  | "dynamic" | "integer" | "float" | "binary" | "atom" | "pid" | "port" | "reference" | "tuple" | "fun"
  | { k: "var"; i: number }
  | { k: "atom"; v: string }
  | { k: "list"; t: T }
  | { k: "tuple"; n: number; ts: T[] }
  | { k: "map"; pairs: Pair[] }
  | { k: "union"; ts: T[] };
type Pair = [kind: "required" | "optional", key: T, value: T];

const BOOL: T = { k: "union", ts: [{ k: "atom", v: "true" }, { k: "atom", v: "false" }] };
const OPEN_PAIR: Pair = ["optional", "dynamic", "dynamic"];
const MAP: T = { k: "map", pairs: [OPEN_PAIR] };
/** __STACKTRACE__'s type: [{atom(), atom(), integer(), [{:file, [integer()]} | {:line, integer()}]}] */
const STACKTRACE: T = { k: "list", t: { k: "tuple", n: 4, ts: ["atom", "atom", "integer", { k: "list", t: { k: "union", ts: [
  { k: "tuple", n: 2, ts: [{ k: "atom", v: "file" }, { k: "list", t: "integer" }] }, { k: "tuple", n: 2, ts: [{ k: "atom", v: "line" }, "integer"] }] } }] } };

function eq(a: T, b: T): boolean {
  if (a === b) return true;
  if (typeof a === "string" || typeof b === "string") return false;
  if (a.k !== b.k) return false;
  switch (a.k) {
    case "var": return a.i === (b as typeof a).i;
    case "atom": return a.v === (b as typeof a).v;
    case "list": return eq(a.t, (b as typeof a).t);
    case "tuple": { const y = b as typeof a; return a.n === y.n && a.ts.length === y.ts.length && a.ts.every((t, i) => eq(t, y.ts[i])); }
    case "union": { const y = b as typeof a; return a.ts.length === y.ts.length && a.ts.every((t, i) => eq(t, y.ts[i])); }
    case "map": {
      const y = b as typeof a;
      return a.pairs.length === y.pairs.length && a.pairs.every((p, i) => p[0] === y.pairs[i][0] && eq(p[1], y.pairs[i][1]) && eq(p[2], y.pairs[i][2]));
    }
  }
}

interface Trace { type: T; expr: Q | null; line: number | undefined }

/** the checker's context: persistent (copied on write), as the checker goes back to an earlier
 *  one (an `or`'s sides, a signature's clauses tried one by one) */
interface Ctx {
  vars: Map<string, T>;
  typesToVars: Map<number, Q>;
  types: Map<number, T | null>; // null: unbound
  traces: Map<number, Trace[]>;
  counter: number;
  guardSources: Map<number, "guarded" | "fail">;
}

interface Stack {
  unifyStack: number[];
  lastExpr: Q | null;
  trace: boolean;
  typeGuards: [consider: boolean, keepGuarded: boolean];
  /** a body's expressions (the checker's :expr context: a binary segment's types differ) */
  expr?: boolean;
}

type Fail =
  | { kind: "unify"; left: T; right: T; stack: Stack; ctx: Ctx }
  | { kind: "apply"; fun: string; arity: number; args: T[]; expected: T; signature: Sig; stack: Stack; ctx: Ctx };

class TypeFail {
  constructor(readonly fail: Fail) {}
}


const withTypes = (c: Ctx, i: number, t: T | null): Ctx => ({ ...c, types: new Map(c.types).set(i, t) });

function unifyError(left: T, right: T, stack: Stack, ctx: Ctx): never {
  throw new TypeFail({ kind: "unify", left, right, stack, ctx });
}

function traceVar(v: number, type: T, stack: Stack, ctx: Ctx): Ctx {
  if (!stack.trace) return ctx;
  const t: Trace = { type, expr: stack.lastExpr, line: stack.lastExpr ? lineOfQ(stack.lastExpr) : undefined };
  return { ...ctx, traces: new Map(ctx.traces).set(v, [t, ...(ctx.traces.get(v) ?? [])]) };
}

function refineVar(v: number, type: T, stack: Stack, ctx: Ctx): Ctx {
  return traceVar(v, type, stack, withTypes(ctx, v, type));
}

function variableSame(left: number, right: number, ctx: Ctx, depth = 0): boolean {
  if (depth > 1000) throw new Unmodelled();
  const l = ctx.types.get(left);
  if (l && typeof l !== "string" && l.k === "var") return variableSame(l.i, right, ctx, depth + 1);
  const r = ctx.types.get(right);
  if (r && typeof r !== "string" && r.k === "var") return variableSame(left, r.i, ctx, depth + 1);
  return false;
}

function recursiveType(t: T, parents: T[], ctx: Ctx): boolean {
  if (parents.length > 200) throw new Unmodelled();
  if (typeof t === "string") return false;
  switch (t.k) {
    case "var": {
      const type = ctx.types.get(t.i);
      if (type === null || type === undefined) return false;
      if (!parents.some((p) => eq(p, type))) return recursiveType(type, [t, ...parents], ctx);
      return !parents.every((p) => typeof p !== "string" && p.k === "var");
    }
    case "list": return recursiveType(t.t, [t, ...parents], ctx);
    case "union": return t.ts.some((x) => recursiveType(x, [t, ...parents], ctx));
    case "tuple": return t.ts.some((x) => recursiveType(x, [t, ...parents], ctx));
    case "map": return t.pairs.some(([, k, v]) => recursiveType(k, [t, ...parents], ctx) || recursiveType(v, [t, ...parents], ctx));
    default: return false;
  }
}

function unifyVar(v: number, type: T, stack: Stack, ctx: Ctx, varSource: boolean): [T, Ctx] {
  if (type === "dynamic") return [{ k: "var", i: v }, ctx];
  const varType = ctx.types.get(v);
  if (varType === undefined) throw new Unmodelled();
  if (varType === null) {
    ctx = refineVar(v, type, stack, ctx);
    stack = { ...stack, unifyStack: [v, ...stack.unifyStack] };
    if (!recursiveType(type, [], ctx)) return [{ k: "var", i: v }, ctx];
    return varSource ? unifyError({ k: "var", i: v }, type, stack, ctx) : unifyError(type, { k: "var", i: v }, stack, ctx);
  }
  if (typeof varType !== "string" && varType.k === "var") {
    const newVar = varType.i;
    if (recursiveType(varType, [], ctx)) return [varType, withTypes(ctx, v, varType)];
    try {
      return varSource ? unify(varType, type, stack, ctx) : unify(type, varType, stack, ctx);
    } catch (e) {
      if (!(e instanceof TypeFail)) throw e;
      const ec = e.fail.ctx;
      const old = ctx.traces.get(newVar) ?? [];
      const added = (ec.traces.get(newVar) ?? []).slice(0, Math.max(0, (ec.traces.get(newVar) ?? []).length - old.length));
      const traces = new Map(ec.traces);
      traces.set(v, ec.traces.has(v) ? [...added, ...ec.traces.get(v)!] : added);
      traces.set(newVar, old);
      throw new TypeFail({ ...e.fail, ctx: { ...ec, traces } });
    }
  }
  if (!stack.unifyStack.some((x) => variableSame(v, x, ctx))) ctx = traceVar(v, type, stack, ctx);
  stack = { ...stack, unifyStack: [v, ...stack.unifyStack] };
  const [res, c2] = varSource ? unify(varType, type, stack, ctx) : unify(type, varType, stack, ctx);
  if (typeof res !== "string" && res.k === "var" && res.i === v) return [{ k: "var", i: v }, c2];
  return [{ k: "var", i: v }, refineVar(v, res, stack, c2)];
}

function unify(source: T, target: T, stack: Stack, ctx: Ctx): [T, Ctx] {
  if (eq(source, target)) return [source, ctx];
  if (typeof source !== "string" && source.k === "var") return unifyVar(source.i, target, stack, ctx, true);
  if (typeof target !== "string" && target.k === "var") return unifyVar(target.i, source, stack, ctx, false);
  if (typeof source !== "string" && typeof target !== "string") {
    if (source.k === "tuple" && target.k === "tuple" && source.n === target.n) {
      const out: T[] = [];
      for (let i = 0; i < Math.min(source.ts.length, target.ts.length); i++) {
        let t: T;
        [t, ctx] = unify(source.ts[i], target.ts[i], stack, ctx);
        out.push(t);
      }
      return [{ k: "tuple", n: source.n, ts: out }, ctx];
    }
    if (source.k === "list" && target.k === "list") {
      const [t, c] = unify(source.t, target.t, stack, ctx);
      return [{ k: "list", t }, c];
    }
    if (source.k === "map" && target.k === "map") return unifyMaps(source.pairs, target.pairs, stack, ctx);
  }
  if (target === "dynamic") return [source, ctx];
  if (source === "dynamic") return [target, ctx];
  if (typeof source !== "string" && source.k === "union") {
    const out: T[] = [];
    for (const t of source.ts) {
      let r: T;
      [r, ctx] = unify(t, target, stack, ctx);
      out.push(r);
    }
    return [toUnion(out, ctx), ctx];
  }
  if (typeof target !== "string" && target.k === "union" && hasUnboundVar(target, ctx)) return [source, ctx];
  if (subtype(source, target, ctx)) return [source, ctx];
  return unifyError(source, target, stack, ctx);
}

function tryUnify(source: T, target: T, stack: Stack, ctx: Ctx): [T, Ctx] | null {
  try {
    return unify(source, target, stack, ctx);
  } catch (e) {
    if (e instanceof TypeFail) return null;
    throw e;
  }
}

function unifyMaps(sourcePairs: Pair[], targetPairs: Pair[], stack: Stack, ctx: Ctx): [T, Ctx] {
  const sReq = sourcePairs.filter((p) => p[0] === "required"), sOpt = sourcePairs.filter((p) => p[0] !== "required");
  const tReq = targetPairs.filter((p) => p[0] === "required"), tOpt = targetPairs.filter((p) => p[0] !== "required");
  const noMatch = () => unifyError({ k: "map", pairs: sourcePairs }, { k: "map", pairs: targetPairs }, stack, ctx);
  // each required pair of one side meets a pair of the other whose key unifies
  const required = (pairs: Pair[], others: Pair[], sourceSide: boolean): Pair[] => {
    const out: Pair[] = [];
    for (const [, key, value] of pairs) {
      let found: Pair | null = null;
      for (const other of others) {
        const k = sourceSide ? tryUnify(key, other[1], stack, ctx) : tryUnify(other[1], key, stack, ctx);
        if (!k) continue;
        const v = sourceSide ? tryUnify(value, other[2], stack, k[1]) : tryUnify(other[2], value, stack, k[1]);
        if (!v) {
          const s: T = sourceSide ? { k: "map", pairs: [["required", key, value]] } : { k: "map", pairs: [[other[0], other[1], other[2]]] };
          const t: T = sourceSide ? { k: "map", pairs: [[other[0], other[1], other[2]]] } : { k: "map", pairs: [["required", key, value]] };
          unifyError(s, t, stack, k[1]);
        }
        ctx = v[1];
        found = ["required", k[0], v[0]];
        break;
      }
      if (!found) noMatch();
      out.push(found!);
    }
    return out;
  };
  const optional = (pairs: Pair[], others: Pair[], sourceSide: boolean): Pair[] => {
    const out: Pair[] = [];
    for (const [, key, value] of pairs) {
      for (const other of others) {
        const k = sourceSide ? tryUnify(key, other[1], stack, ctx) : tryUnify(other[1], key, stack, ctx);
        if (!k) continue;
        const v = sourceSide ? tryUnify(value, other[2], stack, k[1]) : tryUnify(other[2], value, stack, k[1]);
        if (!v) {
          const a: T = { k: "map", pairs: [["optional", sourceSide ? key : other[1], sourceSide ? value : other[2]]] };
          const b: T = { k: "map", pairs: [["optional", sourceSide ? other[1] : key, sourceSide ? other[2] : value]] };
          unifyError(a, b, stack, k[1]);
        }
        ctx = v[1];
        out.push(["optional", k[0], v[0]]);
        break;
      }
    }
    return out;
  };
  const a = required(sReq, targetPairs, true);
  const b = required(tReq, sourcePairs, false);
  const c = optional(sOpt, tOpt, true);
  const d = optional(tOpt, sOpt, false);
  const pairs: Pair[] = [];
  for (const p of [...a, ...b, ...c, ...d]) if (!pairs.some((q) => q[0] === p[0] && eq(q[1], p[1]) && eq(q[2], p[2]))) pairs.push(p);
  return [{ k: "map", pairs }, ctx];
}

function subtype(a: T, b: T, ctx: Ctx): boolean {
  if (eq(a, b)) return true;
  if (typeof a !== "string" && a.k === "var") {
    const t = ctx.types.get(a.i);
    return t === null || t === undefined ? false : subtype(t, b, ctx);
  }
  if (typeof b !== "string" && b.k === "var") {
    const t = ctx.types.get(b.i);
    return t === null || t === undefined ? false : subtype(a, t, ctx);
  }
  if (b === "dynamic") return true;
  if (typeof a !== "string" && a.k === "atom" && b === "atom") return true;
  if (typeof a !== "string" && a.k === "tuple" && b === "tuple") return true;
  if (typeof a !== "string" && typeof b !== "string") {
    if (a.k === "tuple" && b.k === "tuple" && a.n === b.n) return a.ts.every((t, i) => i >= b.ts.length || subtype(t, b.ts[i], ctx));
    if (a.k === "map" && b.k === "map")
      return a.pairs.every(([kind, lk, lv]) => kind === "optional" || b.pairs.some(([, rk, rv]) => subtype(lk, rk, ctx) && subtype(lv, rv, ctx)));
    if (a.k === "list" && b.k === "list") return subtype(a.t, b.t, ctx);
    if (a.k === "union" && b.k === "union") return a.ts.every((t) => subtype(t, b, ctx));
  }
  if (typeof b !== "string" && b.k === "union") return b.ts.some((t) => subtype(a, t, ctx));
  if (typeof a !== "string" && a.k === "union") return a.ts.every((t) => subtype(t, b, ctx));
  return false;
}

function unnest(ts: T[]): T[] {
  return ts.flatMap((t) => (typeof t !== "string" && t.k === "union" ? unnest(t.ts) : [t]));
}

function uniqueSuperTypes(ts: T[], ctx: Ctx): T[] {
  const out: T[] = [];
  let rest = ts;
  while (rest.length > 0) {
    const [type, ...others] = rest;
    const kept = others.filter((x) => !subtype(x, type, ctx));
    if (!kept.some((x) => subtype(type, x, ctx))) out.push(type);
    rest = kept;
  }
  return out;
}

function toUnion(ts: T[], ctx: Ctx): T {
  if (ts.length === 1) return ts[0];
  const u = uniqueSuperTypes(unnest(ts), ctx);
  return u.length === 1 ? u[0] : { k: "union", ts: u };
}

function hasUnboundVar(t: T, ctx: Ctx, depth = 0): boolean {
  if (depth > 200) throw new Unmodelled();
  if (typeof t === "string") return false;
  switch (t.k) {
    case "var": {
      const x = ctx.types.get(t.i);
      return x === null || x === undefined ? true : hasUnboundVar(x, ctx, depth + 1);
    }
    case "list": return hasUnboundVar(t.t, ctx, depth + 1);
    case "tuple": case "union": return t.ts.some((x) => hasUnboundVar(x, ctx, depth + 1));
    case "map": return t.pairs.some(([, k, v]) => hasUnboundVar(k, ctx, depth + 1) || hasUnboundVar(v, ctx, depth + 1));
    default: return false;
  }
}

function singleton(t: T, ctx: Ctx): boolean {
  if (typeof t !== "string" && t.k === "var") {
    const x = ctx.types.get(t.i);
    return x === null || x === undefined ? false : singleton(x, ctx);
  }
  return typeof t !== "string" && t.k === "atom";
}

// flatten_union: a type as the list of the types its unions stand for (an Elixir list inside is
// kept as a JS array, as the checker keeps it)
type Flat = T | Flat[];
function doFlatten(t: T, ctx: Ctx, depth = 0): Flat {
  if (depth > 200) throw new Unmodelled();
  if (typeof t === "string") return t;
  switch (t.k) {
    case "tuple": return flattenTuple(t.ts, t.n, ctx, [], depth);
    case "list": {
      const inner = doFlatten(t.t, ctx, depth + 1);
      if (!Array.isArray(inner) && typeof inner !== "string" && inner.k === "union") return inner.ts.map((x) => ({ k: "list", t: x }) as T);
      return [{ k: "list", t: t.t }];
    }
    case "map": return flattenMap(t.pairs, ctx, [], depth);
    case "var": {
      if (loopingVar(t.i, ctx, [])) return t;
      const x = ctx.types.get(t.i);
      if (x === null || x === undefined) return t;
      if (typeof x !== "string" && x.k === "union") return x.ts.map((y) => doFlatten(y, ctx, depth + 1));
      return doFlatten(x, ctx, depth + 1);
    }
    default: return t;
  }
}

function flattenTuple(types: T[], n: number, ctx: Ctx, acc: Flat[], depth: number): Flat[] {
  if (types.length === 0) return [{ k: "tuple", n, ts: [...acc].reverse() as T[] }];
  const [type, ...rest] = types;
  const f = doFlatten(type, ctx, depth + 1);
  if (!Array.isArray(f) && typeof f !== "string" && f.k === "union") return f.ts.flatMap((x) => flattenTuple(rest, n, ctx, [x, ...acc], depth));
  return flattenTuple(rest, n, ctx, [f, ...acc], depth);
}

function flattenMap(pairs: Pair[], ctx: Ctx, acc: Pair[], depth: number): Flat[] {
  if (pairs.length === 0) return [{ k: "map", pairs: [...acc].reverse() }];
  const [[kind, key, value], ...rest] = pairs;
  const withValue = (k: T): Flat[] => {
    const v = doFlatten(value, ctx, depth + 1);
    if (!Array.isArray(v) && typeof v !== "string" && v.k === "union") return v.ts.flatMap((x) => flattenMap(rest, ctx, [[kind, k, x], ...acc], depth));
    return flattenMap(rest, ctx, [[kind, k, asType(v)], ...acc], depth);
  };
  const k = doFlatten(key, ctx, depth + 1);
  if (!Array.isArray(k) && typeof k !== "string" && k.k === "union") return k.ts.flatMap(withValue);
  return withValue(asType(k));
}

function loopingVar(v: number, ctx: Ctx, parents: number[]): boolean {
  const t = ctx.types.get(v);
  if (t === null || t === undefined || typeof t === "string" || t.k !== "var") return false;
  if (parents.includes(v)) return true;
  return loopingVar(t.i, ctx, [v, ...parents]);
}

function flattenUnion(t: T, ctx: Ctx): Flat[] {
  if (typeof t !== "string" && t.k === "union") return t.ts.flatMap((x) => flattenUnion(x, ctx));
  const f = doFlatten(t, ctx);
  return Array.isArray(f) ? f : [f];
}

function asType(f: Flat): T {
  if (Array.isArray(f)) throw new Unmodelled();
  return f;
}

// ---------------------------------------------------------------------------------------------
// patterns and guards (Module.Types.Pattern)

type Sig = [params: T[], ret: T][];
const I = "integer", F = "float";
const NUM: T = { k: "union", ts: [I, F] };
const ARITH: Sig = [[[I, I], I], [[F, NUM], F], [[NUM, F], F]];
const CMP: Sig = [[["dynamic", "dynamic"], BOOL]];
const check = (t: T): Sig => [[[t], BOOL]];
const GUARDS: Record<string, Sig> = {
  "abs/1": [[[I], I], [[NUM], F]], "is_pid/1": check("pid"), "bit_size/1": [[["binary"], I]], "is_float/1": check(F),
  "is_atom/1": check("atom"), "tl/1": [[[{ k: "list", t: "dynamic" }], "dynamic"]], "map_size/1": [[[MAP], I]],
  "=:=/2": CMP, "==/2": CMP, "xor/2": [[[BOOL, BOOL], BOOL]], "bnot/1": [[[I], I]], "length/1": [[[{ k: "list", t: "dynamic" }], I]],
  "round/1": [[[NUM], I]], "=</2": CMP, "is_boolean/1": check(BOOL), "div/2": [[[I, I], I]], "floor/1": [[[NUM], I]],
  "</2": CMP, "not/1": [[[BOOL], BOOL]], "is_bitstring/1": check("binary"), "binary_part/3": [[["binary", I, I], "binary"]],
  "rem/2": [[[I, I], I]], "is_list/1": check({ k: "list", t: "dynamic" }), "is_function/1": check("fun"), "-/2": ARITH, "*/2": ARITH,
  "is_binary/1": check("binary"), "map_get/2": [[["dynamic", MAP], "dynamic"]], "-/1": [[[I], I], [[NUM], F]], "bxor/2": [[[I, I], I]],
  "node/1": [[[{ k: "union", ts: ["pid", "reference", "port"] }], "atom"]], "is_map/1": check(MAP), "band/2": [[[I, I], I]],
  "and/2": [[[BOOL, BOOL], BOOL]], "=/=/2": CMP, "element/2": [[[I, "tuple"], "dynamic"]], "+/2": ARITH, "node/0": [[[], "atom"]],
  "trunc/1": [[[NUM], I]], "self/0": [[[], "pid"]], "+/1": [[[I], I], [[NUM], F]], "/=/2": CMP, "is_port/1": check("port"),
  "byte_size/1": [[["binary"], I]], ">=/2": CMP, "ceil/1": [[[NUM], I]], "size/1": [[[{ k: "union", ts: ["binary", "tuple"] }], BOOL]],
  ">/2": CMP, "is_map_key/2": [[["dynamic", MAP], "dynamic"]], "is_tuple/1": check("tuple"), "bor/2": [[[I, I], I]],
  "is_function/2": [[["fun", I], BOOL]], "bsl/2": [[[I, I], I]], "hd/1": [[[{ k: "list", t: "dynamic" }], "dynamic"]],
  "bsr/2": [[[I, I], I]], "is_number/1": check(NUM), "tuple_size/1": [[["tuple"], I]], "is_reference/1": check("reference"),
  "or/2": [[[BOOL, BOOL], BOOL]], "//2": ARITH, "is_integer/1": check(I),
};
const TYPE_GUARDS = new Set(["is_atom", "is_binary", "is_bitstring", "is_boolean", "is_float", "is_function", "is_integer", "is_list",
  "is_map", "is_number", "is_pid", "is_port", "is_reference", "is_tuple"]);

export function lineOfQ(q: Q): number | undefined {
  return "line" in q ? q.line : undefined;
}

function newVar(v: Q & { k: "var" }, ctx: Ctx): [T, Ctx] {
  const known = ctx.vars.get(v.key);
  if (known) return [known, ctx];
  const type: T = { k: "var", i: ctx.counter };
  return [type, {
    ...ctx,
    vars: new Map(ctx.vars).set(v.key, type),
    typesToVars: new Map(ctx.typesToVars).set(ctx.counter, v),
    types: new Map(ctx.types).set(ctx.counter, null),
    traces: new Map(ctx.traces).set(ctx.counter, []),
    counter: ctx.counter + 1,
  }];
}

type OfFun = (q: Q, stack: Stack, ctx: Ctx) => [T, Ctx];

function ofPattern(q: Q, stack: Stack, ctx: Ctx): [T, Ctx] {
  switch (q.k) {
    case "_": return ["dynamic", ctx];
    case "pin": {
      const t = ctx.vars.get(q.v.key);
      if (!t) throw new Unmodelled();
      return [t, ctx];
    }
    case "var": return newVar(q, ctx);
    case "match": {
      stack = { ...stack, lastExpr: q };
      let l: T, r: T;
      [l, ctx] = ofPattern(q.left, stack, ctx);
      [r, ctx] = ofPattern(q.right, stack, ctx);
      return unify(l, r, stack, ctx);
    }
    case "struct": {
      if (q.module === null) {
        stack = { ...stack, lastExpr: q };
        const [m, c] = openMap(q.pairs, stack, ctx, ofPattern);
        return [{ k: "map", pairs: [["required", { k: "atom", v: "__struct__" }, "atom"], ...(m as { pairs: Pair[] }).pairs] }, c];
      }
      if (typeof q.module !== "string") throw new Unmodelled();
      return ofShared(q, stack, ctx, ofPattern);
    }
    default: return ofShared(q, stack, ctx, ofPattern);
  }
}

function ofShared(q: Q, stack: Stack, ctx: Ctx, of: OfFun): [T, Ctx] {
  switch (q.k) {
    case "atom": return [{ k: "atom", v: q.v }, ctx];
    case "int": return ["integer", ctx];
    case "float": return ["float", ctx];
    case "str": return ["binary", ctx];
    case "bin": return [ "binary", ofBinary(q.segs, { ...stack, lastExpr: q }, ctx, of) ];
    case "list": {
      if (q.items.length === 0 && q.tail === null) return [{ k: "list", t: "dynamic" }, ctx];
      stack = { ...stack, lastExpr: q };
      const types: T[] = [];
      const items = q.tail === null ? q.items : q.items.slice(0, -1);
      for (const x of items) {
        let t: T;
        [t, ctx] = of(x, stack, ctx);
        types.push(t);
      }
      if (q.tail !== null) {
        // the last element `h | t` (the checker's {:|, _, [h, t]})
        const h = q.items[q.items.length - 1];
        const s2 = { ...stack, lastExpr: { k: "cons", head: h, tail: q.tail } as Q };
        let l: T, r: T;
        [l, ctx] = of(h, s2, ctx);
        if (q.tail.k === "list" && q.tail.items.length === 0 && q.tail.tail === null) types.push(l);
        else {
          [r, ctx] = of(q.tail, s2, ctx);
          types.push(toUnion([l, typeof r !== "string" && r.k === "list" ? r.t : r], ctx));
        }
      }
      return [{ k: "list", t: toUnion(types, ctx) }, ctx];
    }
    case "tuple": {
      stack = { ...stack, lastExpr: q };
      const types: T[] = [];
      for (const x of q.items) {
        let t: T;
        [t, ctx] = of(x, stack, ctx);
        types.push(t);
      }
      return [{ k: "tuple", n: types.length, ts: types }, ctx];
    }
    case "map": {
      stack = { ...stack, lastExpr: q };
      return openMap(q.pairs, stack, ctx, of);
    }
    case "struct": {
      stack = { ...stack, lastExpr: q };
      if (typeof q.module !== "string" || !q.fields) throw new Unmodelled();
      const struct = structType(q.module, q.fields);
      let map: T;
      [map, ctx] = openMap(q.pairs, stack, ctx, of);
      return unify(map, struct, stack, ctx);
    }
    default: throw new Unmodelled();
  }
}

/** an expression of a body (the checker's Expr.of_expr): a match types its pattern, then its value,
 *  and unifies the value's type with the pattern's; a call types its arguments and is dynamic */
function ofExpr(q: Q, stack: Stack, ctx: Ctx): [T, Ctx] {
  switch (q.k) {
    case "var": {
      const t = ctx.vars.get(q.key);
      if (!t) throw new Unmodelled();
      return [t, ctx];
    }
    case "match": {
      stack = { ...stack, lastExpr: q };
      let l: T, r: T;
      [l, ctx] = ofPattern(q.left, { ...stack, expr: false }, ctx);
      [r, ctx] = ofExpr(q.right, stack, ctx);
      return unify(r, l, stack, ctx);
    }
    case "call": case "erl": {
      stack = { ...stack, lastExpr: q };
      if (q.k === "call" && q.fun !== null) [, ctx] = ofExpr(q.fun, stack, ctx);
      for (const a of q.args) [, ctx] = ofExpr(a, stack, ctx);
      return ["dynamic", ctx];
    }
    case "capture": return ["dynamic", ctx];
    case "clauses": {
      // (each clause from the context before it: what it binds or learns is forgotten after it)
      stack = { ...stack, lastExpr: q };
      if (q.subject !== null) [, ctx] = ofExpr(q.subject, stack, ctx);
      const headStack: Stack = { ...stack, expr: false };
      for (const c of q.clauses) {
        let inner = ctx;
        try {
          for (const p of c.patterns) [, inner] = ofPattern(p, headStack, inner);
          const g = guardsToOr(c.guards);
          if (g) [, inner] = ofGuard(g, "dynamic", headStack, inner);
        } catch (e) {
          if (e instanceof TypeFail && c.generated) continue;
          throw e;
        }
        if (c.test !== null) [, inner] = ofExpr(c.test, stack, inner);
        for (const b of c.body) [, inner] = ofExpr(b, stack, inner);
      }
      return ["dynamic", ctx];
    }
    case "dot": {
      // (the value a fresh type variable, of no name)
      stack = { ...stack, lastExpr: q };
      let target: T;
      [target, ctx] = ofExpr(q.map, stack, ctx);
      const value: T = { k: "var", i: ctx.counter };
      ctx = { ...ctx, types: new Map(ctx.types).set(ctx.counter, null), traces: new Map(ctx.traces).set(ctx.counter, []), counter: ctx.counter + 1 };
      [, ctx] = unify({ k: "map", pairs: [["required", { k: "atom", v: q.field }, value], OPEN_PAIR] }, target, stack, ctx);
      return [value, ctx];
    }
    case "stacktrace": return [STACKTRACE, ctx];
    case "dotcall": {
      stack = { ...stack, lastExpr: q };
      let target: T;
      [target, ctx] = ofExpr(q.recv, stack, ctx);
      [, ctx] = unify(target, "atom", stack, ctx);
      return ["dynamic", ctx];
    }
    case "flow": {
      let t: T = "dynamic";
      for (const step of q.steps) [t, ctx] = ofExpr(step, stack, ctx);
      return [q.block ? t : "dynamic", ctx];
    }
    case "gen": {
      stack = { ...stack, lastExpr: q };
      const headStack: Stack = { ...stack, expr: false };
      [, ctx] = ofPattern(q.pattern, headStack, ctx);
      const g = guardsToOr(q.guards);
      if (g) [, ctx] = ofGuard(g, "dynamic", headStack, ctx);
      [, ctx] = ofExpr(q.expr, stack, ctx);
      return ["dynamic", ctx];
    }
    case "map": return closedMap(q.pairs, { ...stack, lastExpr: q }, ctx);
    case "update": {
      // (the map unified with one having the keys updated, then those keys' values replaced)
      stack = { ...stack, lastExpr: q };
      let target: T, closed: T, t: T;
      [target, ctx] = ofExpr(q.map, stack, ctx);
      [closed, ctx] = closedMap(q.pairs, stack, ctx);
      const updates = (closed as { pairs: Pair[] }).pairs;
      [t, ctx] = unify(target, { k: "map", pairs: [...updates.map(([, k]): Pair => ["required", k, "dynamic"]), OPEN_PAIR] }, stack, ctx);
      const resolved = resolvedVar(t, ctx);
      if (typeof resolved === "string" || resolved.k !== "map") throw new Unmodelled();
      let pairs = resolved.pairs;
      for (const [, key, value] of updates) {
        const i = pairs.findIndex(([, k]) => eq(k, key));
        if (i >= 0) pairs = pairs.map((p, j): Pair => (j === i ? ["required", key, value] : p));
      }
      return [{ k: "map", pairs }, ctx];
    }
    case "structUpdate": {
      stack = { ...stack, lastExpr: q };
      let t: T;
      [t, ctx] = ofExpr(q.update, stack, ctx);
      return unify(t, structType(q.module, q.fields), stack, ctx);
    }
    default: return ofShared(q, stack, ctx, ofExpr);
  }
}

/** a map built: closed, its keys all known */
function closedMap(qpairs: [Q, Q][], stack: Stack, ctx: Ctx): [T, Ctx] {
  let pairs: [T, T][];
  [pairs, ctx] = typedPairs(qpairs, stack, ctx, ofExpr);
  if (pairs.length === 1) return [{ k: "map", pairs: [["required", pairs[0][0], pairs[0][1]]] }, ctx];
  const unbound = pairs.some(([k]) => hasUnboundVar(k, ctx));
  const known = pairs.filter(([k]) => !hasUnboundVar(k, ctx));
  return [{ k: "map", pairs: pairsToUnions(unbound ? [["dynamic", "dynamic"], ...known] : known, ctx) }, ctx];
}

/** a type variable followed to what it is bound to (itself when unbound) */
function resolvedVar(t: T, ctx: Ctx, depth = 0): T {
  if (depth > 200) throw new Unmodelled();
  if (typeof t === "string" || t.k !== "var") return t;
  const bound = ctx.types.get(t.i);
  return bound === null || bound === undefined ? t : resolvedVar(bound, ctx, depth + 1);
}

/** a struct's type: its name and fields, each of any type */
function structType(module: string, fields: string[]): T {
  return { k: "map", pairs: [["required", { k: "atom", v: "__struct__" }, { k: "atom", v: module }], ...fields.map((f): Pair => ["required", { k: "atom", v: f }, "dynamic"])] };
}

/** a map's keys and values typed in order, each key before its value */
function typedPairs(qpairs: [Q, Q][], stack: Stack, ctx: Ctx, of: OfFun): [[T, T][], Ctx] {
  const pairs: [T, T][] = [];
  for (const [k, v] of qpairs) {
    let kt: T, vt: T;
    [kt, ctx] = of(k, stack, ctx);
    [vt, ctx] = of(v, stack, ctx);
    pairs.push([kt, vt]);
  }
  return [pairs, ctx];
}

function openMap(qpairs: [Q, Q][], stack: Stack, ctx: Ctx, of: OfFun): [T, Ctx] {
  let pairs: [T, T][];
  [pairs, ctx] = typedPairs(qpairs, stack, ctx, of);
  const kept = pairs.filter(([k]) => !hasUnboundVar(k, ctx)).map(([k, v]): [T, T] =>
    singleton(k, ctx) || (typeof v !== "string" && v.k === "var") ? [k, v] : [k, toUnion([v, "dynamic"], ctx)]);
  return [{ k: "map", pairs: [...pairsToUnions(kept, ctx), OPEN_PAIR] }, ctx];
}

function pairsToUnions(pairs: [T, T][], ctx: Ctx): Pair[] {
  let ahead = pairs;
  let behind: [T, T][] = [];
  while (ahead.length > 0) {
    const [[key, value], ...rest] = ahead;
    const matched = rest.filter(([k]) => eq(k, key));
    if (matched.length > 0) ahead = rest.filter(([k]) => !eq(k, key));
    else ahead = rest;
    const values = [value, ...matched.map(([, v]) => v).reverse(),
      ...ahead.filter(([k]) => subtype(k, key, ctx)).map(([, v]) => v), ...behind.filter(([k]) => subtype(k, key, ctx)).map(([, v]) => v)];
    behind = [[key, toUnion(values, ctx)], ...behind];
  }
  // (Enum.sort by subtype?: keys of which none is a subtype of another come out reversed)
  if (behind.some(([a], i) => behind.some(([b], j) => i !== j && subtype(a, b, ctx)))) throw new Unmodelled();
  return behind.reverse().map(([k, v]) => ["required", k, v]);
}

const SEGMENT_TYPES: Record<string, { pattern: T; expr: T }> = {
  integer: { pattern: I, expr: I }, float: { pattern: F, expr: NUM },
  utf8: { pattern: I, expr: { k: "union", ts: [I, "binary"] } }, utf16: { pattern: I, expr: { k: "union", ts: [I, "binary"] } },
  utf32: { pattern: I, expr: { k: "union", ts: [I, "binary"] } },
  bits: { pattern: "binary", expr: "binary" }, bitstring: { pattern: "binary", expr: "binary" },
  bytes: { pattern: "binary", expr: "binary" }, binary: { pattern: "binary", expr: "binary" },
};

function ofBinary(segs: Seg[], stack: Stack, ctx: Ctx, of: OfFun): Ctx {
  const ell: Seg = { expr: { k: "ellipsis" }, types: [], spec: null, inferred: false, ellipsis: true };
  segs.forEach((seg, i) => {
    // (the segment shown with ... for the others, as the checker shows it)
    const shown = segs.length === 1 ? [seg] : i === 0 ? [seg, ell] : i === segs.length - 1 ? [ell, seg] : [ell, seg, ell];
    const s: Stack = { ...stack, lastExpr: { k: "bin", segs: shown, line: seg.line } };
    // (guards are checked in the checker's pattern context too)
    const spec = seg.types.find((t) => SEGMENT_TYPES[t]);
    const expected: T = spec ? SEGMENT_TYPES[spec][stack.expr ? "expr" : "pattern"] : I;
    const utf = seg.types.some((t) => t.startsWith("utf"));
    const float = seg.types.includes("float");
    if (!stack.expr && utf && seg.expr.k === "str") return;
    if (!stack.expr && float && seg.expr.k === "int") return;
    let t: T;
    [t, ctx] = of(seg.expr, s, ctx);
    [, ctx] = unify(t, expected, s, ctx);
  });
  return ctx;
}

function guardsToOr(guards: Q[]): Q | null {
  if (guards.length === 0) return null;
  return guards.reduce((acc, g) => ({ k: "erl", fun: "orelse", args: [g, acc], line: undefined }));
}

function varIndexesOfExpr(q: Q, ctx: Ctx): number[] {
  const found = new Map<number, true>();
  const walk = (x: Q): void => {
    switch (x.k) {
      case "var": {
        const t = ctx.vars.get(x.key);
        if (!t) throw new Unmodelled();
        collectVarIndexes(t, ctx, found);
        return;
      }
      case "erl": x.args.forEach(walk); return;
      case "dot": walk(x.map); return;
      case "list": x.items.forEach(walk); if (x.tail) walk(x.tail); return;
      case "tuple": x.items.forEach(walk); return;
      case "cons": walk(x.head); walk(x.tail); return;
      case "map": case "struct": x.pairs.forEach(([a, b]) => { walk(a); walk(b); }); return;
      case "bin": x.segs.forEach((s) => walk(s.expr)); return;
      default: return;
    }
  };
  walk(q);
  return [...found.keys()].sort((a, b) => a - b);
}

function collectVarIndexes(t: T, ctx: Ctx, acc: Map<number, true>, depth = 0): void {
  if (depth > 200) throw new Unmodelled();
  if (typeof t === "string") return;
  switch (t.k) {
    case "var":
      if (acc.has(t.i)) return;
      acc.set(t.i, true);
      {
        const x = ctx.types.get(t.i);
        if (x !== null && x !== undefined) collectVarIndexes(x, ctx, acc, depth + 1);
      }
      return;
    case "list": collectVarIndexes(t.t, ctx, acc, depth + 1); return;
    case "tuple": case "union": t.ts.forEach((x) => collectVarIndexes(x, ctx, acc, depth + 1)); return;
    case "map": t.pairs.forEach(([, k, v]) => { collectVarIndexes(k, ctx, acc, depth + 1); collectVarIndexes(v, ctx, acc, depth + 1); }); return;
    default: return;
  }
}

function restoreVar(v: number, newCtx: Ctx, oldCtx: Ctx): Ctx {
  if (!oldCtx.types.has(v) || !oldCtx.traces.has(v)) throw new Unmodelled();
  return { ...newCtx, types: new Map(newCtx.types).set(v, oldCtx.types.get(v)!), traces: new Map(newCtx.traces).set(v, oldCtx.traces.get(v)!) };
}

function typeOf(ctx: Ctx, i: number): T | null {
  const t = ctx.types.get(i);
  if (t === undefined) throw new Unmodelled();
  return t;
}

function mergeOr(leftIdx: number[], rightIdx: number[], ctx: Ctx, stack: Stack, left: Ctx, right: Ctx): Ctx {
  const differs = (i: number) => {
    const a = typeOf(left, i), b = typeOf(right, i);
    return a === null || b === null ? a !== b : !eq(a, b);
  };
  const ld = leftIdx.filter(differs), rd = rightIdx.filter(differs);
  if (ld.length === 1 && rd.length === 1 && ld[0] === rd[0]) {
    const i = ld[0];
    const lt = typeOf(left, i), rt = typeOf(right, i);
    if (lt === null) return refineVar(i, rt!, stack, left);
    if (rt === null) return left;
    if (left.guardSources.get(i) !== "fail") {
      const merged = new Map(left.guardSources);
      for (const [k, v] of right.guardSources) merged.set(k, merged.has(k) ? (merged.get(k) === "guarded" && v === "guarded" ? "guarded" : "fail") : v);
      return refineVar(i, toUnion([lt, rt], left), stack, { ...left, guardSources: merged });
    }
    return refineVar(i, lt, stack, { ...left, guardSources: new Map(left.guardSources).set(i, "fail") });
  }
  let out = left;
  for (const i of ld) if (left.guardSources.get(i) !== "fail") out = restoreVar(i, out, ctx);
  return out;
}

function ofGuard(q: Q, expected: T, stack: Stack, ctx: Ctx): [T, Ctx] {
  if (q.k === "erl" && q.fun === "andalso" && q.args.length === 2) {
    stack = { ...stack, lastExpr: q };
    let lt: T, rt: T;
    [lt, ctx] = ofGuard(q.args[0], BOOL, stack, ctx);
    [, ctx] = unify(lt, BOOL, stack, ctx);
    [rt, ctx] = ofGuard(q.args[1], "dynamic", { ...stack, typeGuards: [stack.typeGuards[0], true] }, ctx);
    return [toUnion([BOOL, rt], ctx), ctx];
  }
  if (q.k === "erl" && q.fun === "orelse" && q.args.length === 2) {
    stack = { ...stack, lastExpr: q };
    const li = varIndexesOfExpr(q.args[0], ctx), ri = varIndexesOfExpr(q.args[1], ctx);
    const [lt, lc] = ofGuard(q.args[0], BOOL, stack, ctx);
    const [, rc] = ofGuard(q.args[1], "dynamic", stack, ctx);
    ctx = mergeOr(li, ri, ctx, stack, lc, rc);
    [, ctx] = unify(lt, BOOL, stack, ctx);
    return [BOOL, ctx];
  }
  if (q.k === "erl" && (q.fun === "+" || q.fun === "-") && q.args.length === 1 && (q.args[0].k === "int" || q.args[0].k === "float"))
    return [q.args[0].k === "int" ? I : F, ctx];
  if (q.k === "erl" && q.fun === "==" && q.args.length === 2) {
    const [a, b] = q.args;
    if (a.k === "erl" && a.fun === "tuple_size" && a.args.length === 1 && a.args[0].k === "var" && b.k === "int") return ofTupleSize(a.args[0], Number(b.v), q, stack, ctx);
    if (b.k === "erl" && b.fun === "tuple_size" && b.args.length === 1 && b.args[0].k === "var" && a.k === "int") return ofTupleSize(b.args[0], Number(a.v), q, stack, ctx);
  }
  if (q.k === "erl") {
    const signature = GUARDS[`${q.fun}/${q.args.length}`];
    if (!signature) throw new Unmodelled();
    const typeGuard = TYPE_GUARDS.has(q.fun);
    const [consider, keepGuarded] = stack.typeGuards;
    if (typeGuard && !consider) return [BOOL, ctx];
    stack = { ...stack, lastExpr: q };
    const clauses = signature.filter(([, ret]) => tryUnify(ret, expected, stack, ctx) !== null);
    const paramUnions = zipMany(clauses.map(([ps]) => ps)).map((ts) => toUnion(ts, ctx));
    const argStack: Stack = { ...stack, typeGuards: [false, keepGuarded] };
    // (Enum.zip: no clause returning what is expected, no argument checked)
    const argTypes: T[] = [];
    for (let i = 0; i < Math.min(q.args.length, paramUnions.length); i++) {
      let t: T;
      [t, ctx] = ofGuard(q.args[i], paramUnions[i], argStack, ctx);
      argTypes.push(t);
    }
    let ret: T;
    [ret, ctx] = typeGuard ? unifyTypeGuardCall(argTypes, clauses, stack, ctx) : unifyCall(argTypes, clauses, expected, q.fun, q.args.length, signature, stack, ctx);
    return [ret, { ...ctx, guardSources: guardSources(argTypes, typeGuard, keepGuarded, ctx) }];
  }
  if (q.k === "dot") return ofGuard({ k: "erl", fun: "map_get", args: [{ k: "atom", v: q.field }, q.map], line: q.line }, expected, stack, ctx);
  if (q.k === "var") {
    const t = ctx.vars.get(q.key);
    if (!t) throw new Unmodelled();
    return [t, ctx];
  }
  return ofShared(q, stack, ctx, (x, s, c) => ofGuard(x, "dynamic", s, c));
}

function zipMany(lists: T[][]): T[][] {
  // (Helpers.zip_many: the i-th items of lists that have one)
  const n = Math.max(0, ...lists.map((l) => l.length));
  const out: T[][] = [];
  for (let i = 0; i < n; i++) out.push(lists.filter((l) => i < l.length).map((l) => l[i]));
  return out;
}

function ofTupleSize(v: Q, size: number, expr: Q, stack: Stack, ctx: Ctx): [T, Ctx] {
  if (stack.typeGuards[0]) {
    stack = { ...stack, lastExpr: expr };
    let t: T;
    [t, ctx] = ofGuard(v, "dynamic", stack, ctx);
    [, ctx] = unify({ k: "tuple", n: size, ts: Array.from({ length: size }, () => "dynamic" as T) }, t, stack, ctx);
  }
  return [BOOL, ctx];
}

function guardSources(args: T[], typeGuard: boolean, keepGuarded: boolean, ctx: Ctx): Map<number, "guarded" | "fail"> {
  const sources = new Map(ctx.guardSources);
  let rest = args;
  if (typeGuard && args.length > 0 && typeof args[0] !== "string" && args[0].k === "var") {
    if (!sources.has(args[0].i)) sources.set(args[0].i, "guarded");
    rest = args.slice(1);
  }
  for (const t of rest) {
    if (typeof t === "string" || t.k !== "var") continue;
    sources.set(t.i, sources.has(t.i) && sources.get(t.i) === "guarded" && keepGuarded ? "guarded" : "fail");
  }
  return sources;
}

function unifyTypeGuardCall(args: T[], clauses: Sig, stack: Stack, ctx: Ctx): [T, Ctx] {
  if (clauses.length !== 1) throw new Unmodelled();
  const [[params, ret]] = clauses;
  args.forEach((a, i) => {
    if (i < params.length) [, ctx] = unify(a, params[i], stack, ctx);
  });
  return [ret, ctx];
}

function varToDynamic(t: T): T {
  if (typeof t === "string") return t;
  switch (t.k) {
    case "var": return "dynamic";
    case "list": return { k: "list", t: varToDynamic(t.t) };
    case "tuple": return { k: "tuple", n: t.n, ts: t.ts.map(varToDynamic) };
    case "union": return { k: "union", ts: t.ts.map(varToDynamic) };
    case "map": return { k: "map", pairs: t.pairs.map(([kind, k, v]) => [kind, varToDynamic(k), varToDynamic(v)] as Pair) };
    default: return t;
  }
}

function cartesian(lists: Flat[][]): Flat[][] {
  return lists.reduceRight<Flat[][]>((acc, l) => l.flatMap((x) => acc.map((rest) => [x, ...rest])), [[]]);
}

function unifyCall(args: T[], clauses: Sig, expected: T, fun: string, arity: number, signature: Sig, stack: Stack, ctx: Ctx): [T, Ctx] {
  if (args.length === 0 && clauses.length === 1 && clauses[0][0].length === 0) return [clauses[0][1], ctx];
  const flat = args.map((a) => flattenUnion(a, ctx));
  const combos = cartesian(flat);
  const dyn = clauses.map(([ps, ret]) => [ps.map(varToDynamic), ret] as [T[], T]);
  const found: { ret: T; ctxs: Ctx[] }[] = [];
  for (const combo of combos) {
    const results: { ret: T; ctxs: Ctx[] }[] = [];
    for (const [params, ret] of dyn) {
      const ctxs: Ctx[] = [];
      let ok = true;
      for (let i = 0; i < Math.min(combo.length, params.length); i++) {
        const r = tryUnify(asType(combo[i]), params[i], stack, ctx);
        if (!r) { ok = false; break; }
        ctxs.push(r[1]);
      }
      if (ok) results.push({ ret, ctxs });
    }
    if (results.length === 0) throw new TypeFail({ kind: "apply", fun, arity, args, expected, signature, stack, ctx });
    // (Helpers.flat_map_ok: each combination's results come out reversed)
    found.push(...results.reverse());
  }
  const rets = found.map((f) => f.ret);
  const contexts = found.flatMap((f) => f.ctxs);
  const seen = new Set<number>();
  const indexes: number[] = [];
  for (const ts of flat) for (const t of ts) {
    const m = new Map<number, true>();
    collectVarIndexesFromType(asType(t), m);
    for (const i of m.keys()) if (!seen.has(i)) { seen.add(i); indexes.push(i); }
  }
  for (const i of indexes) {
    const union = contexts.map((c) => c.types.get(i)).filter((t): t is T => t !== null && t !== undefined);
    if (union.length > 0) [, ctx] = unify({ k: "var", i }, toUnion(union, ctx), stack, ctx);
  }
  return [toUnion(rets, ctx), ctx];
}

/** the variables a type names (not followed through their types) */
function collectVarIndexesFromType(t: T, acc: Map<number, true>): void {
  if (typeof t === "string") return;
  switch (t.k) {
    case "var": acc.set(t.i, true); return;
    case "list": collectVarIndexesFromType(t.t, acc); return;
    case "tuple": case "union": t.ts.forEach((x) => collectVarIndexesFromType(x, acc)); return;
    case "map": t.pairs.forEach(([, k, v]) => { collectVarIndexesFromType(k, acc); collectVarIndexesFromType(v, acc); }); return;
    default: return;
  }
}

// ---------------------------------------------------------------------------------------------
// the warning (Module.Types.format_warning)

/** Erlang terms of types, for sorting a module's warnings as Elixir sorts them */
export type ETerm = string | number | ETerm[] | { list: ETerm[] };

function termOf(t: T): ETerm {
  if (typeof t === "string") return t;
  switch (t.k) {
    case "var": return ["var", t.i];
    case "atom": return ["atom", t.v];
    case "list": return ["list", termOf(t.t)];
    case "tuple": return ["tuple", t.n, { list: t.ts.map(termOf) }];
    case "union": return ["union", { list: t.ts.map(termOf) }];
    case "map": return ["map", { list: t.pairs.map(([kind, k, v]) => [kind, termOf(k), termOf(v)]) }];
  }
}

function formatType(t: T, simplify: boolean, inspectAtom: (a: string) => string): string {
  const f = (x: T, s = simplify) => formatType(x, s, inspectAtom);
  if (typeof t === "string") return `${t}()`;
  switch (t.k) {
    case "atom": return inspectAtom(t.v);
    case "var": return `var${t.i + 1}`;
    case "union": return t.ts.map((x) => f(x)).join(" | ");
    case "tuple": return `{${t.ts.map((x) => f(x)).join(", ")}}`;
    case "list": return `[${f(t.t)}]`;
    case "map": {
      const struct = t.pairs.find(([kind, k]) => kind === "required" && typeof k !== "string" && k.k === "atom" && k.v === "__struct__");
      const name = struct && typeof struct[2] !== "string" && struct[2].k === "atom" ? struct[2].v : null;
      if (simplify) return name !== null ? `%${inspectAtom(name)}{}` : "map()";
      // (the first pair keyed :__struct__, whatever its kind, is taken out of the pairs)
      const idx = t.pairs.findIndex(([, k]) => typeof k !== "string" && k.k === "atom" && k.v === "__struct__");
      const taken = idx >= 0 && t.pairs[idx][0] === "required" && name !== null;
      const pairs = taken ? t.pairs.filter((_, i) => i !== idx) : t.pairs;
      const atoms = pairs.filter(([kind, k]) => kind === "required" && typeof k !== "string" && k.k === "atom");
      const req = pairs.filter((p) => p[0] === "required" && !atoms.includes(p));
      const opt = pairs.filter((p) => p[0] !== "required");
      const text = [...atoms, ...req, ...opt].map(([kind, k, v]) => {
        if (kind === "required" && typeof k !== "string" && k.k === "atom") return `${keyText(k.v)}: ${f(v, false)}`;
        if (kind === "required") return `${f(k, false)} => ${f(v, false)}`;
        return `optional(${f(k, false)}) => ${f(v, false)}`;
      }).join(", ");
      return taken ? `%${inspectAtom(name!)}{${text}}` : `%{${text}}`;
    }
  }
}

/** Atom.to_string of a key (format_map_pairs writes the key's text and ": " as it is) */
function keyText(a: string): string {
  return a;
}

export interface HeadConflict {
  /** the warning's term, for sorting: {:unable_unify, left, right, ...} or {:unable_apply, ...} */
  key: ETerm;
  line: number;
  /** the column of a `.field` or `.fun()` found failing (0: another expression), for the remote
   *  calls on its line checked before it */
  column: number;
  message: string;
}

interface Lifted { types: T[]; traces: FTrace[] }
type FTrace = { k: "type"; v: Q; type: T; expr: Q | null; line: number | undefined } | { k: "var"; v: Q; other: Q; expr: Q | null; line: number | undefined };

/** lift_types: type variables renumbered var1, var2 ... in the order they are met, those bound
 *  to a type (not recursively) replaced by it */
function liftTypes(ts: T[], ctx: Ctx, lifted: Map<number, number>): T[] {
  const lift = (t: T, types: Map<number, T | null>, depth: number): T => {
    if (depth > 200) throw new Unmodelled();
    if (typeof t === "string") return t;
    switch (t.k) {
      case "var": {
        const known = lifted.get(t.i);
        if (known !== undefined) return { k: "var", i: known };
        const x = types.get(t.i);
        if (x !== null && x !== undefined && !recursiveType(x, [], { ...ctx, types: types as Map<number, T | null> })) {
          const inner = new Map(types).set(t.i, null);
          return lift(x, inner, depth + 1);
        }
        const n = lifted.size;
        lifted.set(t.i, n);
        return { k: "var", i: n };
      }
      case "union": return { k: "union", ts: t.ts.map((x) => lift(x, types, depth + 1)) };
      case "tuple": return { k: "tuple", n: t.n, ts: t.ts.map((x) => lift(x, types, depth + 1)) };
      case "list": return { k: "list", t: lift(t.t, types, depth + 1) };
      case "map": return { k: "map", pairs: t.pairs.map(([kind, k, v]) => [kind, lift(k, types, depth + 1), lift(v, types, depth + 1)] as Pair) };
      default: return t;
    }
  };
  return ts.map((t) => lift(t, ctx.types, 0));
}

function relatedVariables(v: number, ctx: Ctx, depth = 0): number[] {
  if (depth > 200) throw new Unmodelled();
  const out: number[] = [];
  for (const [i, t] of ctx.types) if (t && typeof t !== "string" && t.k === "var" && t.i === v) out.push(i, ...relatedVariables(i, ctx, depth + 1));
  return out;
}

function typeTraces(stack: Stack, ctx: Ctx): FTrace[] {
  const vars: number[] = [];
  for (const v of stack.unifyStack.flatMap((x) => [x, ...relatedVariables(x, ctx)])) if (!vars.includes(v)) vars.push(v);
  const out: FTrace[] = [];
  for (const v of vars) {
    const traces = ctx.traces.get(v), exprVar = ctx.typesToVars.get(v);
    if (!traces || !exprVar) continue;
    for (const t of traces) {
      const other = typeof t.type !== "string" && t.type.k === "var" ? ctx.typesToVars.get(t.type.i) : undefined;
      out.push(other ? { k: "var", v: exprVar, other, expr: t.expr, line: t.line } : { k: "type", v: exprVar, type: t.type, expr: t.expr, line: t.line });
    }
  }
  return out;
}

const show = (q: Q): string => macroToString(qToTerm(q));
const indent = (s: string) => s.replace(/\n/g, "\n    ");

const mapLike = (t: T): boolean => typeof t !== "string" && (t.k === "map" || (t.k === "union" && t.ts.some(mapLike)));
const isMapType = (t: T) => typeof t !== "string" && t.k === "map";

const BITSTRING_HINT = "HINT: all expressions given to binaries are assumed to be of type integer() unless said otherwise. For example, <<expr>> assumes \"expr\" is an integer. Pass a modifier, such as <<expr::float>> or <<expr::binary>>, to change the default behaviour.\n";
const DOT_HINT = "HINT: \"var.field\" (without parentheses) implies \"var\" is a map() while \"var.fun()\" (with parentheses) implies \"var\" is an atom()\n";

function formatTraces(traces: FTrace[], types: T[], simplify: boolean, file: string, inspectAtom: (a: string) => string, hints: string[]): string {
  // (Enum.uniq, then reversed: the oldest first)
  const uniq: FTrace[] = [];
  const keyOf = (t: FTrace) => JSON.stringify([t.k, show(t.v), t.k === "type" ? termOf(t.type) : show(t.other), t.expr ? show(t.expr) : null, t.line]);
  const keys = new Set<string>();
  for (const t of traces) {
    const k = keyOf(t);
    if (!keys.has(k)) { keys.add(k); uniq.push(t); }
  }
  let out = "";
  for (const t of uniq.reverse()) {
    const where = `# ${file}:${t.line ?? ""}\n    ${t.expr ? indent(show(t.expr)) : "nil"}\n\n`;
    if (t.k === "type") {
      let hint = "";
      if (t.expr && isMapType(t.type) && t.expr.k === "dot") { hint = " (due to calling var.field)"; hints.push(DOT_HINT); }
      else if (t.expr && t.type === "atom" && t.expr.k === "dotcall") { hint = " (due to calling var.fun())"; hints.push(DOT_HINT); }
      else if (t.expr && t.type === "integer" && t.expr.k === "bin" && t.expr.segs.some((s) => s.inferred)) hints.push(BITSTRING_HINT);
      else if (t.expr && t.expr.k === "erl" && t.expr.fun === "is_tuple" && t.expr.args[0]) {
        const sized = types.find((x) => typeof x !== "string" && x.k === "tuple") as { n: number } | undefined;
        if (sized) hints.push(`HINT: use pattern matching or "is_tuple(${show(t.expr.args[0])}) and tuple_size(${show(t.expr.args[0])}) == ${sized.n}" to guard a sized tuple.\n`);
      }
      out += `where "${show(t.v)}" was given the type ${formatType(t.type, simplify, inspectAtom)}${hint} in:\n\n    ${where}`;
    } else out += `where "${show(t.v)}" was given the same type as "${show(t.other)}" in:\n\n    ${where}`;
  }
  return out;
}

/** the hints in the order the checker prints them: it prepends each trace's, then takes each once
 *  (Enum.uniq) and reverses */
function hintsText(hints: string[]): string {
  const uniq = [...new Set([...hints].reverse())];
  return uniq.reverse().map((h) => h + "\n").join("");
}

function warningOf(fail: Fail, file: string, inspectAtom: (a: string) => string): HeadConflict {
  const { stack, ctx } = fail;
  const line = stack.lastExpr ? lineOfQ(stack.lastExpr) : undefined;
  const column = stack.lastExpr && (stack.lastExpr.k === "dot" || stack.lastExpr.k === "dotcall") ? stack.lastExpr.column ?? 0 : 0;
  const traces = typeTraces(stack, ctx);
  const lifted = new Map<number, number>();
  const exprText = stack.lastExpr ? `in expression:\n\n    # ${file}:${line ?? ""}\n    ${indent(show(stack.lastExpr))}\n\n` : "";
  if (fail.kind === "unify") {
    const [left, right] = liftTypes([fail.left, fail.right], ctx, lifted);
    const liftedTraces = liftTraceTypes(traces, ctx, lifted);
    const missing = isMapType(left) && isMapType(right) ? missingField(left, right) : null;
    if (missing !== null) {
      const hints: string[] = [];
      const traceText = formatTraces(liftedTraces.slice(1), [left, right], true, file, inspectAtom, hints);
      const known = [...missing.known].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)).join(", ");
      const message = `undefined field "${missing.field}" ${exprText}expected one of the following fields: ${known}\n\n${traceText}${hintsText(hints)}Conflict found at`;
      return { key: ["unable_unify", termOf(left), termOf(right), line ?? 0], line: line ?? 0, column, message };
    }
    const sl = mapLike(left) && !mapLike(right), sr = mapLike(right) && !mapLike(left);
    const hints: string[] = [];
    const traceText = formatTraces(liftedTraces, [left, right], sl || sr, file, inspectAtom, hints);
    const message = `incompatible types:\n\n    ${formatType(left, sl, inspectAtom)} !~ ${formatType(right, sr, inspectAtom)}\n\n${exprText}${traceText}${hintsText(hints)}Conflict found at`;
    return { key: ["unable_unify", termOf(left), termOf(right), line ?? 0], line: line ?? 0, column, message };
  }
  const [sigTerm, ...args] = liftTypes([{ k: "tuple", n: 0, ts: fail.signature.flatMap(([ps, r]) => [...ps, r]) }, ...fail.args], ctx, lifted);
  void sigTerm;
  const liftedTraces = liftTraceTypes(traces, ctx, lifted);
  const hints: string[] = [];
  const traceText = formatTraces(liftedTraces, [], false, file, inspectAtom, hints);
  if (hints.length > 0) throw new Unmodelled();
  const mfa = erlangMfaText(fail.fun, fail.arity);
  const clauses = fail.signature.map(([ps, r]) => `${ps.map((p) => formatType(p, false, inspectAtom)).join(", ")}${ps.length ? " " : ""}-> ${formatType(r, false, inspectAtom)}`);
  const message = `expected ${mfa} to have signature:\n\n    ${args.map((a) => formatType(a, false, inspectAtom)).join(", ")} -> ${formatType(fail.expected, false, inspectAtom)}\n\n` +
    `but it has signature:\n\n    ${indent(clauses.join("\n"))}\n\n${exprText}${traceText}Conflict found at`;
  return { key: ["unable_apply", ["erlang", fail.fun, fail.arity], { list: args.map(termOf) }, termOf(fail.expected), line ?? 0], line: line ?? 0, column, message };
}

function liftTraceTypes(traces: FTrace[], ctx: Ctx, lifted: Map<number, number>): FTrace[] {
  const types = traces.filter((t): t is FTrace & { k: "type" } => t.k === "type").map((t) => t.type);
  const out = liftTypes(types, ctx, lifted);
  let i = 0;
  return traces.map((t) => (t.k === "type" ? { ...t, type: out[i++] } : t));
}

/** the field a `.field` map type (`%{field: _, optional(dynamic) => dynamic}`, on either side)
 *  asks of a map that lacks it, with the atom keys that map has (Module.Types' missing_field) */
function missingField(a: T, b: T): { field: string; known: string[] } | null {
  const fieldOf = (x: T): string | null => {
    if (typeof x === "string" || x.k !== "map" || x.pairs.length !== 2) return null;
    const [p, o] = x.pairs;
    if (p[0] !== "required" || typeof p[1] === "string" || p[1].k !== "atom" || o[0] !== "optional" || o[1] !== "dynamic" || o[2] !== "dynamic") return null;
    return p[1].v;
  };
  const [field, other] = fieldOf(a) !== null ? [fieldOf(a)!, b] : fieldOf(b) !== null ? [fieldOf(b)!, a] : [null, a];
  if (field === null) return null;
  const pairs = (other as { pairs: Pair[] }).pairs;
  if (pairs.some(([, k]) => typeof k !== "string" && k.k === "atom" && k.v === field)) return null;
  return { field, known: pairs.flatMap(([, k]) => (typeof k !== "string" && k.k === "atom" ? [k.v] : [])) };
}

// Exception.format_mfa of the guard (erl_to_ex of a call with generated arguments: Kernel's
// inlined functions back to Kernel's)
function erlangMfaText(fun: string, arity: number): string {
  const kernel = kernelNameOf(fun, arity);
  if (kernel !== undefined) return `Kernel.${kernel}/${arity}`;
  if (BITWISE_FUNS.has(`${fun}/${arity}`)) return `Bitwise.${fun}/${arity}`;
  return `:erlang.${/^[a-z_][a-zA-Z0-9_]*$/.test(fun) ? fun : JSON.stringify(fun)}/${arity}`;
}

/** the first conflict of a definition clause's head (its patterns, then its guards), or null */
/** the first conflict of a clause: its head (patterns, guards), then its body's statements in
 *  order, each quoted when reached (`body`: the next one, or undefined at the end; one it cannot
 *  quote throws Unmodelled, and what follows is not checked) */
export function headConflict(args: Q[], guards: Q[], defExpr: Q, file: string, inspectAtom: (a: string) => string, body: () => Q | undefined = () => undefined): HeadConflict | null {
  let ctx: Ctx = { vars: new Map(), typesToVars: new Map(), types: new Map(), traces: new Map(), counter: 0, guardSources: new Map() };
  const stack: Stack = { unifyStack: [], lastExpr: defExpr, trace: true, typeGuards: [true, false] };
  try {
    for (const a of args) [, ctx] = ofPattern(a, stack, ctx);
    const g = guardsToOr(guards);
    if (g) [, ctx] = ofGuard(g, "dynamic", stack, ctx);
    const bodyStack: Stack = { unifyStack: [], lastExpr: null, trace: true, typeGuards: [true, false], expr: true };
    for (let q = body(); q !== undefined; q = body()) [, ctx] = ofExpr(q, bodyStack, ctx);
    return null;
  } catch (e) {
    if (e instanceof TypeFail) {
      try {
        return warningOf(e.fail, file, inspectAtom);
      } catch (u) {
        // (an expression in the message this model cannot write as the checker does)
        if (u instanceof Unmodelled) return null;
        throw u;
      }
    }
    if (e instanceof Unmodelled) return null;
    throw e;
  }
}

