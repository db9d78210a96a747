// The values of a compiled loop's delayed locals (lazy_rest.ts's binary and bit position,
// lazy_append.ts's accumulator and length) where a stop takes them: in the function's one exit
// call, as calls of these two functions rather than `o === 0 ? l : subBits(...)` written inline.
// V8 optimises a loop before its stop was ever taken, and an operation that never ran has no type
// feedback: TurboFan leaves it out and deoptimises when it is reached, which threw the loop's
// optimised code away at the first batch's end, the loop then running unoptimised until V8
// compiled it again (binary_append_800k's two loops: most of their first pass). These calls run in
// the exit's warm-up (compile.ts warmed), so their sites have feedback; their own branches are
// warmed below.
import { Bin } from "../terms.ts";
import { subBits } from "../binary.ts";
import { appended } from "../binary_build.ts";

/** l read from bit o on (o 0: l itself) */
export function restValue(l: Bin, o: number): Bin {
  return o === 0 ? l : subBits(l, o, l.bitSize - o);
}

/** the first n bytes of acc's buffer from acc's start (n undefined: acc itself) */
export function appendedValue(acc: Bin, n: number | undefined): Bin {
  return n === undefined ? acc : appended(acc, n);
}

(function warmDelayedValues(): void {
  const store = new Uint8Array(16);
  const b = new Bin(store, undefined, 0, 0, 8);
  for (let k = 0; k < 64; k++) {
    restValue(b, k & 1 ? 8 : 0);
    appendedValue(b, k & 1 ? 8 : undefined);
  }
})();
