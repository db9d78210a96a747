// max_heap_size (OTP 25): a bound on one process's heap, set by process_flag/2 or spawn_opt, read
// by process_info/2. The BEAM checks it when it garbage-collects the process; beamlet checks it
// between slices, measuring the process with vm/heap_size.ts. A walk costs about what the process
// holds, so after a check that found `w` words the next waits until the process has run long
// enough to have allocated either the room left below the limit or w more words (at no more than
// WORDS_PER_REDUCTION a reduction): a process near its limit is not walked every slice, and one
// that outgrows it is caught within a few times its size, as the BEAM's own heap growth steps do.
import { atom, Atom, FALSE, Term, TRUE, bool } from "./terms.ts";
import { SmallMap } from "./map.ts";
import { processWords } from "./heap_size.ts";
import type { Process } from "./process.ts";

export interface MaxHeap {
  /** words; 0: no bound */
  size: number;
  /** the size as given (an integer past 2^53 is a bigint term) */
  sizeTerm: Term;
  kill: boolean;
  errorLogger: boolean;
  /** the process's reductions when it is next measured */
  checkAt: number;
}

/** the smallest bound OTP accepts besides 0: the minimum heap size */
const MIN_HEAP_SIZE = 233;
/** one above the largest size a 64-bit BEAM accepts (MAX_SMALL) */
const SIZE_LIMIT = 2 ** 59;
/** the most words one reduction is assumed to allocate between two checks */
const WORDS_PER_REDUCTION = 8;

const A_SIZE = atom("size");
const A_KILL = atom("kill");
const A_ERROR_LOGGER = atom("error_logger");

/** the settings a max_heap_size value asks for (an integer, or a map with size and maybe kill/error_logger), or null */
export function parseMaxHeap(v: Term): Omit<MaxHeap, "checkAt"> | null {
  const okSize = (n: Term): n is number | bigint =>
    (typeof n === "number" || typeof n === "bigint") && (n === 0 || n === 0n || (n >= MIN_HEAP_SIZE && n < SIZE_LIMIT));
  if (okSize(v)) return { size: Number(v), sizeTerm: v, kill: true, errorLogger: true };
  if (!(v instanceof SmallMap)) return null;
  let size: number | bigint | null = null;
  let kill = true;
  let errorLogger = true;
  for (let i = 0; i < v.keys.length; i++) {
    const k = v.keys[i], x = v.vals[i];
    if (k === A_SIZE && okSize(x)) size = x;
    else if (k === A_KILL && (x === TRUE || x === FALSE)) kill = x === TRUE;
    else if (k === A_ERROR_LOGGER && (x === TRUE || x === FALSE)) errorLogger = x === TRUE;
    else if (k === A_SIZE || k === A_KILL || k === A_ERROR_LOGGER) return null;
    // OTP 25 passes over other keys (OTP 26's include_shared_binaries among them)
  }
  return size === null ? null : { size: Number(size), sizeTerm: size, kill, errorLogger };
}

/** %{error_logger: _, kill: _, size: _} as process_info/2 and process_flag/2 report it */
export function maxHeapTerm(m: MaxHeap | null): Term {
  return new SmallMap([A_ERROR_LOGGER, A_KILL, A_SIZE], [bool(m?.errorLogger ?? true), bool(m?.kill ?? true), m?.sizeTerm ?? 0]);
}

/** set p's bound (null settings: the default, none); returns the previous value's term */
export function setMaxHeap(p: Process, settings: Omit<MaxHeap, "checkAt">): Term {
  const old = maxHeapTerm(p.maxHeap);
  const isDefault = settings.size === 0 && settings.kill && settings.errorLogger;
  p.maxHeap = isDefault ? null : { ...settings, checkAt: p.reductions };
  return old;
}

/** what a check found: nothing to do, or the process is past its bound */
export interface HeapOverrun {
  words: number;
  bound: MaxHeap;
  /** the words of those that are its stack, when not the BEAM's count (the memory guard's) */
  stack?: number;
}

/** measure p if its next check is due; an overrun when it holds more than its bound */
export function checkMaxHeap(p: Process): HeapOverrun | null {
  const m = p.maxHeap;
  if (m === null || m.size === 0 || p.reductions < m.checkAt) return null;
  // counted up to twice the bound: enough to report a size past it without walking a huge heap
  const words = processWords(p, 2 * m.size);
  if (words <= m.size) {
    m.checkAt = p.reductions + Math.max(Math.ceil((m.size - words) / WORDS_PER_REDUCTION), words);
    return null;
  }
  // a process that lives on (kill: false) is reported again once it could have doubled
  m.checkAt = p.reductions + words;
  return { words, bound: m };
}

/** the erts report "maximum heap size reached", as Logger prints it (the GC figures are beamlet's model) */
export function maxHeapReport(p: Process, o: HeapOverrun, pidText: string): string {
  const stack = o.stack ?? p.sp + 3 * p.frameDepth;
  const gc: [string, number][] = [
    ["old_heap_block_size", 0], ["heap_block_size", o.words], ["mbuf_size", 0], ["recent_size", o.words - stack],
    ["stack_size", stack], ["old_heap_size", 0], ["heap_size", o.words - stack], ["bin_vheap_size", 0],
    ["bin_vheap_block_size", 46422], ["bin_old_vheap_size", 0], ["bin_old_vheap_block_size", 46422],
  ];
  return [
    `     Process:            ${pidText} `,
    `     Context:            maximum heap size reached`,
    `     Max Heap Size:      ${o.bound.size}`,
    `     Total Heap Size:    ${o.words}`,
    `     Kill:               ${o.bound.kill}`,
    `     Error Logger:       ${o.bound.errorLogger}`,
    `     Message Queue Len:  ${p.mailbox.length}`,
    `     GC Info:            [`,
    gc.map(([k, v]) => `  ${k}: ${v}`).join(",\n"),
    `]`,
  ].join("\n") + "\n";
}

export const A_MAX_HEAP_SIZE: Atom = atom("max_heap_size");
