// exp(x) rounded correctly (as glibc's exp, whose error is below 0.502 ulp, gives it; V8's
// Math.exp is off by an ulp now and then): x = k ln2 + r, exp(r) summed in double-double.
type DD = [number, number];

function twoSum(a: number, b: number): DD {
  const s = a + b, bb = s - a;
  return [s, (a - (s - bb)) + (b - bb)];
}
const SPLIT = 134217729; // 2^27 + 1
function twoProd(a: number, b: number): DD {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b), bl = b - bh;
  return [p, ((ah * bh - p) + ah * bl + al * bh) + al * bl];
}
function add(a: DD, b: DD): DD {
  const s = twoSum(a[0], b[0]);
  return twoSum(s[0], s[1] + a[1] + b[1]);
}
function mul(a: DD, b: DD): DD {
  const p = twoProd(a[0], b[0]);
  return twoSum(p[0], p[1] + a[0] * b[1] + a[1] * b[0]);
}
function divSmall(a: DD, n: number): DD {
  const q = a[0] / n, p = twoProd(q, n);
  return twoSum(q, (a[0] - p[0] - p[1] + a[1]) / n);
}

const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];

export function expRounded(x: number): number {
  if (!Number.isFinite(x)) return Math.exp(x);
  if (x > 709.8) return Infinity;
  if (x < -745.2) return 0;
  const k = Math.round(x / LN2[0]);
  const r = add([x, 0], mul([-k, 0], LN2));
  let sum: DD = [1, 0], term: DD = [1, 0];
  for (let i = 1; i <= 27; i++) {
    term = divSmall(mul(term, r), i);
    sum = add(sum, term);
  }
  const v = sum[0] + sum[1];
  // 2^k in two steps: 2^k alone is 0 or Infinity at the ends of the range
  const k1 = Math.trunc(k / 2);
  return v * Math.pow(2, k1) * Math.pow(2, k - k1);
}
