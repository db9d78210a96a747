// Float.round/2, Float.ceil/2 and Float.floor/2 with a precision, as Elixir 1.14 computes them:
// the float's exact decimal expansion is cut to `precision + 1` digits (truncating), then
// rounded by a rule that looks only at the sign (ceil/floor) or at that last digit (half up).
// Two 1.14 quirks follow from it and are kept because programs print them:
//   - ceil/floor move a step even when the cut digits are all zero: Float.floor(-0.4, 1) is -0.5,
//     since -0.4 is -0.40000000000000002220... and floor adds one step to the truncated 0.4;
//   - a result that rounds to zero is 0.0, never -0.0 (Float.round(-0.4) is 0.0), while a zero
//     argument comes back unchanged (Float.round(-0.0, 2) is -0.0).
export type Rounding = "half_up" | "ceil" | "floor";

const POW10: bigint[] = [1n];
for (let i = 1; i <= 104; i++) POW10.push(POW10[i - 1] * 10n);

export function roundFloat(x: number, precision: number, rounding: Rounding): number {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x);
  const bits = dv.getBigUint64(0);
  const negative = bits >> 63n === 1n;
  const exp = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  if (exp === 0 && fraction === 0n) return x; // 0.0 or -0.0
  if (!Number.isFinite(x)) return x;
  // the significand (with its leading 1) without trailing zero bits, and how many binary digits
  // of it are fractional: |x| = significand / 2^count
  let significand = (1n << 52n) | fraction;
  let lastOne = 52;
  while ((significand & 1n) === 0n) {
    significand >>= 1n;
    lastOne--;
  }
  const count = lastOne - exp + 1023;
  if (count <= 0) return x; // an integer already
  if (count >= 104) {
    // finer than 104 fractional bits: rounds to zero, or one step away from it
    if (rounding === "ceil" && !negative) return 1 / Number(POW10[precision]);
    if (rounding === "floor" && negative) return -1 / Number(POW10[precision]);
    return 0.0;
  }
  if (count <= precision) return x;
  // the exact decimal digits of |x| * 10^count, cut to precision + 1 decimals
  const digits = (significand * 5n ** BigInt(count)) / POW10[count - precision - 1];
  const truncated = digits / 10n;
  let n: bigint;
  if ((rounding === "floor" && negative) || (rounding === "ceil" && !negative)) n = truncated + 1n;
  else if (rounding === "half_up") n = digits % 10n >= 5n ? truncated + 1n : truncated;
  else n = truncated;
  if (n === 0n) return 0.0;
  // the nearest double to n / 10^precision (JS parses decimal text correctly rounded)
  const v = parseFloat(`${n}e-${precision}`);
  return negative ? -v : v;
}
