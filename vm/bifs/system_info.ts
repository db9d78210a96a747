// :erlang.system_info/1: the limits a program can run into, and the static facts about the
// runtime that programs print or branch on (`System.otp_release/0` reads :otp_release). The
// values are those of the reference, OTP 25 (erts 13.1.5) on a 64-bit machine with 2 schedulers,
// the count `System.schedulers_online/0` reports here too.
import { Atom, Term, Tuple, atom, tuple, TRUE, FALSE, getAtomLimit, atomCount } from "../terms.ts";
import { badargAt } from "../errors.ts";
import { maxHeapTerm } from "../max_heap_size.ts";
import { charlist } from "./util.ts";
import type { Node } from "../node.ts";

export const SCHEDULERS = 2;

const STATIC: Record<string, () => Term> = {
  otp_release: () => charlist("25"),
  version: () => charlist("13.1.5"),
  system_version: () =>
    charlist(`Erlang/OTP 25 [erts-13.1.5] [source] [64-bit] [smp:${SCHEDULERS}:${SCHEDULERS}] [ds:${SCHEDULERS}:${SCHEDULERS}:10] [async-threads:1] [jit:ns]\n`),
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
  min_heap_size: () => tuple(atom("min_heap_size"), 233),
  min_bin_vheap_size: () => tuple(atom("min_bin_vheap_size"), 46422),
  fullsweep_after: () => tuple(atom("fullsweep_after"), 65535),
  dist_buf_busy_limit: () => 1048576,
  atom_limit: () => getAtomLimit(),
  atom_count: () => atomCount(),
  max_heap_size: () => maxHeapTerm(null),
};

export function systemInfo(node: Node, what: Term): Term {
  if (what instanceof Atom) {
    switch (what.name) {
      case "process_limit": return node.processLimit;
      case "process_count": return node.processes.size;
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
