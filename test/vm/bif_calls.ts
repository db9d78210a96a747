// Counts the calls a program makes of some BIFs, by wrapping their registry entries: tests show
// with it that compiled code or a compiler rule leaves a BIF's call out (check_bool/2 for and/or,
// a range loop's guard).
import { lookupBif } from "../../vm/bifs/registry.ts";

/** the calls of the BIFs `keys` ([module, name, arity]) from now until restore() */
export function countBifCalls(...keys: [string, string, number][]): { readonly calls: number; restore(): void } {
  const entries = keys.map(([m, f, a]) => lookupBif(m, f, a)! as { fn: (...a: unknown[]) => unknown });
  const originals = entries.map((e) => e.fn);
  const counter = { calls: 0, restore: () => entries.forEach((e, i) => (e.fn = originals[i])) };
  entries.forEach((e, i) => {
    e.fn = (...a) => {
      counter.calls++;
      return originals[i](...a);
    };
  });
  return counter;
}
