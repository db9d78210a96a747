// :rand as OTP 25 computes it: the same algorithms (exsss by default, exsp/exsplus, exrop,
// exs1024/exs1024s, exs64), the same seeding from an integer, a list or the traditional
// {A1, A2, A3} triple, and the same way of turning generated words into floats and ranges, so a
// seeded sequence is the BEAM's number for number (ExUnit's --seed shuffles with it). The state
// lives in the process dictionary under :rand_seed as {handler map, algorithm state}; the handler
// map holds the algorithm's type, word size and OTP's funs (lib/erlang/rand.ex's functions).
// normal/normal_s (rand_normal.ts) and jump (rand_jump.ts) build on the helpers exported here.
import { Atom, Cons, Float, Fun, NIL, Term, Tuple, atom, int, isInt, isMap, list, toBig, tuple, Bin, UNDEFINED } from "../terms.ts";
import { defineBifs, lookupBif, BifContext } from "./registry.ts";
import { ErlangError, badarg, clauseInCode } from "../errors.ts";
import { mapFromEntries } from "../map.ts";
import { codeFrame } from "../code_frame.ts";
import { bifErrorFrame } from "../error_info.ts";
import { NO_ENV } from "../fun_env.ts";

const M58 = (1n << 58n) - 1n;
const M64 = (1n << 64n) - 1n;
const mask = (bits: number, x: bigint): bigint => x & ((1n << BigInt(bits)) - 1n);
const bsl = (bits: number, x: bigint, n: number): bigint => mask(bits - n, x) << BigInt(n);
const rotl = (bits: number, x: bigint, n: number): bigint => bsl(bits, x, n) | (x >> BigInt(bits - n));
const TWO_POW_MINUS53 = 2 ** -53;

export interface Alg {
  type: string;
  /** the generated word's width (OTP's `bits`), or undefined for the old `max` algorithms */
  bits?: number;
  max?: bigint;
  weakLowBits?: number;
  next(s: Term): [bigint, Term];
  seed(seed: Term): Term;
  /** the algorithm's own uniform/uniform_n (58-bit xorshift family) */
  own?: boolean;
  /** the names of rand.erl's functions its handler map's funs are: next, uniform (and uniform_n,
   *  of arity 2) when `own`, jump when it has one */
  funs: { next: string; uniform?: string; jump?: string };
}

// ---- helpers over Erlang terms --------------------------------------------------------------------

function big(t: Term): bigint {
  return isInt(t) ? toBig(t) : badarg();
}
export const improper = (a: bigint, b: bigint): Term => new Cons(int(a), int(b));
export function pair(t: Term): [bigint, bigint] {
  if (t instanceof Cons && isInt(t.head) && isInt(t.tail)) return [toBig(t.head), toBig(t.tail)];
  return badarg();
}

/** a frame of OTP 25's rand.erl: the arity, or the arguments a function_clause shows */
export const randFrame = (fn: string, shown: number | Term[], line: number): Tuple => codeFrame("rand", fn, shown, "rand.erl", line);

/** a function_clause in :rand's `fn` (its first clause at rand.erl:line), as the BEAM reports it */
export const clause = (fn: string, args: Term[], line: number): never => clauseInCode("rand", fn, args, "rand.erl", line);

/** run `f` as rand.erl's `fn` does at `line`: a failure of :rand's own code below it shows that frame
 *  under its own (seed/2 calling seed_s/2 at 291; not for last calls, whose frame is gone) */
export function via<T>(fn: string, arity: number, line: number, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof ErlangError && e.callee !== undefined && e.stacktrace === undefined) (e.calleeBelow ??= []).push(randFrame(fn, arity, line));
    throw e;
  }
}

function errorAtom(name: string): never {
  throw new ErlangError("error", atom(name));
}

// ---- seeders (SplitMix64) -------------------------------------------------------------------------

function splitmix64Next(x0: bigint): [bigint, bigint] {
  const x = (x0 + 0x9e3779b97f4a7c15n) & M64;
  const z0 = ((x ^ (x >> 30n)) * 0xbf58476d1ce4e5b9n) & M64;
  const z1 = ((z0 ^ (z0 >> 27n)) * 0x94d049bb133111ebn) & M64;
  return [(z1 ^ (z1 >> 31n)) & M64, x];
}

/** the next non-zero 58-bit word of SplitMix64, and the new SplitMix state */
function seed58one(x0: bigint): [bigint, bigint] {
  for (;;) {
    const [z0, x] = splitmix64Next(x0);
    const z = mask(58, z0);
    if (z !== 0n) return [z, x];
    x0 = x;
  }
}
function seed58(n: number, x: bigint): bigint[] {
  const out: bigint[] = [];
  for (let i = 0; i < n; i++) { const [z, nx] = seed58one(x); out.push(z); x = nx; }
  return out;
}
function seed64(n: number, x: bigint): bigint[] {
  const out: bigint[] = [];
  while (out.length < n) {
    const [z, nx] = splitmix64Next(x);
    x = nx;
    if (z !== 0n) out.push(z);
  }
  return out;
}

/** a list seed: masked words, padded with zeros, not all zero */
function seedNz(n: number, l: Term, bits: number): bigint[] {
  const items: Term[] = [];
  let c = l;
  while (c instanceof Cons) { items.push(c.head); c = c.tail; }
  const out: bigint[] = [];
  let nz = false;
  for (const s of items) {
    if (out.length === n) return errorAtom("too_many_seed_integers");
    if (!isInt(s)) return errorAtom("non_integer_seed");
    const r = mask(bits, toBig(s));
    out.push(r);
    nz ||= r !== 0n;
  }
  if (!nz) return errorAtom("zero_seed");
  while (out.length < n) out.push(0n);
  return out;
}

function tripleOf(t: Term): [bigint, bigint, bigint] | undefined {
  if (t instanceof Tuple && t.items.length === 3 && t.items.every(isInt)) return t.items.map((x) => toBig(x as number | bigint)) as [bigint, bigint, bigint];
  return undefined;
}

// A traditional {A1, A2, A3} seed holding something else than integers fails in the first
// arithmetic rand.erl's seeding function does on it (the members are read in order): that
// operator's frame (erlang's, with its two operands) over rand.erl's functions, innermost first.
// How each algorithm's seeding reads member i: `op` says which operator fails on it, `line` where.
interface TripleMember {
  /** the operator that fails on member i (the members before it are integers), with its operands */
  op(members: Term[], i: number): [string, Term[]];
  /** rand.erl's frames under it */
  frames(i: number): Tuple[];
}

/** a 3-tuple with a member that is no integer: fails as `how` says; else the integer triple */
function tripleOrFail(t: Term, how: TripleMember): [bigint, bigint, bigint] | undefined {
  if (!(t instanceof Tuple) || t.items.length !== 3) return undefined;
  const i = t.items.findIndex((x) => !isInt(x));
  if (i < 0) return tripleOf(t);
  const [op, args] = how.op(t.items, i);
  const e = new ErlangError("error", atom("badarith"));
  e.callee = bifErrorFrame("erlang", op, args, undefined);
  e.calleeBelow = how.frames(i);
  throw e;
}

/** `member * multiplier + 1` masked to `bits` (exsplus, exrop, exs1024): a non-number fails the
 *  `*`, a float the mask's band (or the mask itself, `maskFirst`) */
function multiplied(fn: string, lines: number[], multipliers: bigint[], bits: number, maskFirst = false): TripleMember {
  return {
    op: (members, i) => {
      const a = members[i], m = mask(bits, -1n);
      if (maskFirst) return ["band", [a, int(m)]];
      if (a instanceof Float) return ["band", [new Float(a.value * Number(multipliers[i]) + 1), int(m)]];
      return ["*", [a, int(multipliers[i])]];
    },
    frames: (i) => [randFrame(fn, 1, lines[i])],
  };
}

const GOLDEN_GAMMA = 0x9e3779b97f4a7c15n;
const TRIPLE_MULTIPLIERS = [4294967197n, 4294967231n, 4294967279n];
const EXSPLUS_TRIPLE = multiplied("exsplus_seed", [830, 831, 833], TRIPLE_MULTIPLIERS, 58);

/** seed58 of A1, then of A2 bxor the SplitMix state, then of A3 bxor the next (exsss, exro928) */
function splitmixed(fn: string, lines: number[]): TripleMember {
  return {
    op: (members, i) => {
      const a = members[i];
      if (i === 0) return a instanceof Float ? ["band", [new Float(a.value + Number(GOLDEN_GAMMA)), int(M64)]] : ["+", [a, int(GOLDEN_GAMMA)]];
      // the SplitMix state after seeding the members before
      let x = 0n;
      for (let k = 0; k < i; k++) x = seed58one(toBig(members[k] as number | bigint) ^ x)[1];
      return ["bxor", [a, int(x)]];
    },
    frames: (i) => (i === 0 ? [randFrame("splitmix64_next", 1, 1644), randFrame("seed58", 1, 1604), randFrame(fn, 1, lines[0])] : [randFrame(fn, 1, lines[i])]),
  };
}
// ---- Xorshift116 (exsss, exsp, exsplus) -----------------------------------------------------------

function exsNext(s0: bigint, s1: bigint): bigint {
  const s1b = mask(58, s1) ^ bsl(58, s1, 24);
  return s1b ^ s0 ^ (s1b >> 11n) ^ (s0 >> 41n);
}

function exsppNext(t: Term): [bigint, Term] {
  const [s1, s0] = pair(t); // the members are swapped in the state
  const s01 = mask(58, s0);
  const ns1 = exsNext(s01, s1);
  return [mask(58, s01 + ns1), improper(s01, ns1)];
}

function scrambleStarstar(s: bigint): bigint {
  const va = s + bsl(58, s, 2);
  const vb = bsl(58, va, 7) | mask(7, va >> 51n);
  return mask(58, vb + bsl(58, vb, 3));
}

function exsssNext(t: Term): [bigint, Term] {
  const [s1, s0] = pair(t);
  const s01 = mask(58, s0);
  const ns1 = exsNext(s01, s1);
  return [scrambleStarstar(s01), improper(s01, ns1)];
}

/** seed58 for the xorshift116 family; `seeder` is rand.erl's seeding function and its line */
function xorshift116Seed(t: Term, triple: (a: [bigint, bigint, bigint]) => Term, seeder: [string, number], how: TripleMember): Term {
  if (t instanceof Cons || t === NIL) { const [a, b] = seedNz(2, t, 58); return improper(a, b); }
  if (isInt(t)) { const [a, b] = seed58(2, toBig(t)); return improper(a, b); }
  const tr = tripleOrFail(t, how);
  return tr ? triple(tr) : clause(seeder[0], [t], seeder[1]);
}

const exsplusTriple = ([a1, a2, a3]: [bigint, bigint, bigint]): Term => {
  const [, r1] = exsppNext(improper(mask(58, a1 * 4294967197n + 1n), mask(58, a2 * 4294967231n + 1n)));
  const [, r2] = exsppNext(improper(mask(58, a3 * 4294967279n + 1n), pair(r1)[1]));
  return r2;
};

const exsssTriple = ([a1, a2, a3]: [bigint, bigint, bigint]): Term => {
  const [, x0] = seed58one(a1);
  const [s0, x1] = seed58one(a2 ^ x0);
  const [s1] = seed58one(a3 ^ x1);
  return improper(s0, s1);
};

// ---- Xoroshiro116+ (exrop) ------------------------------------------------------------------------

function exropNextS(s0: bigint, s1: bigint): [bigint, bigint] {
  const s1a = s1 ^ s0;
  return [rotl(58, s0, 24) ^ s1a ^ bsl(58, s1a, 2), rotl(58, s1a, 35)];
}
function exropNext(t: Term): [bigint, Term] {
  const [s0, s1] = pair(t);
  const [a, b] = exropNextS(s0, s1);
  return [mask(58, s0 + s1), improper(a, b)];
}
const exropTriple = ([a1, a2, a3]: [bigint, bigint, bigint]): Term => {
  const [, s1] = exropNextS(mask(58, a1 * 4294967197n + 1n), mask(58, a2 * 4294967231n + 1n));
  const [a, b] = exropNextS(mask(58, a3 * 4294967279n + 1n), s1);
  return improper(a, b);
};

// ---- Xorshift64* (exs64) and Xorshift1024* (exs1024, exs1024s) ------------------------------------

function exs64Step(r: bigint): [bigint, bigint] {
  const r1 = r ^ (r >> 12n);
  const r2 = r1 ^ bsl(64, r1, 25);
  const r3 = r2 ^ (r2 >> 27n);
  return [mask(64, r3 * 2685821657736338717n), r3];
}
function exs64Next(t: Term): [bigint, Term] {
  const [v, r] = exs64Step(big(t));
  return [v, int(r)];
}
function exs64Seed(t: Term): Term {
  if (t instanceof Cons || t === NIL) return int(seedNz(1, t, 64)[0]);
  if (isInt(t)) return int(seed64(1, toBig(t))[0]);
  const tr = tripleOrFail(t, multiplied("exs64_seed", [765, 766, 767], [], 32, true));
  if (!tr) return clause("exs64_seed", [t], 756);
  const [v1] = exs64Step(mask(32, tr[0]) * 4294967197n + 1n);
  const [v2] = exs64Step(mask(32, tr[1]) * 4294967231n + 1n);
  const [v3] = exs64Step(mask(32, tr[2]) * 4294967279n + 1n);
  return int(((v1 * v2 * v3) % (M64 - 1n)) + 1n);
}

export function bigs(l: Term): bigint[] {
  const out: bigint[] = [];
  while (l instanceof Cons) { out.push(big(l.head)); l = l.tail; }
  return out;
}
export const ints = (xs: bigint[]): Term => list(xs.map(int));

function exs1024Next(t: Term): [bigint, Term] {
  if (!(t instanceof Tuple) || t.items.length !== 2) return badarg();
  let l = bigs(t.items[0]);
  let rl = bigs(t.items[1]);
  if (l.length === 1) { l = [l[0], ...rl.reverse()]; rl = []; }
  const [s0, s1, ...l3] = l;
  const s11 = s1 ^ bsl(64, s1, 31);
  const s12 = s11 ^ (s11 >> 11n);
  const s01 = s0 ^ (s0 >> 30n);
  const ns1 = s01 ^ s12;
  return [mask(64, ns1 * 1181783497276652981n), tuple(ints([ns1, ...l3]), ints([s0, ...rl]))];
}
function exs1024Seed(t: Term): Term {
  if (t instanceof Cons || t === NIL) return tuple(ints(seedNz(16, t, 64)), NIL);
  if (isInt(t)) return tuple(ints(seed64(16, toBig(t))), NIL);
  const tr = tripleOrFail(t, multiplied("exs1024_seed", [995, 996, 997], [], 21, true));
  if (!tr) return clause("exs1024_seed", [t], 988);
  const b1 = mask(21, (mask(21, tr[0]) + 1n) * 2097131n);
  const b2 = mask(21, (mask(21, tr[1]) + 1n) * 2097133n);
  const b3 = mask(21, (mask(21, tr[2]) + 1n) * 2097143n);
  // sixteen words of Xorshift64* from the packed seed, the last generated first
  let r = (b1 << 43n) | (b2 << 22n) | (b3 << 1n) | 1n;
  const words: bigint[] = [];
  for (let i = 0; i < 16; i++) { const [x, r2] = exs64Step(r); words.unshift(x); r = r2; }
  return tuple(ints(words), NIL);
}

// ---- Xoroshiro928** (exro928ss) -------------------------------------------------------------------
// The state {L, RL} is a ring of 16 58-bit words: L from the current word on, RL the words already
// passed, newest first; when L runs down to one word RL is turned around and appended.

export function exro928Ring(t: Term): [bigint[], bigint[]] {
  if (!(t instanceof Tuple) || t.items.length !== 2) return badarg();
  return [bigs(t.items[0]), bigs(t.items[1])];
}

/** one step of the state (OTP's exro928_next_state): the new state and the two words it read */
export function exro928Step(t: Term): [Term, bigint, bigint] {
  let [l, rl] = exro928Ring(t);
  if (l.length === 1) { l = [l[0], ...rl.reverse()]; rl = []; }
  if (l.length < 2) return badarg();
  const [s15, s0, ...ss] = l;
  const s0m = mask(58, s0);
  const q = mask(58, s15) ^ s0m;
  const ns15 = rotl(58, s0m, 44) ^ q ^ bsl(58, q, 9);
  const ns0 = rotl(58, q, 45);
  return [tuple(ints([ns0, ...ss]), ints([ns15, ...rl])), s15, s0];
}

function exro928ssNext(t: Term): [bigint, Term] {
  const [next, , s0] = exro928Step(t);
  return [scrambleStarstar(s0), next];
}

export function exro928Seed(t: Term): Term {
  if (t instanceof Cons || t === NIL) return tuple(ints(seedNz(16, t, 58)), NIL);
  if (isInt(t)) return tuple(ints(seed58(16, toBig(t))), NIL);
  const tr = tripleOrFail(t, splitmixed("exro928_seed", [1184, 1185, 1186]));
  if (!tr) return clause("exro928_seed", [t], 1177);
  const [s0, x0] = seed58one(tr[0]);
  const [s1, x1] = seed58one(tr[1] ^ x0);
  const [s2, x2] = seed58one(tr[2] ^ x1);
  return tuple(ints([s0, s1, s2, ...seed58(13, x2)]), NIL);
}

// ---- the algorithm table --------------------------------------------------------------------------

const ALGS: Record<string, Alg> = {
  exsss: { type: "exsss", bits: 58, own: true, next: exsssNext, seed: (t) => xorshift116Seed(t, exsssTriple, ["exsss_seed", 839], splitmixed("exsss_seed", [848, 849, 850])), funs: { next: "exsss_next", uniform: "exsss_uniform", jump: "exsplus_jump" } },
  exsp: { type: "exsp", bits: 58, weakLowBits: 1, own: true, next: exsppNext, seed: (t) => xorshift116Seed(t, exsplusTriple, ["exsplus_seed", 820], EXSPLUS_TRIPLE), funs: { next: "exsp_next", uniform: "exsp_uniform", jump: "exsplus_jump" } },
  exsplus: { type: "exsplus", max: M58, next: exsppNext, seed: (t) => xorshift116Seed(t, exsplusTriple, ["exsplus_seed", 820], EXSPLUS_TRIPLE), funs: { next: "exsp_next", jump: "exsplus_jump" } },
  exrop: { type: "exrop", bits: 58, weakLowBits: 1, own: true, next: exropNext, seed: (t) => xorshift116Seed(t, exropTriple, ["exrop_seed", 1342], multiplied("exrop_seed", [1353, 1354, 1355], TRIPLE_MULTIPLIERS, 58)), funs: { next: "exrop_next", uniform: "exrop_uniform", jump: "exrop_jump" } },
  exs64: { type: "exs64", max: M64, next: exs64Next, seed: exs64Seed, funs: { next: "exs64_next" } },
  exs1024: { type: "exs1024", max: M64, next: exs1024Next, seed: exs1024Seed, funs: { next: "exs1024_next", jump: "exs1024_jump" } },
  exs1024s: { type: "exs1024s", bits: 64, weakLowBits: 3, next: exs1024Next, seed: exs1024Seed, funs: { next: "exs1024_next", jump: "exs1024_jump" } },
  exro928ss: { type: "exro928ss", bits: 58, own: true, next: exro928ssNext, seed: exro928Seed, funs: { next: "exro928ss_next", uniform: "exro928ss_uniform", jump: "exro928_jump" } },
};

// The handler map of a state, as OTP's mk_alg/1 makes it: the type, the word's size and the funs
// of rand.erl's functions that step the state (`next`, and `uniform`, `uniform_n`, `jump` where
// the algorithm has them), here the private functions of lib/erlang/rand.ex. The map is made once
// per algorithm when :rand's code is known (it is from the first seeding on, which every state
// comes from); before that, as for a state read from elsewhere, the map is made without its funs.
interface FunCode { functions: { name: string; arity: number }[]; module: Atom; funUniq: number }
let randCode: FunCode | undefined;
const handlers = new Map<string, Term>();

/** notes :rand's loaded code, whose functions the handler maps' funs are */
function noteRandCode(ctx: BifContext): void {
  randCode ??= (ctx.node as { code?: { current(m: Atom): FunCode | undefined } } | undefined)?.code?.current(atom("rand"));
}

function randFun(code: FunCode, name: string, arity: number): Term | undefined {
  const i = code.functions.findIndex((f) => f.name === name && f.arity === arity);
  return i < 0 ? undefined : new Fun(code, i, arity, NO_ENV, code.module, name, code.funUniq);
}

function handlerMap(alg: Alg): Term {
  const made = handlers.get(alg.type);
  if (made) return made;
  const entries: [Term, Term][] = [[atom("type"), atom(alg.type)]];
  if (alg.bits !== undefined) entries.push([atom("bits"), alg.bits]);
  if (alg.max !== undefined) entries.push([atom("max"), int(alg.max)]);
  if (alg.weakLowBits !== undefined) entries.push([atom("weak_low_bits"), alg.weakLowBits]);
  if (randCode === undefined) return mapFromEntries(entries);
  const { next, uniform, jump } = alg.funs;
  const funs: [string, string, number][] = [["next", next, 1]];
  if (uniform) funs.push(["uniform", uniform, 1], ["uniform_n", uniform, 2]);
  if (jump) funs.push(["jump", jump, 1]);
  for (const [key, name, arity] of funs) {
    const f = randFun(randCode, name, arity);
    if (f !== undefined) entries.push([atom(key), f]);
  }
  const h = mapFromEntries(entries);
  handlers.set(alg.type, h);
  return h;
}

/** rand.erl's mk_alg/1: the algorithm of a name */
function algNamed(t: Term): Alg {
  if (t instanceof Atom) {
    const a = ALGS[t.name === "default" ? "exsss" : t.name];
    if (a) return a;
  }
  return clause("mk_alg", [t], 706);
}

/** the algorithm of a state {handler, alg_state}; else a function_clause of `fn`'s at rand.erl:line */
export function algOf(state: Term, fn: string, args: Term[], line: number): [Alg, Term] {
  if (state instanceof Tuple && state.items.length === 2 && isMap(state.items[0])) {
    const type = state.items[0].get(atom("type"));
    if (type instanceof Atom && ALGS[type.name]) return [ALGS[type.name], state.items[1]];
  }
  return clause(fn, args, line);
}

export const mkState = (alg: Alg, s: Term): Term => tuple(handlerMap(alg), s);

// ---- seeding -------------------------------------------------------------------------------------

function seedS1(t: Term): Term {
  if (t instanceof Tuple && t.items.length === 2) {
    const [h, s] = t.items;
    if (isMap(h)) return t;
    if (h instanceof Atom) return mkState(via("seed_s", 1, 275, () => algNamed(h)), s);
  }
  return seedS2(t, defaultSeed());
}

function seedS2(a: Term, seed: Term): Term {
  const alg = via("seed_s", 2, 297, () => algNamed(a));
  return mkState(alg, via("seed_s", 2, 298, () => alg.seed(seed)));
}

let entropy = BigInt(Date.now()) ^ BigInt(Math.floor(Math.random() * 2 ** 48));
function defaultSeed(): Term {
  entropy = splitmix64Next(entropy)[1];
  const [a] = splitmix64Next(entropy);
  const [b] = splitmix64Next(a);
  const [c] = splitmix64Next(b);
  return tuple(int(mask(27, a)), int(mask(60, b)), int(mask(30, c)));
}

// ---- numbers from words ----------------------------------------------------------------------------

export function uniformS(state: Term): [Term, Term] {
  const [alg, s0] = algOf(state, "uniform_s", [state], 328);
  const [v, s1] = alg.next(s0);
  let x: number;
  if (alg.own) x = Number(v >> 5n) * TWO_POW_MINUS53;
  else if (alg.bits !== undefined) x = Number(v >> BigInt(alg.bits - 53)) * TWO_POW_MINUS53;
  else x = Number(v) / Number(alg.max! + 1n);
  return [new Float(x), mkState(alg, s1)];
}

function uniformNS(n: Term, state: Term): [Term, Term] {
  if (!isInt(n) || toBig(n) < 1n) return clause("uniform_s", [n, state], 346);
  const [alg, s0] = algOf(state, "uniform_s", [n, state], 346);
  const range = toBig(n);
  if (alg.bits === undefined) {
    const [v, s1] = alg.next(s0);
    if (range <= alg.max!) return [int((v % range) + 1n), mkState(alg, s1)];
    return [int(BigInt(Math.trunc((Number(v) / Number(alg.max! + 1n)) * Number(range))) + 1n), mkState(alg, s1)];
  }
  let s = s0;
  for (;;) {
    const [v, s1] = alg.next(s);
    const bits = BigInt(alg.bits);
    const maxMinusRange = (1n << bits) - range;
    if (maxMinusRange < 0n) return uniformWide(range, alg, s1, v);
    if (v < range) return [int(v + 1n), mkState(alg, s1)];
    const i = v % range;
    if (v - i <= maxMinusRange) return [int(i + 1n), mkState(alg, s1)];
    s = s1; // v fell in the truncated top range: draw again
  }
}

/** a range wider than the generated word: shift in more words (OTP's uniform_range/4) */
function uniformWide(range: bigint, alg: Alg, r: Term, v: bigint): [Term, Term] {
  const bits = alg.bits!;
  const weak = alg.weakLowBits ?? 0;
  const shift = BigInt(bits - weak);
  const shiftMask = ~((1n << BigInt(weak)) - 1n);
  const more = (rng: bigint, r0: Term, v0: bigint, b: number): [bigint, Term, number] => {
    while (rng > 1n) {
      const [v1, r1] = alg.next(r0);
      v0 = ((v0 & shiftMask) << shift) | v1;
      r0 = r1;
      rng >>= shift;
      b += Number(shift);
    }
    return [v0, r0, b];
  };
  for (;;) {
    if ((range & (range - 1n)) === 0n) {
      const [v1, r1] = more(range >> BigInt(bits), r, v, bits);
      return [int((v1 & (range - 1n)) + 1n), mkState(alg, r1)];
    }
    const [v1, r1, b] = more(range >> BigInt(bits - 2), r, v, bits);
    const i = v1 % range;
    if (v1 - i <= (1n << BigInt(b)) - range) return [int(i + 1n), mkState(alg, r1)];
    const [v2, r2] = alg.next(r1);
    r = r2;
    v = v2;
  }
}

/** bit count of the top bits of v (OTP's ?BC(V, N): the position of the highest set bit + 1) */
function bc(v: bigint, n: number): number {
  let b = n;
  while (b > 0 && v < (1n << BigInt(b - 1))) b--;
  return b;
}

function uniformRealS(state: Term): [Term, Term] {
  const [alg, r0] = algOf(state, "uniform_real_s", [state], 411);
  const wordBits = alg.bits ?? 56;
  const word = (r: Term): [bigint, Term] => {
    const [v, r1] = alg.next(r);
    return [alg.bits === undefined ? mask(56, v) : v, r1];
  };
  const pow = (e: number): number => 2 ** e;
  const [v1, r1] = word(r0);
  const m1 = alg.bits === undefined ? v1 : v1 >> BigInt(wordBits - 56);
  const top = topBits(m1, 0);
  if (top !== undefined) return [new Float(top), mkState(alg, r1)];
  // fewer than 53 significant bits: keep appending words
  let m0 = m1;
  let bitNo = -56;
  let r = r1;
  for (;;) {
    // OTP masks the words of the old `max` algorithms to 56 bits, except the second word drawn
    const [vn, rn] = bitNo === -56 ? alg.next(r) : word(r);
    r = rn;
    if (bitNo === -1064) {
      const b0 = 53 - bc(m0, 52);
      return [new Float(Number((m0 << BigInt(b0)) | (vn >> BigInt(wordBits - b0))) * pow(-1064 - b0)), mkState(alg, r)];
    }
    if (m0 !== 0n) {
      const b0 = m0 >= 1n << 51n ? 1 : m0 >= 1n << 50n ? 2 : m0 >= 1n << 49n ? 3 : 53 - bc(m0, 49);
      return [new Float(Number((m0 << BigInt(b0)) | (vn >> BigInt(wordBits - b0))) * pow(bitNo - b0)), mkState(alg, r)];
    }
    const m = vn >> BigInt(wordBits - 56);
    const t = topBits(m, bitNo);
    if (t !== undefined) return [new Float(t), mkState(alg, r)];
    if (bitNo === -1008 && m < 1n << 42n) return uniformRealS(mkState(alg, r));
    m0 = m;
    bitNo -= 56;
  }
}

/** a 56-bit word with at least 53 significant bits, as a float scaled by 2^offset; else undefined */
function topBits(m: bigint, offset: number): number | undefined {
  if (m >= 1n << 55n) return Number(m >> 3n) * 2 ** (offset - 53);
  if (m >= 1n << 54n) return Number(m >> 2n) * 2 ** (offset - 54);
  if (m >= 1n << 53n) return Number(m >> 1n) * 2 ** (offset - 55);
  if (m >= 1n << 52n) return Number(m) * 2 ** (offset - 56);
  return undefined;
}

function bytesS(n: Term, state: Term): [Term, Term] {
  if (!isInt(n) || toBig(n) < 0n) return clause("bytes_s", [n, state], 571);
  const [alg, r0] = algOf(state, "bytes_s", [n, state], 571);
  const bits = alg.bits ?? 58;
  const weak = alg.bits === undefined ? 2 : alg.weakLowBits ?? 0;
  const goodBytes = (bits - weak) >> 3;
  const goodBits = goodBytes << 3;
  const shift = BigInt(bits - goodBits);
  let left = Number(n);
  const out: number[] = [];
  let r = r0;
  const push = (v: bigint, nbits: number): void => {
    for (let i = nbits - 8; i >= 0; i -= 8) out.push(Number((v >> BigInt(i)) & 0xffn));
  };
  while (goodBytes < left) {
    const [v, r1] = alg.next(r);
    r = r1;
    push(mask(goodBits, v >> shift), goodBits);
    left -= goodBytes;
  }
  const [v, r1] = alg.next(r);
  const nb = left << 3;
  push(mask(nb, v >> BigInt(goodBits - nb)), nb);
  return [new Bin(Uint8Array.from(out)), mkState(alg, r1)];
}

// ---- the process dictionary's state ---------------------------------------------------------------

const SEED_KEY = atom("rand_seed");
export function seedPut(ctx: BifContext, state: Term): Term {
  lookupBif("erlang", "put", 2)!.fn([SEED_KEY, state], ctx);
  return state;
}
export function seedGet(ctx: BifContext): Term {
  noteRandCode(ctx);
  const s = lookupBif("erlang", "get", 1)!.fn([SEED_KEY], ctx) as Term;
  return s === UNDEFINED ? seedPut(ctx, seedS1(atom("exsss"))) : s;
}
export function withState(ctx: BifContext, f: (s: Term) => [Term, Term]): Term {
  const [x, s] = f(seedGet(ctx));
  seedPut(ctx, s);
  return x;
}

/** export form {alg, alg_state} */
function exportS(state: Term): Term {
  const [alg, s] = algOf(state, "export_seed_s", [state], 251);
  return tuple(atom(alg.type), s);
}

defineBifs("rand", {
  "seed/1": ([a], ctx) => (noteRandCode(ctx), seedPut(ctx, via("seed", 1, 265, () => seedS1(a)))),
  "seed/2": ([a, s], ctx) => (noteRandCode(ctx), seedPut(ctx, via("seed", 2, 291, () => seedS2(a, s)))),
  "seed_s/1": ([a], ctx) => (noteRandCode(ctx), seedS1(a)),
  "seed_s/2": ([a, s], ctx) => (noteRandCode(ctx), seedS2(a, s)),
  "export_seed/0": (_, ctx) => {
    const s = lookupBif("erlang", "get", 1)!.fn([SEED_KEY], ctx) as Term;
    return s === UNDEFINED ? UNDEFINED : exportS(s);
  },
  "export_seed_s/1": ([s]) => exportS(s),
  "uniform/0": (_, ctx) => withState(ctx, uniformS),
  "uniform/1": ([n], ctx) => withState(ctx, (s) => via("uniform", 1, 319, () => uniformNS(n, s))),
  "uniform_s/1": ([s]) => tuple(...uniformS(s)),
  "uniform_s/2": ([n, s]) => tuple(...uniformNS(n, s)),
  "uniform_real/0": (_, ctx) => withState(ctx, uniformRealS),
  "uniform_real_s/1": ([s]) => tuple(...uniformRealS(s)),
  "bytes/1": ([n], ctx) => withState(ctx, (s) => via("bytes", 1, 561, () => bytesS(n, s))),
  "bytes_s/2": ([n, s]) => tuple(...bytesS(n, s)),
});

defineBifs("beamlet", {
  // (type, alg_state): a step of the algorithm, {word, next alg_state} (the `next` funs of the
  // handler maps, lib/erlang/rand.ex)
  "rand_next/2": ([type, r]) => {
    const alg = type instanceof Atom ? ALGS[type.name] : undefined;
    if (alg === undefined) return badarg();
    const [v, r1] = alg.next(r);
    return tuple(int(v), r1);
  },
});
