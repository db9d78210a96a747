// inspect's documents take a few hundred bytes of JS heap per element shown, so inspecting a giant
// term with limit: :infinity would exhaust the host's heap inside one BIF call (where the memory
// guard cannot step in) and abort the whole node. Before building documents, the elements inspect
// would show are counted (the walk stops at the budget); past what the heap has room for, the
// inspecting process gets :system_limit, a host limit as the BEAM's own system limits are.
import { Bin, Cons, NIL, Term, Tuple, atom, isMap } from "./terms.ts";
import { listEntries } from "./map.ts";
import { raise } from "./errors.ts";
import { isPrintableBinary } from "./inspect.ts";

/** JS heap bytes inspect needs per element shown (documents, layout entries, the text pieces) */
export const BYTES_PER_SHOWN = 400;

let heapRoom: () => number = () => Infinity;

/** the host's free heap in bytes, read before a large inspect (the node installs it) */
export function setInspectHeapRoom(fn: () => number): void {
  heapRoom = fn;
}

/** V8's longest string (2^29 - 24 characters) */
const MAX_STRING = 0x1fffffe8;

/** terms this small never need the check (reading the heap figure is not free) */
const SMALL = 100_000;

/**
 * Raises :system_limit when inspecting t (with these limits) would show more elements than the
 * host's free heap can lay out. Elements are counted as containerDoc and the bitstring printer
 * show them: `limit` items per container, each nested one with the limit left after its index.
 */
export function checkInspectBudget(t: Term, limit: number, printableLimit: number): void {
  let budget = SMALL;
  let checkedHeap = false;
  let count = 0;
  const add = (n: number) => {
    count += n;
    if (count <= budget) return;
    if (!checkedHeap) {
      checkedHeap = true;
      budget = Math.max(SMALL, heapRoom() / BYTES_PER_SHOWN);
    }
    if (count > budget) raise(atom("system_limit"));
  };
  // an element is counted where its container shows it; only containers and binaries are
  // walked further (a scalar pushed again would count twice)
  const stack: [Term, number][] = [];
  const push = (x: Term, lim: number) => {
    if (x instanceof Cons || x instanceof Tuple || x instanceof Bin || isMap(x)) stack.push([x, lim]);
  };
  if (t instanceof Cons || t instanceof Tuple || t instanceof Bin || isMap(t)) stack.push([t, limit]);
  else add(1);
  while (stack.length > 0) {
    const [x, lim] = stack.pop()!;
    let n = 0;
    if (x instanceof Cons) {
      let c: Term = x;
      while (c instanceof Cons && n < lim) { n++; add(1); push(c.head, lim - n); c = c.tail; }
      if (c !== NIL && !(c instanceof Cons)) { add(1); push(c, lim - n); }
    } else if (x instanceof Tuple) {
      const items = x.items;
      for (let i = 0; i < items.length && n < lim; i++) { n++; add(1); push(items[i], lim - n); }
    } else if (isMap(x)) {
      if (x.size > 0) {
        for (const [k, v] of listEntries(x) as [Term, Term][]) {
          if (n >= lim) break;
          n++;
          add(2);
          push(k, lim - n);
          push(v, lim - n);
        }
      }
    } else if (x instanceof Bin) {
      const len = x.bytes.length;
      if (len > 64 && x.tailBits === 0) {
        // the printable check decodes up to printableLimit code points (an array of them), and a
        // printable binary is then one piece of text, which V8 bounds at MAX_STRING characters
        const text = Math.min(len, printableLimit);
        if (text > MAX_STRING) raise(atom("system_limit"));
        add(Math.ceil((text * 16) / BYTES_PER_SHOWN));
        if (isPrintableBinary(x.bytes, printableLimit)) continue;
      }
      add(Math.min(len, lim));
    }
  }
}
