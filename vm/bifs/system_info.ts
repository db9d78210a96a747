// :erlang.system_info/1: the limits a program can run into, and the static facts about the
// runtime that programs print or branch on (`System.otp_release/0` reads :otp_release). The
// values are those of the reference, OTP 25 (erts 13.1.5) on a 64-bit machine with 2 schedulers,
// the count `System.schedulers_online/0` reports here too.
import { Atom, Term, Tuple, atom, tuple, TRUE, FALSE, getAtomLimit, atomCount, charlist } from "../terms.ts";
import { badargAt } from "../errors.ts";
import { maxHeapTerm } from "../max_heap_size.ts";
import { setBacktraceDepth } from "../stacktrace.ts";
import { MONOTONIC_AT_START_NS } from "./erlang.ts";
import type { Node } from "../node.ts";

export const SCHEDULERS = 2;
/** erts's version (the BREAK menu's `v` prints it too) */
export const ERTS_VERSION = "13.1.5";

/** the emulator's banner (erl prints it atop an interactive shell) */
export const SYSTEM_VERSION = `Erlang/OTP 25 [erts-${ERTS_VERSION}] [source] [64-bit] [smp:${SCHEDULERS}:${SCHEDULERS}] [ds:${SCHEDULERS}:${SCHEDULERS}:10] [async-threads:1] [jit:ns]\n`;

/** System.build_info()[:build] */
export const ELIXIR_BUILD = "1.14.0 (compiled with Erlang/OTP 24)";

const STATIC: Record<string, () => Term> = {
  otp_release: () => charlist("25"),
  version: () => charlist(ERTS_VERSION),
  system_version: () => charlist(SYSTEM_VERSION),
  machine: () => charlist("BEAM"),
  system_architecture: () => charlist("x86_64-pc-linux-gnu"),
  driver_version: () => charlist("3.3"),
  nif_version: () => charlist("2.16"),
  compat_rel: () => 25,
  wordsize: () => 8,
  schedulers: () => SCHEDULERS,
  schedulers_online: () => SCHEDULERS,
  dirty_cpu_schedulers: () => SCHEDULERS,
  dirty_cpu_schedulers_online: () => SCHEDULERS,
  dirty_io_schedulers: () => 10,
  logical_processors: () => SCHEDULERS,
  logical_processors_available: () => SCHEDULERS,
  logical_processors_online: () => SCHEDULERS,
  port_limit: () => 65536,
  ets_limit: () => 8192,
  thread_pool_size: () => 1,
  smp_support: () => TRUE,
  threads: () => TRUE,
  kernel_poll: () => TRUE,
  debug_compiled: () => FALSE,
  emu_flavor: () => atom("jit"),
  emu_type: () => atom("opt"),
  build_type: () => atom("opt"),
  hipe_architecture: () => atom("undefined"),
  time_offset: () => atom("final"),
  min_heap_size: () => tuple(atom("min_heap_size"), flags.min_heap_size),
  min_bin_vheap_size: () => tuple(atom("min_bin_vheap_size"), flags.min_bin_vheap_size),
  fullsweep_after: () => tuple(atom("fullsweep_after"), flags.fullsweep_after),
  dist_buf_busy_limit: () => 1048576,
  atom_limit: () => getAtomLimit(),
  atom_count: () => atomCount(),
  max_heap_size: () => maxHeapTerm(null),
  // the Erlang monotonic time (native units) when the node started: every monotonic_time/0 is after it
  start_time: () => MONOTONIC_AT_START_NS,
};

/**
 * What :erlang.system_flag/2 set, for the whole runtime as on the BEAM: the defaults of new
 * processes' heaps (reported, beamlet's heap is the host's), the schedulers online (reported by
 * System.schedulers_online/0), and backtrace_depth, the entries a stack trace keeps.
 */
const DEFAULT_FLAGS = { min_heap_size: 233, min_bin_vheap_size: 46422, fullsweep_after: 65535, schedulers_online: SCHEDULERS };
const flags = { ...DEFAULT_FLAGS };

/** the flags as a fresh runtime has them: a host that starts another node in the same JS runtime
 *  (a page's Run: web/embed.ts) starts it with the BEAM's defaults, not what the last one set
 *  (the flags are the runtime's, shared by the nodes alive at once) */
export function resetSystemFlags(): void {
  Object.assign(flags, DEFAULT_FLAGS);
  requestedDepth = 8;
  setBacktraceDepth(8);
}

export function systemFlag(flag: Term, value: Term): Term {
  const name = flag instanceof Atom ? flag.name : "";
  const bad = (): never => badargAt(2, "invalid value for this system flag");
  switch (name) {
    case "backtrace_depth": {
      if (typeof value !== "number" || value < 0) bad();
      const old = requestedDepth;
      requestedDepth = value as number;
      // the BEAM keeps the failing function's own entry even at 0
      setBacktraceDepth(Math.max(1, Math.min(requestedDepth, 1 << 20)));
      return old;
    }
    case "schedulers_online": {
      if (typeof value !== "number" || value < 1 || value > SCHEDULERS) bad();
      const old = flags.schedulers_online;
      flags.schedulers_online = value as number;
      return old;
    }
    case "min_heap_size": case "min_bin_vheap_size": case "fullsweep_after": {
      if (typeof value !== "number" || value < 0) bad();
      const old = flags[name];
      // heap sizes are the BEAM's steps: the first at least as big
      flags[name] = name === "fullsweep_after" ? (value as number) : heapStep(value as number);
      return old;
    }
  }
  return badargAt(1, "invalid system flag");
}
let requestedDepth = 8;

/** the BEAM's heap sizes in words: Fibonacci-like (a + b + 1) from 12 and 38, then 20% steps */
function heapStep(words: number): number {
  let [a, b] = [12, 38];
  if (words <= a) return a;
  while (b < words) [a, b] = b < 1_300_000 ? [b, a + b + 1] : [b, b + Math.floor(b / 5)];
  return b;
}

/** System.schedulers_online/0: what system_flag(:schedulers_online, N) left */
export function schedulersOnline(): number {
  return flags.schedulers_online;
}

export function systemInfo(node: Node, what: Term): Term {
  if (what instanceof Atom) {
    switch (what.name) {
      case "schedulers_online": return flags.schedulers_online;
      case "process_limit": return node.processLimit;
      case "process_count": return node.processes.size;
      case "creation": return node.creation;
      // (none until the first table or port is made)
      case "ets_count":
      case "port_count": return node.resourceCounts.get(what.name)?.() ?? 0;
    }
    const f = STATIC[what.name];
    if (f) return f();
  }
  // {:wordsize, :internal | :external}: both are 8 on a 64-bit emulator
  if (what instanceof Tuple && what.items.length === 2 && what.items[0] === atom("wordsize")) {
    const w = what.items[1];
    if (w === atom("internal") || w === atom("external")) return 8;
  }
  return badargAt(1, "invalid system info item");
}
