// exp(x) rounded correctly (as glibc's exp, whose error is below 0.502 ulp, gives it; V8's
// Math.exp is off by an ulp now and then): x = k ln2 + r, exp(r) summed in double-double.
import { type DD, LN2, add, mul, divSmall, twoSum } from "./double_double.ts";

/** exp(x) as 2^k times a double-double near 1 */
function expParts(x: DD): { k: number; m: DD } {
  const k = Math.round(x[0] / LN2[0]);
  const r = add(x, mul([-k, 0], LN2));
  let sum: DD = [1, 0], term: DD = [1, 0];
  for (let i = 1; i <= 27; i++) {
    term = divSmall(mul(term, r), i);
    sum = add(sum, term);
  }
  return { k, m: sum };
}

/** 2^k in two steps: 2^k alone is 0 or Infinity at the ends of the range */
function scaled(v: number, k: number): number {
  const k1 = Math.trunc(k / 2);
  return v * Math.pow(2, k1) * Math.pow(2, k - k1);
}

/** exp of a double-double, as a double-double (its result within the normal doubles) */
export function expDD(x: DD): DD {
  const { k, m } = expParts(x);
  return twoSum(scaled(m[0], k), scaled(m[1], k));
}

export function expRounded(x: number): number {
  if (!Number.isFinite(x)) return Math.exp(x);
  if (x > 709.8) return Infinity;
  if (x < -745.2) return 0;
  const { k, m } = expParts([x, 0]);
  return scaled(m[0] + m[1], k);
}
