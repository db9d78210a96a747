// Integer and float arithmetic with the BEAM's rules: integers are unbounded (JS numbers while
// safe, BigInt beyond, normalised back by `int`), floats never become inf/NaN (badarith instead).
import { Float, Term, atom, bigToDouble, int, toBig } from "../terms.ts";
import { badarith, raise } from "../errors.ts";

export type Int = number | bigint;

export function isIntT(t: Term): t is Int {
  return typeof t === "number" || typeof t === "bigint";
}

export function checkFloat(x: number): Float {
  if (!Number.isFinite(x)) badarith();
  return new Float(x);
}

export function toNumber(t: Term): number {
  if (typeof t === "number") return t;
  if (t instanceof Float) return t.value;
  if (typeof t === "bigint") {
    // an integer past the largest double does not convert: badarith (1 / 2 ** 1074 too)
    const x = bigToDouble(t);
    return Number.isFinite(x) ? x : badarith();
  }
  return badarith();
}

/**
 * OTP's largest integer: 2^19 - 1 words of 64 bits (a magnitude below 2^33,554,368). An
 * arithmetic result past it is system_limit, as the BEAM's (V8's own limit is 2^30 bits).
 */
const MAX_INT_BITS = 33_554_368n;
/** 2^MAX_INT_BITS (4 MB), made when a result is first measured */
let intLimit: bigint | null = null;
let negIntLimit: bigint | null = null;
/** integers from 2^1,048,576 on are measured: against intLimit, or before a product is computed.
 *  That bound and its negation (128 KB BigInts each) are made when an integer first passes
 *  2^1024 (made at start-up, they were a quarter MB of every run's memory; made in each
 *  comparison, 128 KB per operation) */
const SMALL = 1n << 1024n;
const NEG_SMALL = -SMALL;
let measuredFrom: bigint | null = null;
let negMeasuredFrom: bigint | null = null;

function measured(x: bigint): boolean {
  if (x < SMALL && x > NEG_SMALL) return false;
  measuredFrom ??= 1n << 1_048_576n;
  negMeasuredFrom ??= -measuredFrom;
  return x >= measuredFrom || x <= negMeasuredFrom;
}

/** a bigint result as a term: system_limit past OTP's largest integer (comparisons of lengths: O(1)) */
export function bigResult(r: bigint): Int {
  if (measured(r)) {
    intLimit ??= 1n << MAX_INT_BITS;
    negIntLimit ??= -intLimit;
    if (r >= intLimit || r <= negIntLimit) raise(atom("system_limit"));
  }
  return int(r);
}

export function add(a: Term, b: Term): Term {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    return Number.isSafeInteger(r) ? r : int(BigInt(a) + BigInt(b));
  }
  if (isIntT(a) && isIntT(b)) return bigResult(toBig(a) + toBig(b));
  return checkFloat(toNumber(a) + toNumber(b));
}

export function sub(a: Term, b: Term): Term {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    return Number.isSafeInteger(r) ? r : int(BigInt(a) - BigInt(b));
  }
  if (isIntT(a) && isIntT(b)) return bigResult(toBig(a) - toBig(b));
  return checkFloat(toNumber(a) - toNumber(b));
}

export function mul(a: Term, b: Term): Term {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    return Number.isSafeInteger(r) ? (r === 0 ? 0 : r) : int(BigInt(a) * BigInt(b));
  }
  if (isIntT(a) && isIntT(b)) {
    const x = toBig(a), y = toBig(b);
    checkProduct(x, y);
    return bigResult(x * y);
  }
  return checkFloat(toNumber(a) * toNumber(b));
}

/**
 * A product of two huge operands is measured first: the BEAM computes it before it finds the
 * result too big, but V8's multiplication of millions of bits takes seconds.
 */
export function checkProduct(x: bigint, y: bigint): void {
  if (measured(x) && measured(y) && magnitudeBits(x) + magnitudeBits(y) - 1n > MAX_INT_BITS) {
    raise(atom("system_limit"));
  }
}

export function fdiv(a: Term, b: Term): Term {
  const y = toNumber(b), x = toNumber(a);
  if (y === 0) badarith();
  return checkFloat(x / y);
}

export function neg(a: Term): Term {
  if (typeof a === "number") return a === 0 ? 0 : -a;
  if (typeof a === "bigint") return bigResult(-a);
  if (a instanceof Float) return new Float(-a.value);
  return badarith();
}

/** Integer division truncating toward zero (Erlang div). */
export function idiv(a: Term, b: Term): Int {
  if (!isIntT(a) || !isIntT(b) || b === 0 || b === 0n) badarith();
  if (typeof a === "number" && typeof b === "number") {
    const q = Math.trunc(a / b);
    if (Number.isSafeInteger(q) && Math.abs(a) < 2 ** 52) return q === 0 ? 0 : q;
  }
  return int(toBig(a as Int) / toBig(b as Int));
}

/** Remainder with the dividend's sign (Erlang rem). */
export function irem(a: Term, b: Term): Int {
  if (!isIntT(a) || !isIntT(b) || b === 0 || b === 0n) badarith();
  if (typeof a === "number" && typeof b === "number") {
    const r = a % b;
    return r === 0 ? 0 : r;
  }
  return int(toBig(a as Int) % toBig(b as Int));
}

/** Floored division and modulo (Integer.floor_div, Integer.mod). */
export function floorDiv(a: Int, b: Int): Int {
  const q = idiv(a, b), r = irem(a, b);
  if (r !== 0 && r !== 0n && ((r < 0) !== (b < 0))) return sub(q, 1) as Int;
  return q;
}
export function mod(a: Int, b: Int): Int {
  const r = irem(a, b);
  if (r !== 0 && r !== 0n && ((r < 0) !== (b < 0))) return add(r, b) as Int;
  return r;
}

function bitArgs(a: Term, b: Term): [bigint, bigint] {
  if (!isIntT(a) || !isIntT(b)) badarith();
  return [toBig(a as Int), toBig(b as Int)];
}

function small32(a: Term, b: Term): boolean {
  return typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b;
}

export function band(a: Term, b: Term): Int {
  if (small32(a, b)) return (a as number) & (b as number);
  const [x, y] = bitArgs(a, b);
  return int(x & y);
}
export function bor(a: Term, b: Term): Int {
  if (small32(a, b)) return (a as number) | (b as number);
  const [x, y] = bitArgs(a, b);
  return int(x | y);
}
export function bxor(a: Term, b: Term): Int {
  if (small32(a, b)) return (a as number) ^ (b as number);
  const [x, y] = bitArgs(a, b);
  return int(x ^ y);
}
export function bnot(a: Term): Int {
  if (typeof a === "number" && (a | 0) === a) return ~a;
  if (!isIntT(a)) badarith();
  return bigResult(~toBig(a as Int));
}
export function bsl(a: Term, b: Term): Int {
  const [x, y] = bitArgs(a, b);
  return y >= 0n ? shiftLeft(x, y) : int(x >> -y);
}
export function bsr(a: Term, b: Term): Int {
  const [x, y] = bitArgs(a, b);
  return y >= 0n ? int(x >> y) : shiftLeft(x, -y);
}

/**
 * x ** y for an exponent >= 0 (Integer.pow/2 and Kernel.**): system_limit when the result passes
 * OTP's largest integer, found from the operands' sizes before anything is computed (Elixir's
 * squarings raise it on the way; V8's ** would first spend seconds on a result it cannot keep).
 */
export function powInt(x: bigint, y: bigint): Int {
  powBits(x, y);
  return bigResult(x ** y);
}

/** about how many bits x ** y has (y >= 0), system_limit when past OTP's largest integer */
export function powBits(x: bigint, y: bigint): number {
  const m = x < 0n ? -x : x;
  if (m <= 1n || y <= 1n) return y === 0n ? 1 : Number(magnitudeBits(m));
  // log2(m) from its top 53 bits; the margin covers the float's rounding
  const bits = magnitudeBits(m);
  const top = bits > 53n ? Number(m >> (bits - 53n)) : Number(m);
  const log2 = Math.log2(top) + Number(bits > 53n ? bits - 53n : 0n);
  const out = log2 * Number(y);
  if (out > Number(MAX_INT_BITS) + 1) raise(atom("system_limit"));
  return out;
}

function shiftLeft(x: bigint, y: bigint): Int {
  if (x === 0n) return 0; // however far: OTP shifts nothing
  if (y > MAX_INT_BITS || (y > 64n && magnitudeBits(x) + y > MAX_INT_BITS)) raise(atom("system_limit"));
  return bigResult(x << y); // (a short shift of a huge integer can pass the limit too)
}
function magnitudeBits(x: bigint): bigint {
  const hex = (x < 0n ? -x : x).toString(16);
  return BigInt((hex.length - 1) * 4 + parseInt(hex[0], 16).toString(2).length);
}

/** trunc/round/floor/ceil of a float to an integer term. */
export function floatToInt(x: number): Int {
  if (Number.isSafeInteger(x)) return x === 0 ? 0 : x;
  return int(BigInt(x));
}

/** Erlang round/1: half away from zero. */
export function roundHalfAway(x: number): number {
  const r = Math.round(Math.abs(x));
  return x < 0 ? -r : r;
}
