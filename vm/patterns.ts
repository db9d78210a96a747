// Patterns are compiled to small descriptor trees kept in a module's literal table; `match` walks
// one against a value and binds local slots in the frame's window of the process stack.
// Matching is exact (=:=): 1 does not match 1.0.
import { Bin, Cons, NIL, Term, Tuple, isMap, Float } from "./terms.ts";
import { exactEquals } from "./compare.ts";
import { readSegment, SegSpec, subBits } from "./binary.ts";

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
  /** size computed at match time from bound slots (OTP 23+: `size(len - 4)`) */
  sizeExpr?: SizeExpr;
}

/** integer arithmetic over literals and bound slots, a segment size in a pattern */
export type SizeExpr = number | { slot: number } | { op: "+" | "-" | "*" | "div" | "rem"; a: SizeExpr; b: SizeExpr };

/** a SizeExpr's value, null when the expression fails (a guard's exception: no match) */
function sizeValue(e: SizeExpr, stack: Term[], bp: number): number | null {
  if (typeof e === "number") return e;
  if ("slot" in e) {
    const v = stack[bp + e.slot];
    return typeof v === "number" ? v : null;
  }
  const a = sizeValue(e.a, stack, bp), b = sizeValue(e.b, stack, bp);
  if (a === null || b === null) return null;
  let r: number;
  switch (e.op) {
    case "+": r = a + b; break;
    case "-": r = a - b; break;
    case "*": r = a * b; break;
    case "div": if (b === 0) return null; r = Math.trunc(a / b); break;
    case "rem": if (b === 0) return null; r = a % b; break;
  }
  return Number.isSafeInteger(r) ? r : null;
}

/** nesting matched on the JS stack; a deeper pattern (Elixir takes 10,000 levels) is matched by matchDeep */
const DIRECT_DEPTH = 400;

export function match(p: Pat, v: Term, stack: Term[], bp: number, depth = 0): boolean {
  if (depth > DIRECT_DEPTH) return matchDeep(p, v, stack, bp);
  const d = depth + 1;
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
      for (let i = 0; i < items.length; i++) if (!match(p.items[i], items[i], stack, bp, d)) return false;
      return true;
    }
    case "cons":
      return v instanceof Cons && match(p.head, v.head, stack, bp, d) && match(p.tail, v.tail, stack, bp, d);
    case "nil":
      return v === NIL;
    case "map": {
      if (!isMap(v)) return false;
      for (let i = 0; i < p.keys.length; i++) {
        const kr = p.keys[i];
        const key = "lit" in kr ? kr.lit : stack[bp + kr.slot];
        const val = v.get(key);
        if (val === undefined || !match(p.vals[i], val, stack, bp, d)) return false;
      }
      return true;
    }
    case "both":
      return match(p.a, v, stack, bp, d) && match(p.b, v, stack, bp, d);
    case "prefix": {
      if (!(v instanceof Bin)) return false;
      const pre = p.prefix.bytes;
      // (`"ab" <> rest` is `<<"ab", rest::binary>>`: the subject is whole bytes)
      if (v.bitSize < pre.length * 8 || v.tailBits !== 0) return false;
      for (let i = 0; i < pre.length; i++) if (v.byteAt(i) !== pre[i]) return false;
      return match(p.rest, pre.length === 0 ? v : subBits(v, pre.length * 8, v.bitSize - pre.length * 8), stack, bp, d);
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
        } else if (s.sizeExpr !== undefined) {
          const sv = sizeValue(s.sizeExpr, stack, bp);
          if (sv === null || sv < 0) return false;
          size = sv;
        }
        const r = readSegment(v, pos, s, size, i === segs.length - 1);
        if (r === null) return false;
        pos = r.pos;
        if (!match(s.pat, r.value, stack, bp, d)) return false;
      }
      return pos === v.bitSize;
    }
  }
}


/**
 * `match` with the operands still to match on a work list instead of the JS stack, in the same
 * order (left to right, each node before its operands), so binding and comparing happen alike.
 */
function matchDeep(root: Pat, rootValue: Term, stack: Term[], bp: number): boolean {
  const pats: Pat[] = [root];
  const values: Term[] = [rootValue];
  while (pats.length > 0) {
    const p = pats.pop()!;
    const v = values.pop()!;
    switch (p.k) {
      case "tuple": {
        if (!(v instanceof Tuple) || v.items.length !== p.items.length) return false;
        for (let i = p.items.length - 1; i >= 0; i--) {
          pats.push(p.items[i]);
          values.push(v.items[i]);
        }
        break;
      }
      case "cons":
        if (!(v instanceof Cons)) return false;
        pats.push(p.tail, p.head);
        values.push(v.tail, v.head);
        break;
      case "both":
        pats.push(p.b, p.a);
        values.push(v, v);
        break;
      case "map": {
        // keys are read as the recursive match reads them, before the values bound after them
        // could change a pinned slot: a pinned key is never bound by the same pattern
        if (!isMap(v)) return false;
        const found: Term[] = [];
        for (let i = 0; i < p.keys.length; i++) {
          const kr = p.keys[i];
          const val = v.get("lit" in kr ? kr.lit : stack[bp + kr.slot]);
          if (val === undefined) return false;
          found.push(val);
        }
        for (let i = p.keys.length - 1; i >= 0; i--) {
          pats.push(p.vals[i]);
          values.push(found[i]);
        }
        break;
      }
      default:
        // leaves, binaries and prefixes: their operands are matched in order by `match` itself
        if (!match(p, v, stack, bp)) return false;
    }
  }
  return true;
}
