// Double-double arithmetic: a number as an unevaluated sum hi + lo of two doubles (about 106 bits),
// for the :math functions that must round as glibc does (vm/math_rounded.ts, vm/exp_rounded.ts).
export type DD = [number, number];

export function twoSum(a: number, b: number): DD {
  const s = a + b, bb = s - a;
  return [s, (a - (s - bb)) + (b - bb)];
}
const SPLIT = 134217729; // 2^27 + 1
export function twoProd(a: number, b: number): DD {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b), bl = b - bh;
  return [p, ((ah * bh - p) + ah * bl + al * bh) + al * bl];
}
export function add(a: DD, b: DD): DD {
  const s = twoSum(a[0], b[0]);
  return twoSum(s[0], s[1] + a[1] + b[1]);
}
export function neg(a: DD): DD {
  return [-a[0], -a[1]];
}
export function mul(a: DD, b: DD): DD {
  const p = twoProd(a[0], b[0]);
  return twoSum(p[0], p[1] + a[0] * b[1] + a[1] * b[0]);
}
export function divSmall(a: DD, n: number): DD {
  const q = a[0] / n, p = twoProd(q, n);
  return twoSum(q, (a[0] - p[0] - p[1] + a[1]) / n);
}
export function div(a: DD, b: DD): DD {
  const q = a[0] / b[0];
  const r = add(a, neg(mul([q, 0], b)));
  return twoSum(q, r[0] / b[0]);
}

export const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];
