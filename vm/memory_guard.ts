// The node's guard against one runaway process exhausting the host's memory (a JS heap out of
// memory would abort every process at once). It acts as a node-wide max_heap_size whose size comes
// from the host: when the JS heap is more than PRESSURE full, the process holding more than SHARE
// of the heap limit is killed (reason :killed, with the "maximum heap size reached" report), and
// the node runs on. The heap figure is read every few slices (about a microsecond on Node); the
// processes are only measured under pressure, except the one that just ran: it is measured once the
// heap is EARLY full, so a runaway (a list of 100M elements built cell by cell) is killed soon after
// it passes its bound, not after it has filled the heap (the last collections of a nearly full heap
// take seconds each). Measuring counts shared subterms each time they are
// reached (no visited set: the node is short of memory) but for the terms a deep recursion's frames
// share (heap_size.ts distinctStackRoots), bounded by the size that would be killed; the stack
// counts as the JS arrays it takes.
import { processWords } from "./heap_size.ts";
import type { MaxHeap, HeapOverrun } from "./max_heap_size.ts";
import type { Process } from "./process.ts";

/** the host's JS heap: bytes in use and the most it can grow to */
export interface HeapUsage {
  used: number;
  limit: number;
}

/** the fraction of the heap limit in use that starts a search for a runaway process */
const PRESSURE = 0.7;
/** the fraction of the heap limit in use from which the process that just ran is measured */
const EARLY = 0.3;
/** the fraction of the heap limit a process may hold before the guard kills it: half, so that a
 *  deep recursion over a big list (10M frames) runs as on the BEAM, and a process killed still
 *  leaves room for its stack arrays' last growth and for the others */
const SHARE = 0.5;
/** JS bytes per BEAM word: a cons cell (2 words) takes 40 bytes in V8, a 3-tuple (4) about 110 */
export const BYTES_PER_WORD = 24;
/** JS bytes of a stack slot (a pointer) and of a frame (its version and three small integers in
 *  arrays grown by half again at a time: a quarter more on average) */
const SLOT_BYTES = 8;
const FRAME_BYTES = 40;

/** a process's stack as the guard counts it: the JS arrays it takes, in words of BYTES_PER_WORD */
function stackWords(p: Process): number {
  return Math.ceil((p.stack.length * SLOT_BYTES + p.frameDepth * FRAME_BYTES + p.handlers.length * SLOT_BYTES) / BYTES_PER_WORD);
}

export class MemoryGuard {
  /** after a search that found no runaway process: the heap use to wait for before searching again */
  private quietBelow = 0;
  /** the same for the early measure of the running process alone */
  private runningQuietBelow = 0;

  constructor(private readonly usage: () => HeapUsage) {}

  /** the bound the guard holds each process to: SHARE of the heap limit, in words */
  bound(limit = this.usage().limit): MaxHeap {
    const size = Math.floor((SHARE * limit) / BYTES_PER_WORD);
    return { size, sizeTerm: size, kill: true, errorLogger: true, checkAt: 0 };
  }

  /** the process to kill for the node's sake (the one that just ran is measured first), or null */
  check(running: Process | null, all: Iterable<Process>): { p: Process; overrun: HeapOverrun } | null {
    const { used, limit } = this.usage();
    if (used < EARLY * limit) {
      this.quietBelow = this.runningQuietBelow = 0;
      return null;
    }
    const bound = this.bound(limit);
    const size = bound.size;
    const over = (p: Process) => {
      const stack = stackWords(p);
      const words = processWords(p, size, false, stack);
      return words > size ? { p, overrun: { words, bound, stack } } : null;
    };
    const measureRunning = running !== null && running.status !== "exited" && used >= this.runningQuietBelow;
    if (measureRunning) {
      const hit = over(running);
      if (hit) return hit;
      // a measure walks up to the bound: wait for the heap to grow by a tenth of it first
      this.runningQuietBelow = used + 0.1 * SHARE * limit;
    }
    if (used < PRESSURE * limit) {
      this.quietBelow = 0;
      return null;
    }
    if (used < this.quietBelow) return null;
    for (const p of all) {
      if ((p === running && measureRunning) || p.status === "exited") continue;
      const hit = over(p);
      if (hit) return hit;
    }
    // garbage not yet collected, or many middling processes: look again after more growth
    this.quietBelow = used + 0.05 * limit;
    return null;
  }
}
