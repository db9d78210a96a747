// The big-integer operations that take long on huge operands (seconds for millions of digits),
// which a host may run off the node's thread (cli/host_bigint.ts runs them in a worker thread,
// vm/big_work.ts decides when). One self-contained function: the worker is made from its source
// text (bigOps.toString()), so nothing inside may refer to anything outside it.

export type BigOpName = "pow" | "mul" | "div" | "rem" | "text" | "parse";

export interface BigOps {
  pow(x: bigint, y: bigint): bigint;
  mul(x: bigint, y: bigint): bigint;
  div(x: bigint, y: bigint): bigint;
  rem(x: bigint, y: bigint): bigint;
  /** the digits of x in a base 2..36, lower case */
  text(x: bigint, base: number): string;
  /** the value of digits (already checked: only digits of the base, no sign) in a base 2..36 */
  parse(digits: string, base: number): bigint;
}

export function bigOps(): BigOps {
  /** digits[lo, hi) one by one: few enough of them (a leaf of parse's halving) */
  function parseShort(d: string, lo: number, hi: number, base: number, group: number, bigGroup: bigint): bigint {
    let v = 0n;
    // as many digits at a time as a double holds exactly
    for (let i = lo; i < hi; ) {
      const end = Math.min(hi, i + group);
      let n = 0;
      for (let j = i; j < end; j++) n = n * base + parseInt(d[j], 36);
      v = v * (end - i === group ? bigGroup : BigInt(base) ** BigInt(end - i)) + BigInt(n);
      i = end;
    }
    return v;
  }

  /**
   * Digits in any base by halving: value(high) * base^len(low) + value(low), the low halves'
   * lengths powers of two so their powers of the base are computed once. Digit by digit (v * b + d)
   * is quadratic: minutes for a million digits.
   */
  function parse(d: string, base: number): bigint {
    if (base === 10) return BigInt(d);
    if (base === 16) return BigInt("0x" + d);
    if (base === 8) return BigInt("0o" + d);
    if (base === 2) return BigInt("0b" + d);
    let group = 1;
    while (base ** (group + 1) < 2 ** 53) group++;
    const bigGroup = BigInt(base) ** BigInt(group);
    const LEAF = 256;
    const powers = new Map<number, bigint>();
    const powerOf = (k: number): bigint => {
      let p = powers.get(k);
      if (p === undefined) {
        p = k === LEAF ? BigInt(base) ** BigInt(LEAF) : powerOf(k / 2) ** 2n;
        powers.set(k, p);
      }
      return p;
    };
    const go = (lo: number, hi: number): bigint => {
      if (hi - lo <= LEAF) return parseShort(d, lo, hi, base, group, bigGroup);
      let k = LEAF;
      while (k * 2 < hi - lo) k *= 2;
      return go(lo, hi - k) * powerOf(k) + go(hi - k, hi);
    };
    return go(0, d.length);
  }

  return {
    pow: (x, y) => x ** y,
    mul: (x, y) => x * y,
    div: (x, y) => x / y,
    rem: (x, y) => x % y,
    text: (x, base) => x.toString(base),
    parse,
  };
}
