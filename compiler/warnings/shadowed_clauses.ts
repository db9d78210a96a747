// Clauses the Erlang compiler finds unreachable as it compiles a group of clauses' patterns into
// one decision tree (case, receive, fn): "this clause cannot match because a previous clause at
// line X always matches". The rules, found by experiment against Elixir 1.14 / OTP 25:
//   - the clauses are split, column by column, into runs whose pattern there is a variable and
//     runs whose pattern is a constructor (a literal, a tuple of some size, a list cell, [],
//     a binary, a map); the code for a run falls back to the code of the runs after it;
//   - a variable run goes on to the next column keeping that fallback; a constructor run sorts its
//     clauses by constructor and matches each one's parts with no fallback (a failure there goes
//     back up to the run's own fallback, which stays reachable);
//   - once every column is matched, the first clause without a guard is taken: the next clause of
//     the same place, if any, and the fallback, if any, are reported, each naming its first clause.
// Before that, OTP's sys_core_bsm moves to the front the leftmost column in which some clause has a
// binary of at least one segment (binary matching first), so that column is split first.
// Patterns whose equality the compiler decides by comparing at run time (a pinned variable, a
// variable repeated in one clause) are guards. Binaries, maps and what cannot be read as a
// literal are taken as equal only when written the same way.
import type { Ast } from "../../lang/ast.ts";
import { isCall, isVar } from "../ast_util.ts";
import { alwaysTrue } from "./constant_guards.ts";
import { runDeep } from "../deep_calls.ts";
import { someNode } from "../ast_walk.ts";

interface Row {
  pats: Pat[];
  /** no guard: the clause is taken once its patterns match */
  plain: boolean;
  line: number | undefined;
}

/** (a map pattern's constructor also names its keys, one a part) */
type Pat = { k: "var" } | { k: "con"; key: string; parts: Pat[]; mapKeys?: string[] };
type Con = Extract<Pat, { k: "con" }>;

const VAR: Pat = { k: "var" };

export interface ShadowWarning {
  line: number | undefined;
  by: number | undefined;
}

/** the clauses (their patterns, whether they have a guard, their line) and what is unreachable */
export function shadowedClauses(clauses: { args: Ast[]; guard: Ast | null; line: number | undefined }[]): ShadowWarning[] {
  const rows: Row[] = [];
  const first = binaryColumnFirst(clauses.map((c) => c.args));
  for (const c0 of clauses) {
    const c = { ...c0, args: first(c0.args) };
    const seen = new Set<string>();
    // (a guard always true is dropped by the compiler)
    let guarded = c.guard !== null && !alwaysTrue(c.guard);
    const pats = c.args.map((a) => {
      const r = pattern(a, seen);
      if (r.guarded) guarded = true;
      return r.pat;
    });
    rows.push({ pats, plain: !guarded, line: c.line });
  }
  if (rows.length < 2 || rows.some((r) => r.pats.length !== rows[0].pats.length)) return [];
  const out: ShadowWarning[] = [];
  match(rows, null, out);
  return out;
}

/** the code made for some clauses: the line of its first clause (null: no code, a failure) */
type Code = { line: number | undefined } | null;

/** (each column matched is a call of its own, on an explicit stack: patterns nest thousands deep) */
function match(rootRows: Row[], rootFallback: Code, out: ShadowWarning[]): Code {
  return runDeep<[Row[], Code], Code>([rootRows, rootFallback], ([rows, fallback]) => matchColumn(rows, fallback, out));
}

function* matchColumn(rows: Row[], fallback: Code, out: ShadowWarning[]): Generator<[Row[], Code], Code, Code> {
  if (rows.length === 0) return fallback;
  if (rows[0].pats.length === 0) {
    const taken = rows.findIndex((r) => r.plain);
    if (taken < 0) return { line: rows[0].line };
    const by = rows[taken].line;
    if (taken + 1 < rows.length) out.push({ line: rows[taken + 1].line, by });
    if (fallback) out.push({ line: fallback.line, by });
    return { line: rows[0].line };
  }
  // runs of variables and of constructors in the first column, matched from the last
  const runs: Row[][] = [];
  for (const r of rows) {
    const last = runs[runs.length - 1];
    if (last && (last[0].pats[0].k === "var") === (r.pats[0].k === "var")) last.push(r);
    else runs.push([r]);
  }
  let code = fallback;
  for (let i = runs.length - 1; i >= 0; i--) {
    const run = runs[i];
    if (run[0].pats[0].k === "var") {
      code = yield [run.map((r) => ({ ...r, pats: r.pats.slice(1) })), code];
    } else {
      // (maps, v3_kernel: keys some but not all of the clauses share are matched first, the
      // rest as a column of its own; then the clauses in a row with the same keys are a group)
      const mapKeys = run.flatMap((r) => ((r.pats[0] as Con).mapKeys ? [(r.pats[0] as Con).mapKeys!] : []));
      const shared = mapKeys.length >= 2 ? sharedMapKeys(mapKeys) : null;
      const byKey = new Map<string, Row[]>();
      const mapGroups: { key: string; rows: Row[] }[] = [];
      for (const r0 of run) {
        const isMap = (r0.pats[0] as Con).mapKeys !== undefined;
        const r = isMap && shared !== null ? splitMap(r0, shared) : r0;
        const p = r.pats[0] as Con;
        const expanded = { ...r, pats: [...p.parts, ...r.pats.slice(1)] };
        if (isMap) {
          const last = mapGroups[mapGroups.length - 1];
          if (last?.key === p.key) last.rows.push(expanded);
          else mapGroups.push({ key: p.key, rows: [expanded] });
          continue;
        }
        const list = byKey.get(p.key);
        if (list) list.push(expanded);
        else byKey.set(p.key, [expanded]);
      }
      for (const group of byKey.values()) yield [group, null];
      for (const group of mapGroups) yield [group.rows, null];
      code = { line: run[0].line };
    }
  }
  return code;
}

/** a map pattern: its pairs by key, in order */
function mapCon(pairs: [string, Pat][]): Con {
  const sorted = [...pairs].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  const keys = sorted.map((x) => x[0]);
  return { k: "con", key: "map:" + JSON.stringify(keys), parts: sorted.map((x) => x[1]), mapKeys: keys };
}

/** the keys every map pattern has, when some have others too (null: none shared, or all alike) */
function sharedMapKeys(keySets: string[][]): Set<string> | null {
  const shared = new Set(keySets[0].filter((k) => keySets.every((ks) => ks.includes(k))));
  if (shared.size === 0 || keySets.every((ks) => ks.length === shared.size)) return null;
  return shared;
}

/** a row whose first pattern is a map, that map split in two: its shared keys, then the rest */
function splitMap(r: Row, shared: Set<string>): Row {
  const p = r.pats[0] as Con;
  const pairs = p.mapKeys!.map((k, i): [string, Pat] => [k, p.parts[i]]);
  return { ...r, pats: [mapCon(pairs.filter(([k]) => shared.has(k))), mapCon(pairs.filter(([k]) => !shared.has(k))), ...r.pats.slice(1)] };
}

/** sys_core_bsm's reordering: the leftmost column holding, in some clause, a binary pattern of at
 *  least one segment (a string, `<<...>>`, `"a" <> rest`; not one under `=`) is matched first */
function binaryColumnFirst(argss: Ast[][]): (args: Ast[]) => Ast[] {
  let leftmost = -1;
  for (const args of argss) {
    const i = args.findIndex(segmentedBinary);
    if (i >= 0 && (leftmost < 0 || i < leftmost)) leftmost = i;
  }
  if (leftmost <= 0) return (args) => args;
  return (args) => (args.length > leftmost ? [args[leftmost], ...args.slice(0, leftmost), ...args.slice(leftmost + 1)] : args);
}

function segmentedBinary(a: Ast): boolean {
  if (a.t === "str") return a.v.length > 0;
  return a.t === "call" && (a.name === "<<>>" || a.name === "<>") && (a.args?.length ?? 0) > 0;
}

function pattern(a: Ast, seen: Set<string>): { pat: Pat; guarded: boolean } {
  let guarded = false;
  // (each part a call of its own, on an explicit stack)
  const each = function* (xs: Ast[]): Generator<Ast, Pat[], Pat> {
    const out: Pat[] = [];
    for (const x of xs) out.push(yield x);
    return out;
  };
  const walk = function* (a: Ast): Generator<Ast, Pat, Pat> {
    switch (a.t) {
      case "int": return { k: "con", key: `i:${a.v}`, parts: [] };
      // (by value: on OTP 25, +0.0 and -0.0 match each other)
      case "float": return { k: "con", key: `f:${a.v}`, parts: [] };
      case "atom": return { k: "con", key: `a:${a.v}`, parts: [] };
      case "str": return { k: "con", key: `s:${a.v}`, parts: [] };
      case "tuple": return { k: "con", key: `t:${a.items.length}`, parts: yield* each(a.items) };
      case "list": {
        let tail: Pat = { k: "con", key: "nil", parts: [] };
        let items = a.items;
        const last = items[items.length - 1];
        if (last && isCall(last, "|") && last.args?.length === 2) {
          items = [...items.slice(0, -1), last.args[0]];
          tail = yield last.args[1];
        }
        const heads = yield* each(items);
        for (let i = items.length - 1; i >= 0; i--) tail = { k: "con", key: "cons", parts: [heads[i], tail] };
        return tail;
      }
      case "call": {
        if (isVar(a)) {
          const name = a.name as string;
          if (name.startsWith("_")) return VAR;
          if (seen.has(name)) guarded = true;
          seen.add(name);
          return VAR;
        }
        if (a.name === "^") {
          guarded = true;
          return VAR;
        }
        // (`+1` is the literal 1 in a pattern, as `-1` is the literal -1)
        if (a.name === "+" && a.args?.length === 1 && (a.args[0].t === "int" || a.args[0].t === "float")) return yield a.args[0];
        if (a.name === "-" && a.args?.length === 1 && (a.args[0].t === "int" || a.args[0].t === "float")) {
          return yield a.args[0].t === "int" ? { t: "int", v: -a.args[0].v } : { t: "float", v: -a.args[0].v };
        }
        // (`%_{}` and `%mod{}`: Elixir checks the struct's name with an is_atom guard)
        // (`%__MODULE__{}` is the module's own name, expanded where it is written)
        if (a.name === "%" && a.args?.length === 2 && isVar(a.args[0]) && a.args[0].name !== "__MODULE__") guarded = true;
        // a map: its literal keys make the constructor, their values its parts
        const map = mapPairs(a);
        if (map) {
          const keys = map.map((x) => x[0]);
          if (new Set(keys).size < keys.length) guarded = true;
          const parts = yield* each(map.map((x) => x[1]));
          return mapCon(keys.map((k, i) => [k, parts[i]]));
        }
        // `'ab' ++ rest`: the list [97, 98 | rest] it is
        if (a.name === "++" && a.args?.length === 2 && a.args[0].t === "list" && !a.args[0].items.some((i) => isCall(i, "|"))) {
          const [left, rest] = a.args;
          if (left.items.length === 0) return yield rest;
          const bar: Ast = { t: "call", name: "|", meta: {}, args: [left.items[left.items.length - 1], rest] };
          return yield { t: "list", items: [...left.items.slice(0, -1), bar] };
        }
        if (a.name === "=" && a.args?.length === 2) {
          const [l, r] = yield* each(a.args);
          if (l.k === "var") return r;
          if (r.k === "var") return l;
          return { k: "con", key: "src:" + sourceKey(a), parts: [] };
        }
        // a binary of literal bytes and a tail: equal to any other spelling of the same bytes
        // ("a" and "a"::utf8, ?a and 97::8, "ab" and "a", "b") with a tail of the same type
        // (its tail's type is a test of its own: clauses with tails of different types are told
        // apart there, none covering another)
        const bytes = a.name === "<<>>" && a.args ? literalBinaryKey(a.args) : null;
        if (bytes !== null) {
          variablesIn(a);
          return { k: "con", key: bytes.key, parts: [{ k: "con", key: "tail:" + bytes.tail, parts: [] }] };
        }
        // (binaries, maps, structs, aliases ...: equal when written alike; the variables they
        // bind count, a variable bound twice in the clause being a comparison)
        variablesIn(a);
        return { k: "con", key: "src:" + sourceKey(a), parts: [] };
      }
    }
  };
  const variablesIn = (root: Ast): void => {
    const todo = [root];
    while (todo.length > 0) {
      const a = todo.pop()!;
      if (a.t === "list" || a.t === "tuple") todo.push(...a.items);
      if (a.t !== "call") continue;
      if (isVar(a)) {
        const name = a.name as string;
        if (name.startsWith("_")) continue;
        if (seen.has(name)) guarded = true;
        seen.add(name);
        continue;
      }
      if (a.name === "^") {
        guarded = true;
        continue;
      }
      // (a segment's type and size name no new variable; a size read from a variable is matched
      // as the clause runs: taken as a guard)
      if (a.name === "::" && a.args?.length === 2) {
        if (sizeFromVariable(a.args[1])) guarded = true;
        todo.push(a.args[0]);
        continue;
      }
      if (typeof a.name !== "string") todo.push(a.name);
      todo.push(...(a.args ?? []));
    }
  };
  const pat = runDeep(a, walk);
  return { pat, guarded };
}

/** a map or struct pattern's pairs, each key as text (null: not such a pattern, or a key that is
 *  not a literal) */
function mapPairs(a: Ast): [string, Ast][] | null {
  if (a.t !== "call") return null;
  let items: Ast[];
  const out: [string, Ast][] = [];
  if (a.name === "%{}" && a.args) items = a.args;
  else if (a.name === "%" && a.args?.length === 2 && isCall(a.args[1], "%{}") && a.args[1].args) {
    const name = a.args[0];
    // (`%_{}`, `%mod{}`: a __struct__ key whose value is a variable)
    if (!isCall(name, "__aliases__") && !isVar(name)) return null;
    // (`%__MODULE__{}` names the module itself)
    out.push(["a:__struct__", isVar(name) && name.name === "__MODULE__" ? { t: "atom", v: "\u0000module" } : name]);
    items = a.args[1].args;
  } else return null;
  for (const it of items) {
    const pairs: [Ast, Ast][] = it.t === "list" ? it.items.flatMap((x) => (x.t === "tuple" && x.items.length === 2 ? [[x.items[0], x.items[1]] as [Ast, Ast]] : [])) : it.t === "tuple" && it.items.length === 2 ? [[it.items[0], it.items[1]]] : [];
    if (pairs.length === 0 || (it.t === "list" && pairs.length !== it.items.length)) return null;
    for (const [k, v] of pairs) {
      if (k.t !== "atom" && k.t !== "str" && k.t !== "int") return null;
      out.push([`${k.t[0]}:${k.t === "int" ? k.v.toString() : k.v}`, v]);
    }
  }
  return out;
}

/** a binary pattern's key when it is literal bytes (strings, bytes, utf8 of literals) or bytes
 *  bound to variables (-1), then at most a variable tail of a binary or bitstring type, as the
 *  Erlang compiler reads them alike; null for any other segment */
function literalBinaryKey(segs: Ast[]): { key: string; tail: string } | null {
  const bytes: number[] = [];
  let tail = "";
  const enc = new TextEncoder();
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    const [value, spec] = isCall(seg, "::") && seg.args?.length === 2 ? [seg.args[0], seg.args[1]] : [seg, null];
    const specName = spec && isVar(spec) ? spec.name : null;
    if (value.t === "str" && (spec === null || specName === "utf8" || specName === "binary" || specName === "bytes")) {
      bytes.push(...enc.encode(value.v));
    } else if (value.t === "int" && value.v >= 0n && value.v <= 255n && (spec === null || (spec.t === "int" && spec.v === 8n) || (isCall(spec, "size") && spec.args?.length === 1 && spec.args[0].t === "int" && spec.args[0].v === 8n))) {
      bytes.push(Number(value.v));
    } else if (value.t === "int" && specName === "utf8" && value.v >= 0n && value.v <= 0x10ffffn && !(value.v >= 0xd800n && value.v <= 0xdfffn)) {
      bytes.push(...enc.encode(String.fromCodePoint(Number(value.v))));
    } else if (isVar(value) && i < segs.length - 1 && (spec === null || (spec.t === "int" && spec.v === 8n))) {
      // (a byte bound to a variable, whatever its name)
      bytes.push(-1);
    } else if (i === segs.length - 1 && isVar(value) && specName !== null && ["binary", "bytes", "bits", "bitstring"].includes(specName)) {
      tail = specName;
    } else return null;
  }
  return { key: `bin:${bytes.join(",")}`, tail };
}

function sizeFromVariable(root: Ast): boolean {
  const todo = [root];
  while (todo.length > 0) {
    const spec = todo.pop()!;
    if (spec.t !== "call") continue;
    if (spec.name === "size" && spec.args?.length === 1) {
      if (hasVariable(spec.args[0])) return true;
    } else todo.push(...(spec.args ?? []));
  }
  return false;
}

function hasVariable(a: Ast): boolean {
  return someNode(a, (x) => (x.t === "call" && isVar(x) ? true : undefined));
}

/** a pattern as text, written alike when written alike (its nodes' metadata left out) */
function sourceKey(root: Ast): string {
  const out: string[] = [];
  const todo: (Ast | string)[] = [root];
  while (todo.length > 0) {
    const a = todo.pop()!;
    if (typeof a === "string") { out.push(a); continue; }
    switch (a.t) {
      case "int": out.push(`i${a.v}`); break;
      case "float": out.push(`f${a.v}`); break;
      case "atom": out.push(`a${JSON.stringify(a.v)}`); break;
      case "str": out.push(`s${JSON.stringify(a.v)}`); break;
      case "list": case "tuple": case "call": {
        const kids = a.t === "call" ? (typeof a.name === "string" ? [a.name, ...(a.args ?? [])] : [a.name, ...(a.args ?? [])]) : a.items;
        out.push(a.t === "call" ? (a.args === null ? "v(" : "c(") : a.t === "list" ? "[" : "{");
        todo.push(")");
        for (let i = kids.length - 1; i >= 0; i--) {
          const k = kids[i];
          todo.push(typeof k === "string" ? JSON.stringify(k) : k, ",");
        }
        break;
      }
    }
  }
  return out.join("");
}
