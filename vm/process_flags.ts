// The process flags beamlet keeps but does not act on (priority, min_heap_size, sensitive, ...):
// process_flag/2 remembers each process's value and returns the one before, as OTP does, and
// process_info/2 reports them. OTP rounds min_heap_size and min_bin_vheap_size up to a heap size
// of its own (never below the default).
import { Atom, Term, atom, TRUE, FALSE } from "./terms.ts";

interface FlagSpec {
  ok: (v: Term) => boolean;
  initial: Term;
  /** the value OTP keeps for the one given */
  stored?: (v: number) => number;
}

/** OTP's heap sizes grow as a[i] = a[i-1] + a[i-2] + 1 (erts_next_heap_size), from the given pair */
function sizes(a: number, b: number): number[] {
  const out = [a, b];
  while (out[out.length - 1] < 2 ** 40) out.push(out[out.length - 1] + out[out.length - 2] + 1);
  return out;
}
const HEAP_SIZES = sizes(12, 38).filter((s) => s >= 233);
const VHEAP_SIZES = sizes(28690, 46422).filter((s) => s >= 46422);
const nextSize = (table: number[]) => (v: number) => table.find((s) => s >= v) ?? v;

const isNonNegInt = (v: Term) => typeof v === "number" && Number.isInteger(v) && v >= 0;
const isBool = (v: Term) => v === TRUE || v === FALSE;

export const PROCESS_FLAGS: Record<string, FlagSpec> = {
  priority: { ok: (v) => v instanceof Atom && ["low", "normal", "high", "max"].includes(v.name), initial: atom("normal") },
  min_heap_size: { ok: isNonNegInt, initial: 233, stored: nextSize(HEAP_SIZES) },
  min_bin_vheap_size: { ok: isNonNegInt, initial: 46422, stored: nextSize(VHEAP_SIZES) },
  fullsweep_after: { ok: isNonNegInt, initial: 65535 },
  sensitive: { ok: isBool, initial: FALSE },
  save_calls: { ok: (v) => isNonNegInt(v) && (v as number) <= 10000, initial: 0 },
  message_queue_data: { ok: (v) => v instanceof Atom && (v.name === "off_heap" || v.name === "on_heap"), initial: atom("on_heap") },
  async_dist: { ok: isBool, initial: FALSE },
};

const values = new WeakMap<object, Map<string, Term>>();

/** the flag's value in the process (its default until set) */
export function processFlagValue(p: object, flag: string): Term {
  return values.get(p)?.get(flag) ?? PROCESS_FLAGS[flag].initial;
}

/** set the flag (already checked), returning the value before */
export function setProcessFlag(p: object, flag: string, v: Term): Term {
  const old = processFlagValue(p, flag);
  const spec = PROCESS_FLAGS[flag];
  let m = values.get(p);
  if (m === undefined) values.set(p, (m = new Map()));
  m.set(flag, spec.stored && typeof v === "number" ? spec.stored(v) : v);
  return old;
}
