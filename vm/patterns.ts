// Patterns are compiled to small descriptor trees kept in a module's literal table; `match` walks
// one against a value and binds local slots in the frame's window of the process stack.
// Matching is exact (=:=): 1 does not match 1.0.
import { Bin, Cons, NIL, Term, Tuple, isMap, Float } from "./terms.ts";
import { exactEquals } from "./compare.ts";
import { readSegment, SegSpec, sliceBits } from "./binary.ts";

export type KeyRef = { lit: Term } | { slot: number };

export type Pat =
  | { k: "any" }
  | { k: "bind"; slot: number }
  | { k: "eq"; slot: number } // a variable already bound in this pattern, or ^pinned
  | { k: "lit"; v: Term }
  | { k: "tuple"; items: Pat[] }
  | { k: "cons"; head: Pat; tail: Pat }
  | { k: "nil" }
  | { k: "map"; keys: KeyRef[]; vals: Pat[] }
  | { k: "bin"; segs: BinPatSeg[] }
  | { k: "both"; a: Pat; b: Pat }
  | { k: "prefix"; prefix: Bin; rest: Pat };

export interface BinPatSeg extends SegSpec {
  pat: Pat;
  /** size taken from a bound slot at match time */
  sizeSlot?: number;
}

export function match(p: Pat, v: Term, stack: Term[], bp: number): boolean {
  switch (p.k) {
    case "any":
      return true;
    case "bind":
      stack[bp + p.slot] = v;
      return true;
    case "eq":
      return exactEquals(stack[bp + p.slot], v);
    case "lit":
      return p.v === v || exactEquals(p.v, v);
    case "tuple": {
      if (!(v instanceof Tuple) || v.items.length !== p.items.length) return false;
      const items = v.items;
      for (let i = 0; i < items.length; i++) if (!match(p.items[i], items[i], stack, bp)) return false;
      return true;
    }
    case "cons":
      return v instanceof Cons && match(p.head, v.head, stack, bp) && match(p.tail, v.tail, stack, bp);
    case "nil":
      return v === NIL;
    case "map": {
      if (!isMap(v)) return false;
      for (let i = 0; i < p.keys.length; i++) {
        const kr = p.keys[i];
        const key = "lit" in kr ? kr.lit : stack[bp + kr.slot];
        const val = v.get(key);
        if (val === undefined || !match(p.vals[i], val, stack, bp)) return false;
      }
      return true;
    }
    case "both":
      return match(p.a, v, stack, bp) && match(p.b, v, stack, bp);
    case "prefix": {
      if (!(v instanceof Bin)) return false;
      const pre = p.prefix.bytes, b = v.bytes;
      if (v.bitSize < pre.length * 8) return false;
      for (let i = 0; i < pre.length; i++) if (b[i] !== pre[i]) return false;
      return match(p.rest, pre.length === 0 ? v : sliceBits(b, pre.length * 8, v.bitSize - pre.length * 8), stack, bp);
    }
    case "bin": {
      if (!(v instanceof Bin)) return false;
      // positions in bits: a bitstring need not be whole bytes
      let pos = 0;
      const segs = p.segs;
      for (let i = 0; i < segs.length; i++) {
        const s = segs[i];
        let size = s.size;
        if (s.sizeSlot !== undefined) {
          const sv = stack[bp + s.sizeSlot];
          if (typeof sv !== "number" || sv < 0) return false;
          size = sv;
        }
        const r = readSegment(v, pos, s, size, i === segs.length - 1);
        if (r === null) return false;
        pos = r.pos;
        if (!match(s.pat, r.value, stack, bp)) return false;
      }
      return pos === v.bitSize;
    }
  }
}

