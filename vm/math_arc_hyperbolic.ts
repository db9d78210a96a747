// :math.asin, acos, sinh, cosh, asinh and acosh rounded as OTP's (glibc 2.36 on x86-64):
// V8's Math functions differ from glibc's in the last bit for 2-10% of arguments (measured
// against elixir 1.14 / OTP 25 on 3000 arguments each: asin 158, acos 168, sinh 200, cosh 282,
// asinh 53, acosh 72).
// - asin and acos: glibc's are correctly rounded but for rare cases, so they are computed here in
//   double-double (a Newton step from V8's value) and rounded once.
// - sinh, cosh, asinh, acosh: glibc keeps fdlibm's formulas, which are not correctly rounded; what
//   V8 does differently is the exp and log underneath. So the same formulas run here over glibc's
//   exp and log (vm/exp_rounded.ts, vm/math_rounded.ts), with fdlibm's expm1 and log1p, which V8
//   and glibc share.
import { type DD, add, neg, twoProd, twoSum } from "./double_double.ts";
import { expRounded, logRounded, sinCosDD } from "./math_rounded.ts";

const PI_2: DD = [1.5707963267948966, 6.123233995736766e-17];
const PI: DD = [3.141592653589793, 1.2246467991473532e-16];
const LN2 = 6.93147180559945286227e-01;
const round = (x: DD) => x[0] + x[1];

/** the high 32 bits of |x|'s IEEE representation: fdlibm picks its ranges by them */
const view = new DataView(new ArrayBuffer(8));
function highWord(x: number): number {
  view.setFloat64(0, x);
  return view.getUint32(0) & 0x7fffffff;
}
function lowWord(x: number): number {
  view.setFloat64(0, x);
  return view.getUint32(4);
}

/** sqrt of a non-negative double-double */
function sqrtDD(a: DD): DD {
  const s = Math.sqrt(a[0]);
  if (s === 0) return [0, 0];
  const sq = twoProd(s, s);
  const d = add(a, neg(sq));
  return twoSum(s, (d[0] + d[1]) / (2 * s));
}

/** asin of a double-double |s| <= 0.75: V8's value y, then y + (s - sin y) / cos y */
function asinSmall(s: DD): DD {
  const y = Math.asin(s[0] + s[1]);
  const [sy, cy] = sinCosDD([y, 0]);
  const d = add(s, neg(sy));
  return twoSum(y, (d[0] + d[1]) / (cy[0] + cy[1]));
}

/** 2 asin(sqrt((1 - a) / 2)) for a in [0.5, 1]: 1 - a is exact there, and the Newton step stays
 *  well conditioned where asin(a) itself is steep */
function twiceAsinHalf(oneMinus: number): DD {
  const r = asinSmall(sqrtDD([oneMinus / 2, 0]));
  return [2 * r[0], 2 * r[1]];
}

const arcable = (x: number) => Number.isFinite(x) && Math.abs(x) <= 1 && Math.abs(x) >= 1e-150;

export function asinRounded(x: number): number {
  if (!arcable(x)) return Math.asin(x);
  const a = Math.abs(x);
  let r: DD;
  if (a <= 0.5) r = asinSmall([a, 0]);
  // asin a = pi/2 - 2 asin(sqrt((1 - a) / 2))
  else r = add(PI_2, neg(twiceAsinHalf(1 - a)));
  const v = round(r);
  return x < 0 ? -v : v;
}

export function acosRounded(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) > 1) return Math.acos(x);
  if (x === 1) return 0;
  let r: DD;
  if (Math.abs(x) <= 0.5) {
    // acos x = pi/2 - asin x
    r = Math.abs(x) < 1e-150 ? PI_2 : add(PI_2, neg(asinSmall([x, 0])));
  } else if (x > 0) {
    r = twiceAsinHalf(1 - x);
  } else {
    // acos x = pi - acos(-x)
    r = add(PI, neg(twiceAsinHalf(1 + x)));
  }
  return round(r);
}

export function sinhRounded(x: number): number {
  if (!Number.isFinite(x)) return Math.sinh(x);
  const ix = highWord(x), h = x < 0 ? -0.5 : 0.5, ax = Math.abs(x);
  if (ix < 0x40360000) {
    // |x| < 22
    if (ix < 0x3e300000) return x;
    const t = Math.expm1(ax);
    if (ix < 0x3ff00000) return h * (2.0 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  // |x| in [22, log(maxdouble)]
  if (ix < 0x40862e42) return h * expRounded(ax);
  // up to the overflow threshold
  if (ix < 0x408633ce || (ix === 0x408633ce && lowWord(x) <= 0x8fb9f87d)) {
    const w = expRounded(0.5 * ax), t = h * w;
    return t * w;
  }
  return x * Infinity;
}

export function coshRounded(x: number): number {
  if (!Number.isFinite(x)) return Math.cosh(x);
  const ix = highWord(x), ax = Math.abs(x);
  if (ix < 0x40360000) {
    if (ix < 0x3fd62e43) {
      // |x| < ln2 / 2
      if (ix < 0x3c800000) return 1;
      const t = Math.expm1(ax), w = 1 + t;
      return 1 + (t * t) / (w + w);
    }
    const t = expRounded(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * expRounded(ax);
  if (ix < 0x408633ce || (ix === 0x408633ce && lowWord(x) <= 0x8fb9f87d)) {
    const w = expRounded(0.5 * ax), t = 0.5 * w;
    return t * w;
  }
  return Infinity;
}

export function asinhRounded(x: number): number {
  if (!Number.isFinite(x)) return Math.asinh(x);
  const ix = highWord(x), ax = Math.abs(x);
  if (ix < 0x3e300000) return x;
  let w: number;
  if (ix > 0x41b00000) w = logRounded(ax) + LN2;
  else if (ix > 0x40000000) w = logRounded(2.0 * ax + 1 / (Math.sqrt(ax * ax + 1) + ax));
  else {
    const t = ax * ax;
    w = Math.log1p(ax + t / (1 + Math.sqrt(1 + t)));
  }
  return x < 0 ? -w : w;
}

export function acoshRounded(x: number): number {
  if (!Number.isFinite(x) || x < 1) return Math.acosh(x);
  const ix = highWord(x);
  if (ix >= 0x41b00000) return logRounded(x) + LN2;
  if (x === 1) return 0;
  if (ix > 0x40000000) {
    const t = x * x;
    return logRounded(2.0 * x - 1 / (x + Math.sqrt(t - 1)));
  }
  const t = x - 1;
  return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
}
