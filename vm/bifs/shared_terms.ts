// Node-wide shared storage: :persistent_term (terms by key), :counters and :atomics (arrays of
// 64-bit integers that wrap around as the BEAM's do). State lives per node.
import { Ref, Term, Tuple, atom, tuple, list, listToArray, TRUE, FALSE, int, toBig, isInt } from "../terms.ts";
import { defineBifs, BifContext } from "./registry.ts";
import { badargAt } from "./util.ts";
import { exactEquals, hashTerm } from "../compare.ts";
import { mapFromEntries } from "../map.ts";
import type { Node } from "../node.ts";
import { SCHEDULERS } from "./system_info.ts";

const OK = atom("ok");

interface IntArray {
  values: bigint[];
  signed: boolean;
}

class SharedTerms {
  persistent = new Map<number, [Term, Term][]>();
  /** the entry a key object was last found at, or null when none was: a program reads a term
   *  mostly with the same literal key, so a hit skips hashing it (entries change value in place;
   *  storing a new key or erasing one forgets them all) */
  byKeyObject = new WeakMap<object, [Term, Term] | null>();
  /** values BIFs computed from persistent terms (persistentTermsMemo), forgotten at every write
   *  (a new map, not a cleared one: a BIF that kept the map it read its answer from knows the
   *  answer holds while the map is the same) */
  memo = new Map<Term, unknown>();
  arrays = new Map<number, IntArray>();
}

const stateOf = new WeakMap<Node, SharedTerms>();
// the last node asked for (a program runs one: no WeakMap lookup at each read)
let lastNode: Node | null = null;
let lastState: SharedTerms | null = null;
function state(ctx: BifContext): SharedTerms {
  const node = ctx.node as Node;
  if (node === lastNode) return lastState!;
  let s = stateOf.get(node);
  if (!s) stateOf.set(node, (s = new SharedTerms()));
  lastNode = node;
  lastState = s;
  return s;
}

// ---- :persistent_term ---------------------------------------------------------------------------

function ptFind(ctx: BifContext, key: Term): [Term, Term] | undefined {
  const s = state(ctx);
  const keyObject = typeof key === "object" && key !== null;
  if (keyObject) {
    const known = s.byKeyObject.get(key);
    if (known !== undefined) return known ?? undefined;
  }
  const found = s.persistent.get(hashTerm(key))?.find(([k]) => exactEquals(k, key));
  if (keyObject) s.byKeyObject.set(key, found ?? null);
  return found;
}

/** the term stored under key, or undefined (for BIFs that read one: Logger's level check) */
export function persistentTerm(ctx: BifContext, key: Term): Term | undefined {
  return ptFind(ctx, key)?.[1];
}

/**
 * A memo for what a BIF computes from persistent terms (Logger's level of a module), by a term of
 * its choice: emptied whenever a term is stored or erased, so what it holds is what the terms
 * give now.
 */
export function persistentTermsMemo(ctx: BifContext): Map<Term, unknown> {
  return state(ctx).memo;
}

defineBifs("persistent_term", {
  "put/2": ([key, value], ctx) => {
    state(ctx).memo = new Map();
    const found = ptFind(ctx, key);
    if (found) found[1] = value;
    else {
      const h = hashTerm(key), buckets = state(ctx).persistent;
      const bucket = buckets.get(h);
      if (bucket) bucket.push([key, value]);
      else buckets.set(h, [[key, value]]);
      state(ctx).byKeyObject = new WeakMap();
    }
    return OK;
  },
  "get/1": ([key], ctx) => ptFind(ctx, key)?.[1] ?? badargAt(1, "no persistent term stored with this key"),
  "get/2": ([key, dflt], ctx) => ptFind(ctx, key)?.[1] ?? dflt,
  "get/0": (_, ctx) => list([...state(ctx).persistent.values()].flat().map(([k, v]) => tuple(k, v))),
  "erase/1": ([key], ctx) => {
    const h = hashTerm(key), bucket = state(ctx).persistent.get(h);
    const i = bucket?.findIndex(([k]) => exactEquals(k, key)) ?? -1;
    if (i < 0) return FALSE;
    state(ctx).memo = new Map();
    bucket!.splice(i, 1);
    if (bucket!.length === 0) state(ctx).persistent.delete(h);
    state(ctx).byKeyObject = new WeakMap();
    return TRUE;
  },
  "info/0": (_, ctx) => {
    const count = [...state(ctx).persistent.values()].reduce((n, b) => n + b.length, 0);
    return mapFromEntries([[atom("count"), count], [atom("memory"), count * 16]]);
  },
});

// ---- :atomics and :counters ---------------------------------------------------------------------

const MIN64 = -(1n << 63n), MAX64 = (1n << 63n) - 1n, MAXU64 = (1n << 64n) - 1n;

function wrap(a: IntArray, v: bigint): bigint {
  return a.signed ? BigInt.asIntN(64, v) : BigInt.asUintN(64, v);
}

function newArray(ctx: BifContext, size: Term, signed: boolean): Ref {
  if (typeof size !== "number" || size < 1) return badargAt(1, "out of range");
  const ref = (ctx.node as Node).makeRef();
  state(ctx).arrays.set(ref.id, { values: new Array(size).fill(0n), signed });
  return ref;
}

function arrayOf(ctx: BifContext, ref: Term): IntArray {
  const r = ref instanceof Tuple && ref.items.length === 2 && ref.items[0] === atom("atomics") ? ref.items[1] : ref;
  const a = r instanceof Ref ? state(ctx).arrays.get(r.id) : undefined;
  return a ?? badargAt(1, "invalid atomics reference");
}

function index(a: IntArray, ix: Term): number {
  if (typeof ix !== "number" || ix < 1 || ix > a.values.length) return badargAt(2, "out of range");
  return ix - 1;
}

function amount(a: IntArray, v: Term, arg = 3): bigint {
  if (!isInt(v)) return badargAt(arg, "not an integer");
  const b = toBig(v);
  if (b < (a.signed ? MIN64 : MIN64) || b > (a.signed ? MAX64 : MAXU64)) return badargAt(arg, "out of range");
  return b;
}

function value(a: IntArray, v: Term, arg = 3): bigint {
  const b = amount(a, v, arg);
  if (!a.signed && b < 0n) return badargAt(arg, "out of range");
  return b;
}

function info(a: IntArray): Term {
  return mapFromEntries([
    [atom("max"), int(a.signed ? MAX64 : MAXU64)], [atom("memory"), 8 * a.values.length + 40],
    [atom("min"), int(a.signed ? MIN64 : 0n)], [atom("size"), a.values.length],
  ]);
}

function signedOption(opts: Term): boolean {
  for (const o of listToArray(opts) ?? []) {
    if (o instanceof Tuple && o.items[0] === atom("signed")) return o.items[1] === TRUE;
  }
  return true;
}

defineBifs("atomics", {
  "new/2": ([size, opts], ctx) => newArray(ctx, size, signedOption(opts)),
  "get/2": ([ref, ix], ctx) => {
    const a = arrayOf(ctx, ref);
    return int(a.values[index(a, ix)]);
  },
  "put/3": ([ref, ix, v], ctx) => {
    const a = arrayOf(ctx, ref);
    a.values[index(a, ix)] = value(a, v);
    return OK;
  },
  "add/3": ([ref, ix, v], ctx) => {
    const a = arrayOf(ctx, ref), i = index(a, ix);
    a.values[i] = wrap(a, a.values[i] + amount(a, v));
    return OK;
  },
  "add_get/3": ([ref, ix, v], ctx) => {
    const a = arrayOf(ctx, ref), i = index(a, ix);
    return int((a.values[i] = wrap(a, a.values[i] + amount(a, v))));
  },
  "sub/3": ([ref, ix, v], ctx) => {
    const a = arrayOf(ctx, ref), i = index(a, ix);
    a.values[i] = wrap(a, a.values[i] - amount(a, v));
    return OK;
  },
  "sub_get/3": ([ref, ix, v], ctx) => {
    const a = arrayOf(ctx, ref), i = index(a, ix);
    return int((a.values[i] = wrap(a, a.values[i] - amount(a, v))));
  },
  "exchange/3": ([ref, ix, v], ctx) => {
    const a = arrayOf(ctx, ref), i = index(a, ix);
    const old = a.values[i];
    a.values[i] = value(a, v);
    return int(old);
  },
  "compare_exchange/4": ([ref, ix, expected, desired], ctx) => {
    const a = arrayOf(ctx, ref), i = index(a, ix);
    const want = value(a, expected, 3), next = value(a, desired, 4);
    if (a.values[i] !== want) return int(a.values[i]);
    a.values[i] = next;
    return OK;
  },
  "info/1": ([ref], ctx) => info(arrayOf(ctx, ref)),
});

// :counters are atomics behind a {:atomics, ref} handle (as OTP's default counters), or with
// the :write_concurrency option a {:write_concurrency, ref} one, whose info has no min/max and
// counts OTP's layout: a 32-byte header and, per scheduler plus one, the counters in 64-byte
// cache lines of 8
function counterArrayOf(ctx: BifContext, ref: Term): IntArray {
  const r = ref instanceof Tuple && ref.items.length === 2 && ref.items[0] === atom("write_concurrency") ? tuple(atom("atomics"), ref.items[1]) : ref;
  return arrayOf(ctx, r);
}

function wantsWriteConcurrency(opts: Term): boolean {
  return (listToArray(opts) ?? []).includes(atom("write_concurrency"));
}

defineBifs("counters", {
  "new/2": ([size, opts], ctx) => tuple(atom(wantsWriteConcurrency(opts) ? "write_concurrency" : "atomics"), newArray(ctx, size, true)),
  "get/2": ([ref, ix], ctx) => {
    const a = counterArrayOf(ctx, ref);
    return int(a.values[index(a, ix)]);
  },
  "add/3": ([ref, ix, v], ctx) => {
    const a = counterArrayOf(ctx, ref), i = index(a, ix);
    a.values[i] = wrap(a, a.values[i] + amount(a, v));
    return OK;
  },
  "sub/3": ([ref, ix, v], ctx) => {
    const a = counterArrayOf(ctx, ref), i = index(a, ix);
    a.values[i] = wrap(a, a.values[i] - amount(a, v));
    return OK;
  },
  "put/3": ([ref, ix, v], ctx) => {
    const a = counterArrayOf(ctx, ref);
    a.values[index(a, ix)] = value(a, v);
    return OK;
  },
  "info/1": ([ref], ctx) => {
    const a = counterArrayOf(ctx, ref), n = a.values.length;
    if (!(ref instanceof Tuple && ref.items[0] === atom("write_concurrency"))) return info(a);
    return mapFromEntries([[atom("memory"), 32 + Math.ceil(n / 8) * 64 * (SCHEDULERS + 1)], [atom("size"), n]]);
  },
});
