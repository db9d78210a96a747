// :rand.normal as OTP 25 computes it: the ziggurat method of Marsaglia and Tsang over 256 layers.
// A word from the generator gives a sign bit and 51 bits; their low 8 bits pick the layer, which
// accepts most draws at once (r < Ki); the rest go to the slow path (the tail beyond R for layer
// 0, a density test with uniform floats otherwise). The tables are OTP's own
// (rand_normal_tables.ts, generated from rand.beam), so seeded sequences are the BEAM's.
import { Float, Term, tuple, isInt, toBig } from "../terms.ts";
import { defineBifs, BifContext } from "./registry.ts";
import { ErlangError } from "../errors.ts";
import { bifErrorFrame } from "../error_info.ts";
import { atom } from "../terms.ts";
import { algOf, clause, mkState, randFrame, uniformS, seedGet, seedPut, via } from "./rand.ts";
import { KI, WI, FI } from "./rand_normal_tables.ts";

const NOR_R = 3.6541528853610088;
const NOR_INV_R = 1 / NOR_R;
const M51 = (1n << 51n) - 1n;

/** [sign bit set?, 51 random bits, next state]: the high bits of a word, or the low ones of a `max` algorithm's */
function get52(state: Term): [boolean, bigint, Term] {
  // (OTP 25 inlines get_52/1 into normal_s: a state that is none fails in its copy's clause)
  const [alg, s0] = algOf(state, "-inlined-get_52/1-", [state], 1714);
  const [v, s1] = alg.next(s0);
  const next = mkState(alg, s1);
  if (alg.bits !== undefined) return [(v & (1n << BigInt(alg.bits - 52))) !== 0n, v >> BigInt(alg.bits - 51), next];
  return [(v & (1n << 51n)) !== 0n, v & M51, next];
}

const floatOf = (t: Term): number => (t as Float).value;

export function normalS(state: Term): [number, Term] {
  for (;;) {
    const [negative, r, s1] = get52(state);
    const idx = Number(r & 255n);
    const x = Number(r) * WI[idx];
    const signed = negative ? -x : x;
    if (Number(r) < KI[idx]) return [signed, s1];
    if (idx === 0) return tail(negative, s1);
    // a draw in the layer's wedge: accepted under the density, else a new draw
    const fi2 = FI[idx];
    const [u0, s2] = uniformS(s1);
    if ((FI[idx - 1] - fi2) * floatOf(u0) + fi2 < Math.exp(-0.5 * signed * signed)) return [signed, s2];
    state = s2;
  }
}

/** the base layer's tail beyond R (Marsaglia's exponential rejection) */
function tail(negative: boolean, state: Term): [number, Term] {
  for (;;) {
    const [u0, s1] = uniformS(state);
    const x = -NOR_INV_R * Math.log(floatOf(u0));
    const [u1, s2] = uniformS(s1);
    const y = -Math.log(floatOf(u1));
    if (y + y > x * x) return [negative ? -NOR_R - x : NOR_R + x, s2];
    state = s2;
  }
}

function num(t: Term): number | undefined {
  if (isInt(t)) return Number(toBig(t));
  return t instanceof Float ? t.value : undefined;
}

/** Mean + math:sqrt(Variance) * X, failing as that Erlang expression does on rand.erl's `line` of `fn` */
function normalMV(mean: Term, variance: Term, x: number, fn: string, line: number): number {
  const m = num(mean), v = num(variance);
  // math:sqrt(Variance) fails first, in its own frame
  const arity = fn === "normal" ? 2 : 3;
  if (v === undefined || v < 0) return via(fn, arity, line, () => mathSqrtFails(variance, v === undefined));
  if (m === undefined) return raiseInRand(atom("badarith"), fn, arity, line);
  return m + Math.sqrt(v) * x;
}

/** :math.sqrt/1 of a term that is no number (badarg) or of a negative one (badarith) */
function mathSqrtFails(x: Term, notNumber: boolean): never {
  const e = new ErlangError("error", atom(notNumber ? "badarg" : "badarith"));
  if (notNumber) e.diagnosis = { args: [[1, "not a number"]] };
  e.callee = bifErrorFrame("math", "sqrt", [x], e.diagnosis);
  throw e;
}

function raiseInRand(reason: Term, fn: string, arity: number, line: number): never {
  const e = new ErlangError("error", reason);
  e.callee = randFrame(fn, arity, line);
  throw e;
}

defineBifs("rand", {
  "normal/0": (_, ctx: BifContext) => {
    const [x, s] = normalS(seedGet(ctx));
    seedPut(ctx, s);
    return new Float(x);
  },
  "normal/2": ([mean, variance], ctx: BifContext) => {
    const [x, s] = normalS(seedGet(ctx));
    seedPut(ctx, s);
    return new Float(normalMV(mean, variance, x, "normal", 662));
  },
  "normal_s/1": ([s]) => {
    const [x, s1] = normalS(s);
    return tuple(new Float(x), s1);
  },
  "normal_s/3": ([mean, variance, s]) => {
    // normal_s(Mean, Variance, State) when Variance > 0 (any non-number is greater than 0)
    const v = num(variance);
    if (v !== undefined && !(v > 0)) return clause("normal_s", [mean, variance, s], 687);
    const [x, s1] = via("normal_s", 3, 688, () => normalS(s));
    return tuple(new Float(normalMV(mean, variance, x, "normal_s", 689)), s1);
  },
});
