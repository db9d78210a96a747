// Sets of code points written as sorted ranges, for the tables measured on real Elixir/OTP
// (lang/atom_ident_chars.ts, vm/regex/chars.ts). Text encoding: base-36 pairs (gap from the
// previous range's end, length - 1), comma separated.

/** the ranges of `text` as [lo0, hi0, lo1, hi1, ...] */
export function decodeRanges(text: string): Uint32Array {
  const parts = text.split(",");
  const out = new Uint32Array(parts.length);
  let prev = 0;
  for (let i = 0; i < parts.length; i += 2) {
    const lo = prev + parseInt(parts[i]!, 36);
    const hi = lo + parseInt(parts[i + 1]!, 36);
    out[i] = lo;
    out[i + 1] = hi;
    prev = hi;
  }
  return out;
}

/** whether `cp` lies in one of the ranges (a binary search) */
export function inRanges(r: Uint32Array, cp: number): boolean {
  let lo = 0;
  let hi = r.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < r[2 * mid]!) hi = mid - 1;
    else if (cp > r[2 * mid + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}
