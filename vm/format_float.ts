// Float formatting as Erlang's io_lib_format:fwrite_g/1 (OTP 25), which Elixir's
// Float.to_string/1 and inspect use: the shortest digits that read back to the same float
// (JS's Number#toExponential() with no argument gives exactly those), then whichever of the
// decimal and scientific spellings is shorter, the decimal one on a tie; floats of 2^53 and
// above always take the scientific one (verified on OTP 25: 9007199254740992.0 -> 9.007199254740992e15,
// 4503599627370496.0 stays decimal).

/** Shortest digits and decimal exponent: value = 0.DIGITS * 10^place. */
function shortest(x: number): { digits: string; place: number } {
  const e = x.toExponential(); // "d.ddde+N"
  const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(e)!;
  const digits = (m[1] + (m[2] ?? "")).replace(/0+$/, "") || "0";
  return { digits, place: Number(m[3]) + 1 };
}

/** Float.to_string / :erlang.float_to_binary(f, [:short]) */
export function formatFloat(x: number): string {
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const neg = x < 0;
  const a = Math.abs(x);
  const { digits, place } = shortest(a);
  const l = digits.length;
  let dec: string;
  if (place <= 0) dec = "0." + "0".repeat(-place) + digits;
  else if (place < l) dec = digits.slice(0, place) + "." + digits.slice(place);
  else dec = digits + "0".repeat(place - l) + ".0";
  const sci = digits[0] + "." + (l > 1 ? digits.slice(1) : "0") + "e" + (place - 1);
  const s = a >= 9007199254740992 || sci.length < dec.length ? sci : dec;
  return neg ? "-" + s : s;
}

/** inspect/1 of a float: integral values below 1.0e16 print as "123.0" (Inspect.Float). */
export function inspectFloat(x: number): string {
  const a = Math.abs(x);
  if (a >= 1 && a < 1e16 && Math.trunc(a) === a) return (x < 0 ? "-" : "") + BigInt(a).toString() + ".0";
  return formatFloat(x);
}

/**
 * C's printf("%.*e", d, x) digits in the spelling of JS's x.toExponential(d) ("d.ddde+N"): glibc
 * rounds the exact binary value to nearest, an exact tie to the even digit, where toExponential
 * takes the larger one (OTP's float_to_list/1, float_to_binary(f, [{:scientific, d}]), the FLOAT_EXT
 * of term_to_binary and erlang:display print through printf: 2.5 with no decimals is "2e+00")
 */
export function printfExponential(x: number, d: number): string {
  if (!Number.isFinite(x)) return String(x);
  const ax = Math.abs(x);
  const sign = x < 0 ? "-" : "";
  if (ax === 0) return sign + (d > 0 ? "0." + "0".repeat(d) : "0") + "e+0";
  // (toExponential's text is exact unless the value lies on a tie of its last digit: only then
  //  is the exact value needed; it takes at most 100 digits)
  if (d <= 100) {
    const quick = ax.toExponential(d);
    if (!onTie(ax, d, quick)) return sign + quick;
  }
  let e = Math.floor(Math.log10(ax));
  let n = scaledHalfEven(ax, d - e);
  // log10 can be one off near powers of ten, and rounding can carry into a new digit
  if (n.toString().length > d + 1) { e += 1; n = scaledHalfEven(ax, d - e); }
  if (n.toString().length < d + 1) { e -= 1; n = scaledHalfEven(ax, d - e); }
  const digits = n.toString();
  return sign + digits[0] + (d > 0 ? "." + digits.slice(1) : "") + "e" + (e < 0 ? "-" : "+") + Math.abs(e);
}

/** the exact value of x as num/den */
export function exactRatio(ax: number): [bigint, bigint] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, ax);
  const bits = view.getBigUint64(0);
  const expBits = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & ((1n << 52n) - 1n);
  const mant = expBits === 0 ? frac : frac | (1n << 52n);
  const exp = (expBits === 0 ? 1 : expBits) - 1075;
  return exp >= 0 ? [mant << BigInt(exp), 1n] : [mant, 1n << BigInt(-exp)];
}

/** ax * 10^k rounded to an integer, an exact tie to the even one */
function scaledHalfEven(ax: number, k: number): bigint {
  let [num, den] = exactRatio(ax);
  if (k >= 0) num *= 10n ** BigInt(k);
  else den *= 10n ** BigInt(-k);
  const n = num / den, r = (num % den) * 2n;
  return r > den || (r === den && n % 2n === 1n) ? n + 1n : n;
}

/** does ax lie exactly halfway between two d-decimal mantissas (the one toExponential gave)? */
function onTie(ax: number, d: number, quick: string): boolean {
  const e = Number(quick.slice(quick.indexOf("e") + 1));
  let [num, den] = exactRatio(ax);
  const k = d - e;
  if (k >= 0) num *= 10n ** BigInt(k);
  else den *= 10n ** BigInt(-k);
  return (num % den) * 2n === den;
}
