// BIFs pay for their work in reductions, as the BEAM's do: one unit per list cell, element or
// few bytes handled. The units count in Process.info(:reductions), and every slice's worth of
// them ends the caller's slice, so a loop of big BIF calls cannot starve other processes. Long
// list BIFs also work in chunks (seq, reverse, tuple_to_list): between chunks the caller is a plain Elixir
// function call (lib/beamlet_yielding.ex), where the scheduler can preempt it.
import type { BifContext } from "./registry.ts";
import { Atom, Bin, Cons, NIL, Term, Tuple, atom } from "../terms.ts";
import { TailCall } from "../calls.ts";

/** reductions in one slice (the node's default); BIF work past it ends the slice */
export const WORK_PER_SLICE = 4000;
/** list cells a chunked BIF builds or walks per call */
export const CHUNK = 1000;

export function chargeWork(ctx: BifContext, units: number): void {
  const p = ctx?.process as { reductions: number; bifWork: number; redsCap: number } | null | undefined;
  if (!p) return;
  p.reductions += units;
  p.bifWork += units;
  if (p.bifWork >= WORK_PER_SLICE) {
    p.bifWork = 0;
    p.redsCap = 0;
  }
}

/** the byte size of the binaries among a BIF's arguments */
function binaryBytes(args: Term[]): number {
  let n = 0;
  for (const a of args) if (a instanceof Bin) n += a.size;
  return n;
}

/** text work of n bytes (or characters): one reduction per 16, nothing for under 64 */
export function chargeBytes(ctx: BifContext, n: number): void {
  if (n >= 64) chargeWork(ctx, n >> 4);
}

/** BIFs on text charged one reduction per 16 bytes of their binary arguments */
export function chargedByBytes<F extends (args: Term[], ctx: any) => Term | TailCall>(fns: Record<string, F>): Record<string, F> {
  const out: Record<string, F> = {};
  for (const [key, fn] of Object.entries(fns)) {
    out[key] = ((args: Term[], ctx: BifContext) => {
      chargeBytes(ctx, binaryBytes(args));
      return fn(args, ctx);
    }) as F;
  }
  return out;
}

const A_YIELDING = atom("beamlet_yielding");
const A_SEQ_ONTO = atom("seq_onto");
const A_REVERSE_ONTO = atom("reverse_onto");
const A_REVERSE_OWNED_ONTO = atom("reverse_owned_onto");

/** a BIF about to build n list cells: the process is killed now if they alone pass its heap bound */
export function reserveCells(ctx: BifContext, n: number): void {
  if (n > CHUNK) ctx?.node?.reserveHeap?.(ctx.process, 2 * n);
}

/** [from..to | acc], one chunk now and the rest through a preemptible call */
export function seqOnto(ctx: BifContext, from: number, to: number, acc: Term): Term | TailCall {
  const lo = Math.max(from, to - CHUNK + 1);
  let out = acc;
  for (let i = to; i >= lo; i--) out = new Cons(i, out);
  chargeWork(ctx, to - lo + 1);
  return lo <= from ? out : new TailCall(A_YIELDING, [from, lo - 1, out], A_SEQ_ONTO);
}

/**
 * reverse(list) ++ acc made from list's own cells, their tails turned around: no new cell. Only
 * for a list no one else can reach (the accumulator a library loop built and drops: Enum.map's,
 * filter's, sort's merges; lib/enum.ex, lib/lists.ex): building a long list and then a reversed
 * copy of it is most of what V8's young-generation GC copies in a pipeline, since every cell of
 * a list being built survives. One chunk now and the rest through a preemptible call.
 */
export function reverseOwnedOnto(ctx: BifContext, l: Term, acc: Term, onImproper: () => never): Term | TailCall {
  let out = acc;
  let x = l;
  let n = 0;
  while (x instanceof Cons && n < CHUNK) {
    const next: Term = x.tail;
    (x as { tail: Term }).tail = out;
    out = x;
    x = next;
    n++;
  }
  chargeWork(ctx, n);
  if (x instanceof Cons) return new TailCall(A_YIELDING, [x, out], A_REVERSE_OWNED_ONTO);
  if (x !== NIL) onImproper();
  return out;
}

/** reverse(list) ++ acc, one chunk now and the rest through a preemptible call */
export function reverseOnto(ctx: BifContext, l: Term, acc: Term, onImproper: () => never): Term | TailCall {
  let out = acc;
  let x = l;
  let n = 0;
  while (x instanceof Cons && n < CHUNK) { out = new Cons(x.head, out); x = x.tail; n++; }
  chargeWork(ctx, n);
  if (x instanceof Cons) return new TailCall(A_YIELDING, [x, out], A_REVERSE_ONTO);
  if (x !== NIL) onImproper();
  return out;
}

const A_DUPLICATE_ONTO = atom("duplicate_onto");
const A_BYTES_ONTO = atom("bytes_onto");

/** n copies of x in front of acc, one chunk now and the rest through a preemptible call */
export function duplicateOnto(ctx: BifContext, n: number, x: Term, acc: Term): Term | TailCall {
  const k = Math.min(n, CHUNK);
  let out = acc;
  for (let i = 0; i < k; i++) out = new Cons(x, out);
  chargeWork(ctx, k);
  return k === n ? out : new TailCall(A_YIELDING, [n - k, x, out], A_DUPLICATE_ONTO);
}

const A_ELEMENTS_ONTO = atom("elements_onto");

/** items [lo, hi) of an indexable (a binary's bytes, a tuple's elements) as a list in front of acc,
 *  built from the end a chunk at a time; `holder` and `again` name the rest's preemptible call */
function itemsOnto(ctx: BifContext, items: ArrayLike<Term>, holder: Term, again: Atom, lo: number, hi: number, acc: Term): Term | TailCall {
  const from = Math.max(lo, hi - CHUNK);
  let out = acc;
  for (let i = hi - 1; i >= from; i--) out = new Cons(items[i], out);
  chargeWork(ctx, hi - from);
  return from === lo ? out : new TailCall(A_YIELDING, [holder, lo, from, out], again);
}

/** the bytes [lo, hi) of a binary as a list in front of acc, built from the end chunk by chunk */
export function bytesOnto(ctx: BifContext, bin: Bin, lo: number, hi: number, acc: Term): Term | TailCall {
  return itemsOnto(ctx, bin.bytes, bin, A_BYTES_ONTO, lo, hi, acc);
}

/** the elements [lo, hi) of a tuple as a list in front of acc, built from the end chunk by chunk */
export function elementsOnto(ctx: BifContext, t: Tuple, lo: number, hi: number, acc: Term): Term | TailCall {
  return itemsOnto(ctx, t.items, t, A_ELEMENTS_ONTO, lo, hi, acc);
}

/**
 * n copies of the bytes x, built by doubling (never through a JS string, whose length V8 bounds
 * at 2^29). A size past what the host can allocate throws its RangeError, which the interpreter
 * turns into :system_limit in the calling process. Charged by the bytes made.
 */
export function repeatBytes(ctx: BifContext, x: Uint8Array, n: number): Uint8Array {
  const total = x.length * n;
  if (!Number.isSafeInteger(total)) throw new RangeError("Invalid typed array length: " + total);
  const out = new Uint8Array(total);
  if (total === 0) return out;
  out.set(x, 0);
  let filled = x.length;
  while (filled < total) {
    const k = Math.min(filled, total - filled);
    out.copyWithin(filled, 0, k);
    filled += k;
  }
  chargeWork(ctx, total >> 4);
  return out;
}
