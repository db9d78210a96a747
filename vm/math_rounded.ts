// The :math functions rounded as OTP's (glibc's: correctly rounded in all but rare cases) are:
// V8's Math.pow, log, sin, cos, tan, atan and atan2 are off by an ulp for some 3-20% of arguments
// (measured against elixir 1.14 / OTP 25 on random arguments). Each is computed in double-double
// from V8's value (a Newton step) or from a series, then rounded once; arguments out of the
// ranges handled here keep V8's value.
import { type DD, add, div, divSmall, mul, neg, twoProd, twoSum } from "./double_double.ts";
import { expDD, expRounded } from "./exp_rounded.ts";

export { expRounded };

const LOG2E: DD = [1.4426950408889634, 2.0355273740931033e-17];
const PI: DD = [3.141592653589793, 1.2246467991473532e-16];
const PI_2: DD = [1.5707963267948966, 6.123233995736766e-17];
// pi/2 in three parts, the first two of 33 bits (k * part is exact for k below 2^20)
const PIO2_1 = 1.5707963267341256, PIO2_2 = 6.077100506303966e-11, PIO2_3 = 2.0222662487959506e-21;
const MIN_NORMAL = 2.2250738585072014e-308;

const round = (x: DD) => x[0] + x[1];

/** ln(x) for a positive finite x: one Newton step from V8's value, ln x = y + ln(x e^-y) */
function logDD(x: number): DD {
  const y = Math.log(x);
  const e = expDD([y, 0]);
  const d = add([x, 0], neg(e));
  return twoSum(y, (d[0] + d[1]) / e[0]);
}

const normal = (x: number) => Number.isFinite(x) && x >= MIN_NORMAL && x <= 1e300;

export function logRounded(x: number): number {
  return normal(x) ? round(logDD(x)) : Math.log(x);
}
export function log2Rounded(x: number): number {
  return normal(x) ? round(mul(logDD(x), LOG2E)) : Math.log2(x);
}
/** glibc's log10 is not correctly rounded: it is fdlibm's e_log10.c over its own (rounded) log,
 *  x = 2^n m with m in [1, 2) (in [0.5, 1) for a negative n), done here in the same steps */
const IVLN10 = 4.34294481903251816668e-01, LOG10_2HI = 3.01029995663611771306e-01, LOG10_2LO = 3.69423907715893078616e-13;
export function log10Rounded(x: number): number {
  if (!normal(x)) return Math.log10(x);
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hx = view.getUint32(0);
  const k = (hx >>> 20) - 1023;
  const i = k < 0 ? 1 : 0;
  view.setUint32(0, (hx & 0x000fffff) | ((0x3ff - i) << 20));
  const m = view.getFloat64(0), y = k + i;
  const z = y * LOG10_2LO + IVLN10 * logRounded(m);
  return z + y * LOG10_2HI;
}

export function powRounded(x: number, y: number): number {
  const v = Math.pow(x, y);
  // what is exact, special or beyond the normal doubles stays V8's (and C's) answer
  if (!Number.isFinite(v) || Math.abs(v) < MIN_NORMAL || x === 1 || y === 0 || y === 1 || !Number.isFinite(x) || !Number.isFinite(y) || x === 0) return v;
  // one IEEE operation rounds these exactly; double-double is not enough when the exact value is
  // within 2^-107 of a halfway point (1 / 1.6615349947311447e35 is, and glibc rounds it right)
  if (y === -1) return 1 / x;
  if (y === 2) return x * x;
  if (y === 0.5 && x > 0) return Math.sqrt(x);
  const ax = Math.abs(x);
  if (!normal(ax)) return v;
  const r = expDD(mul(logDD(ax), [y, 0]));
  const m = round(r);
  return x < 0 ? (Number.isInteger(y) && y % 2 !== 0 ? -m : m) : m;
}

/** x - k pi/2 in double-double, k the nearest quadrant; |x| below 2^19 */
function reduce(x: number): { k: number; r: DD } {
  const k = Math.round(x / PI_2[0]);
  let r: DD = twoSum(x, -k * PIO2_1);
  r = add(r, [-k * PIO2_2, 0]);
  r = add(r, neg(twoProd(k, PIO2_3)));
  return { k, r };
}

/** sin and cos of a double-double |r| <= pi/4 by their series */
function sinCosSeries(r: DD): [DD, DD] {
  const r2 = mul(r, r);
  let s: DD = r, c: DD = [1, 0], ts: DD = r, tc: DD = [1, 0];
  for (let n = 1; n <= 14; n++) {
    ts = divSmall(neg(mul(ts, r2)), (2 * n) * (2 * n + 1));
    tc = divSmall(neg(mul(tc, r2)), (2 * n - 1) * (2 * n));
    s = add(s, ts);
    c = add(c, tc);
  }
  return [s, c];
}

/** [sin x, cos x] in double-double */
export function sinCosDD(x: DD): [DD, DD] {
  const { k, r } = reduce(x[0]);
  const [s, c] = sinCosSeries(add(r, [x[1], 0]));
  switch (((k % 4) + 4) % 4) {
    case 0: return [s, c];
    case 1: return [c, neg(s)];
    case 2: return [neg(s), neg(c)];
    default: return [neg(c), s];
  }
}

const REDUCIBLE = 2 ** 19;
const trig = (x: number) => Number.isFinite(x) && Math.abs(x) < REDUCIBLE && Math.abs(x) >= 1e-150;

// beyond 2^19, x - k pi/2 from x's exact value and 1300 bits of pi/2 (BigInt: V8's sin, cos and
// tan of a large argument are not glibc's)
const PI_BITS = 1300n;
let piOver2Fixed: bigint | null = null;
/** floor(pi/2 * 2^PI_BITS), by Machin's formula (made once, when first needed) */
function piOver2(): bigint {
  if (piOver2Fixed !== null) return piOver2Fixed;
  const one = 1n << (PI_BITS + 16n);
  const atanInv = (n: bigint): bigint => {
    let sum = 0n, term = one / n, k = 1n, sign = 1n;
    const n2 = n * n;
    while (term !== 0n) {
      sum += (sign * term) / k;
      term /= n2;
      k += 2n;
      sign = -sign;
    }
    return sum;
  };
  // pi/2 = 8 atan(1/5) - 2 atan(1/239)
  piOver2Fixed = (8n * atanInv(5n) - 2n * atanInv(239n)) >> 16n;
  return piOver2Fixed;
}

/** the quadrant and x - k pi/2 of a finite |x| >= 2^19 */
function reduceLarge(x: number): { k: number; r: DD } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const hi = view.getUint32(0), lo = view.getUint32(4);
  const e = ((hi >>> 20) & 0x7ff) - 1075;
  const m = (BigInt((hi & 0xfffff) | 0x100000) << 32n) | BigInt(lo);
  // |x| * 2^PI_BITS = m * 2^(e + PI_BITS)
  const shift = BigInt(e) + PI_BITS;
  const X = shift >= 0n ? m << shift : m >> -shift;
  const P = piOver2();
  let k = X / P;
  let rem = X - k * P;
  if (2n * rem > P) { k += 1n; rem -= P; }
  // r = rem / 2^PI_BITS, from its top 120 bits below the point: a double and what it leaves out
  const q = rem >> (PI_BITS - 120n);
  const qHi = Number(q);
  const r: DD = twoSum(qHi / 2 ** 120, Number(q - BigInt(qHi)) / 2 ** 120);
  const kk = Number(k % 4n);
  return x < 0 ? { k: (4 - kk) % 4, r: neg(r) } : { k: kk, r };
}

const large = (x: number) => Number.isFinite(x) && Math.abs(x) >= REDUCIBLE;

function sinCosLarge(x: number): [DD, DD] {
  const { k, r } = reduceLarge(x);
  const [s, c] = sinCosSeries(r);
  switch (k) {
    case 0: return [s, c];
    case 1: return [c, neg(s)];
    case 2: return [neg(s), neg(c)];
    default: return [neg(c), s];
  }
}

export function sinRounded(x: number): number {
  if (large(x)) return round(sinCosLarge(x)[0]);
  return trig(x) ? round(sinCosDD([x, 0])[0]) : Math.sin(x);
}
export function cosRounded(x: number): number {
  if (large(x)) return round(sinCosLarge(x)[1]);
  return trig(x) ? round(sinCosDD([x, 0])[1]) : Math.cos(x);
}
export function tanRounded(x: number): number {
  if (large(x)) {
    const [s, c] = sinCosLarge(x);
    return round(div(s, c));
  }
  if (!trig(x)) return Math.tan(x);
  const [s, c] = sinCosDD([x, 0]);
  return round(div(s, c));
}

/** atan of a double-double q; above 1 in size, pi/2 - atan(1/q) (signed): near pi/2 tan is so steep
 *  that the Newton step from V8's value (off by an ulp there) does not mend it */
function atanDD(q: DD): DD {
  if (Math.abs(q[0]) <= 1) return atanNearZero(q);
  const a = atanNearZero(div([1, 0], q));
  return add(q[0] > 0 ? PI_2 : neg(PI_2), neg(a));
}

/** atan of a double-double |q| <= 1: V8's value y, then y + (q - tan y) / (1 + q^2) */
function atanNearZero(q: DD): DD {
  const y = Math.atan(q[0]);
  const [s, c] = sinCosDD([y, 0]);
  const t = div(s, c);
  const d = add(q, neg(t));
  return twoSum(y, (d[0] + d[1]) / (1 + q[0] * q[0]));
}

const atanable = (x: number) => Number.isFinite(x) && Math.abs(x) >= 1e-150 && Math.abs(x) <= 1e150;

export function atanRounded(x: number): number {
  return atanable(x) ? round(atanDD([x, 0])) : Math.atan(x);
}

export function atan2Rounded(y: number, x: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0 || y === 0) return Math.atan2(y, x);
  // the quotient in double-double, its atan folded into the quadrant of (x, y)
  const q0 = y / x;
  if (!atanable(q0)) return Math.atan2(y, x);
  const p = twoProd(q0, x);
  const q = twoSum(q0, (y - p[0] - p[1]) / x);
  let a = atanDD(q);
  if (x < 0) a = add(a, y > 0 ? PI : neg(PI));
  return round(a);
}
