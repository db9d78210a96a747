// The arguments of crc32_combine/adler32_combine (:erlang's and :zlib's), checked as OTP 25 does.
import { Term } from "../terms.ts";
import { badarg, badargAt } from "../errors.ts";

/** the two checksums and the second part's length of crc32_combine/adler32_combine */
export function combineArgs(a: Term, b: Term, n: Term, first = 1): [number, number, bigint] {
  const sum = (t: Term, arg: number): number => {
    if (typeof t !== "number" && typeof t !== "bigint") badargAt(arg, "not an integer");
    if (typeof t !== "number" || !Number.isInteger(t) || t < 0 || t > 0xffffffff) badargAt(arg, "out of range");
    return t as number;
  };
  const x = sum(a, first), y = sum(b, first + 1);
  if (typeof n !== "number" && typeof n !== "bigint") badargAt(first + 2, "not an integer");
  const len = BigInt(n as number | bigint);
  if (len < 0n) badargAt(first + 2, "out of range");
  // a length beyond 32 bits fails with a bare badarg on OTP 25
  if (len > 0xffffffffn) badarg();
  return [x, y, len];
}
