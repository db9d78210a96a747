// A fun's captured values (Fun.env) in an array of one V8 elements kind, HOLEY_ELEMENTS, whatever
// they hold and however many. Code that calls funs reads their envs (ev.length, ev[i]: compiled
// code's call_fun, the interpreter's) and V8 keys those reads by the array's map, which is the
// elements kind: an empty env made as `[]` or `new Array(0)`, one of small integers and one of
// other terms had three maps, and the first fun of another kind reaching optimised code
// deoptimised it (Enum's reduce over a range, optimised for a fun capturing nothing, then given
// Enum.map's fun capturing the mapper: "wrong map", the function compiled again).
import type { Term } from "./terms.ts";

/** an env of n slots (holes until written), of the one kind */
export function newEnv(n: number): Term[] {
  const e = new Array<Term>(n === 0 ? 1 : n);
  // (a value not a small integer: the array is HOLEY_ELEMENTS from here on, whatever it is given)
  e[0] = null as unknown as Term;
  if (n === 0) e.length = 0;
  return e;
}

/** the env of every fun that captures nothing (never written) */
export const NO_ENV: Term[] = newEnv(0);

/** values[from, from + n) as an env */
export function envOf(values: readonly Term[], from = 0, n = values.length - from): Term[] {
  if (n === 0) return NO_ENV;
  const e = newEnv(n);
  for (let i = 0; i < n; i++) e[i] = values[from + i];
  return e;
}
