// How many BEAM heap words a process's data would take: what max_heap_size is measured against
// and what the node's memory guard compares processes by. The sizes follow OTP 25 on 64 bits, as
// :erts_debug.size/1 reports them (shared subterms counted once): a cons 2 words, a tuple 1 + n
// (the empty tuple is a literal: 0), a flatmap 4 + 2n (the empty map 3), a float 2, a bignum
// 1 + its 64-bit digits, a heap binary (<= 64 bytes) 2 + its words and a larger binary's handle
// 6 (its bytes live off the heap, as on the BEAM), a fun 5 + its free variables; atoms, small
// integers and local pids are immediate. A large map's trie is estimated at 4 words a key.
//
// A walk is bounded by a budget: past it the caller only needs to know "more than that", so a
// process with a huge heap costs a check no more than its limit.
import { Atom, Bin, Cons, ExtFun, Float, Fun, Pid, Port, Ref, Term, Tuple } from "./terms.ts";
import { HashMap, SmallMap } from "./map.ts";
import type { Process } from "./process.ts";

/** integers below 2^59 in magnitude are immediate on a 64-bit BEAM */
const SMALL_LIMIT = 1n << 59n;

/** words of one term node, not counting the terms it refers to */
function nodeWords(t: Term): number {
  if (typeof t === "number") return 0;
  if (t instanceof Cons) return 2;
  if (t instanceof Tuple) return t.items.length === 0 ? 0 : 1 + t.items.length;
  if (t instanceof Float) return 2;
  if (t instanceof Bin) {
    const n = t.size;
    const words = n <= 64 ? 2 + ((n + 7) >> 3) : 6;
    return t.tailBits === 0 ? words : words + 5; // a bitstring is a sub-binary on top
  }
  if (typeof t === "bigint") {
    const m = t < 0n ? -t : t;
    return m < SMALL_LIMIT ? 0 : 1 + Math.ceil(m.toString(16).length / 16);
  }
  if (t instanceof SmallMap) return t.keys.length === 0 ? 3 : 4 + 2 * t.keys.length;
  if (t instanceof HashMap) return 4 * t.size;
  if (t instanceof Fun) return 5 + t.env.length;
  if (t instanceof Ref) return 3;
  if (t instanceof Port) return 0;
  if (t instanceof ExtFun) return 2;
  return 0; // atoms, [], pids
}

/** the containers a walk without a visited set remembers (about 50 MB at most) */
const MAX_CONTAINERS_RECORDED = 1 << 20;

/**
 * Words taken by `roots` and everything they reach; the walk stops as soon as the count passes
 * `budget` (the result is then some number above it). `shared`: each object counted once, as the
 * BEAM's heap keeps sharing (a Set of every object visited); without it, a subterm counts each
 * time it is reached (little memory beyond the walk's own stack, for a node short of memory), but
 * for the first MAX_CONTAINERS_RECORDED lists, tuples, maps and funs, each counted once.
 */
export function termWords(roots: readonly Term[], budget = Infinity, shared = true): number {
  const seen = shared ? new Set<object>() : null;
  // (without it, a list, tuple, map or fun reached again from elsewhere, as a big list captured
  // by many funs, is still counted once while this small record has room)
  const containers = shared ? null : new Set<object>();
  const todo: Term[] = [];
  let words = 0;
  for (let r = 0; r < roots.length; r++) {
    todo.push(roots[r]);
    while (todo.length > 0) {
      let t = todo.pop()!;
      // a list's spine is followed in this loop, its elements pushed
      for (let head = true; ; head = false) {
        if (typeof t !== "object") {
          if (typeof t === "bigint") words += nodeWords(t);
          break;
        }
        if (t instanceof Atom || t instanceof Pid) break;
        if (seen !== null) {
          if (seen.has(t)) break;
          seen.add(t);
        } else if (head && !(t instanceof Float || t instanceof Bin || t instanceof Ref)) {
          if (containers!.has(t)) break;
          if (containers!.size < MAX_CONTAINERS_RECORDED) containers!.add(t);
        }
        words += nodeWords(t);
        if (words > budget) return words;
        if (t instanceof Cons) {
          todo.push(t.head);
          t = t.tail;
          continue;
        }
        if (t instanceof Tuple) for (const x of t.items) todo.push(x);
        else if (t instanceof SmallMap) {
          for (const x of t.keys) todo.push(x);
          for (const x of t.vals) todo.push(x);
        } else if (t instanceof HashMap) {
          for (const [k, v] of t.unorderedEntries()) todo.push(k, v);
        } else if (t instanceof Fun) for (const x of t.env) todo.push(x);
        break;
      }
    }
  }
  return words;
}

/** a fresh process's heap on the BEAM (min_heap_size): no process is reported smaller */
export const MIN_HEAP_WORDS = 233;

/**
 * The words a process holds: its stack (one word a slot, three a frame), the terms reachable from
 * it, its dictionary (a {key, value} tuple in a list cell each) and its message queue (messages
 * are on the process heap, OTP's default message_queue_data). `stackWords`: what its stack counts
 * for (the memory guard counts the JS arrays).
 */
export function processWords(p: Process, budget = Infinity, shared = true, stackWords = p.sp + 3 * p.frameDepth): number {
  let words = MIN_HEAP_WORDS + stackWords;
  if (words > budget) return words;
  const roots = shared ? stackRoots(p) : distinctStackRoots(p);
  if (p.hasDictionary) {
    for (const [k, v] of p.dictionary.values()) {
      words += 5;
      roots.push(k, v);
    }
  }
  for (const m of p.mailbox.toArray()) roots.push(m);
  return words + termWords(roots, budget - words, shared);
}

function stackRoots(p: Process): Term[] {
  const roots: Term[] = [];
  for (let i = 0; i < p.sp; i++) {
    const t = p.stack[i];
    if (typeof t === "object" && t !== null) roots.push(t);
  }
  return roots;
}

/** slots of recent frames searched for the same term, and list cells walked down a recent list */
const RECENT = 8;
const SUFFIX_STEPS = 4;

/**
 * The stack's terms for a walk that counts a shared subterm each time it is reached: the frames of
 * a deep recursion hold the same terms (an accumulator, a map passed down) and successive tails of
 * one list (sum([h | t]) keeps t), which would count the list once a frame, quadratically. A term
 * met in the last few slots, or a tail a few cells down a list met there, is left out: it is
 * counted with that list.
 */
function distinctStackRoots(p: Process): Term[] {
  const roots: Term[] = [];
  const recent: Term[] = new Array(RECENT);
  let next = 0;
  for (let i = 0; i < p.sp; i++) {
    const t = p.stack[i];
    if (typeof t !== "object" || t === null || t instanceof Atom || t instanceof Pid) continue;
    if (!seenRecently(t, recent)) roots.push(t);
    recent[next] = t;
    next = (next + 1) % RECENT;
  }
  return roots;
}

function seenRecently(t: Term, recent: Term[]): boolean {
  for (let j = 0; j < RECENT; j++) {
    let r = recent[j];
    if (r === t) return true;
    for (let k = 0; k < SUFFIX_STEPS && r instanceof Cons; k++) {
      r = r.tail;
      if (r === t) return true;
    }
  }
  return false;
}
