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
