// Patterns as straight-line JS for compiled code: type tests, reads and local bindings in the order
// vm/patterns.ts's `match` does them, so a failing match binds exactly what the interpreter's does.
import { Atom, Bin, Term } from "../terms.ts";
import type { Pat, BinPatSeg, SizeExpr } from "../patterns.ts";
import { KeyCache } from "../map_shape.ts";

export interface PatternEmitter {
  /** a JS expression for a constant (index into the factory's constant table) */
  constant(v: unknown): string;
  /** a fresh temporary variable of the function */
  temp(): string;
  /** a JS expression reading local `slot` (a delayed rest made a value first: vm/jit/lazy_rest.ts) */
  local(slot: number): string;
  /** a statement setting local `slot` to `value` */
  bind(slot: number, value: string): string;
  /** the position variable of a rest slot bound delayed (lazy_rest.ts), else null */
  lazyRest(slot: number): string | null;
}

function isIdentLiteral(v: Term): boolean {
  return (typeof v === "number" && Number.isSafeInteger(v)) || v instanceof Atom;
}

function simple(p: Pat): boolean {
  return p.k === "any" || p.k === "bind" || p.k === "eq" || p.k === "lit" || p.k === "nil";
}

/**
 * Statements that match `subject` (a JS expression without side effects, cheap to repeat) against
 * p, running `fail` (a statement that leaves: jump or throw) when it does not match.
 */
export function emitMatch(p: Pat, subject: string, fail: string, em: PatternEmitter, start?: string): string {
  switch (p.k) {
    case "any":
      return "";
    case "bind":
      return em.bind(p.slot, subject);
    case "eq": {
      const l = em.local(p.slot);
      // (a number or an atom that is not the same term is not equal: a key matched against the
      // key of each pair of a keyword list called exactEquals for every pair that differed)
      return `if (!(${l} === ${subject} || (typeof ${l} !== "number" && !(${l} instanceof Atom) && exactEquals(${l}, ${subject})))) ${fail}\n`;
    }
    case "lit":
      if (start !== undefined && p.v instanceof Bin) {
        // a delayed rest (vm/jit/lazy_rest.ts): its bits from `start` compared in place
        const n = p.v.size;
        let out = `if (!(${subject} instanceof Bin) || ${subject}.bitSize - ${start} !== ${n * 8}) ${fail}\n`;
        for (let i = 0; i < n; i++) out += `if (${subject}.byteAt((${start} >>> 3) + ${i}) !== ${p.v.byteAt(i)}) ${fail}\n`;
        return out;
      }
      if (isIdentLiteral(p.v)) return `if (${subject} !== ${typeof p.v === "number" ? String(p.v) : em.constant(p.v)}) ${fail}\n`;
      return `if (!exactEquals(${em.constant(p.v)}, ${subject})) ${fail}\n`;
    case "nil":
      return `if (${subject} !== NIL) ${fail}\n`;
    case "tuple": {
      const items = em.temp();
      let out = `if (!(${subject} instanceof Tuple) || ${subject}.items.length !== ${p.items.length}) ${fail}\n${items} = ${subject}.items;\n`;
      p.items.forEach((ip, i) => (out += sub(ip, `${items}[${i}]`, fail, em)));
      return out;
    }
    case "cons":
      return `if (!(${subject} instanceof Cons)) ${fail}\n` + sub(p.head, `${subject}.head`, fail, em) + sub(p.tail, `${subject}.tail`, fail, em);
    case "map": {
      let out = `if (!isMap(${subject})) ${fail}\n`;
      p.keys.forEach((kr, i) => {
        const t = em.temp();
        // (a literal key's place is cached: vm/map_shape.ts KeyCache)
        const get = "lit" in kr ? `getCached(${subject}, ${em.constant(kr.lit)}, ${em.constant(new KeyCache())})` : `${subject}.get(${em.local(kr.slot)})`;
        out += `${t} = ${get};\nif (${t} === undefined) ${fail}\n` + emitMatch(p.vals[i], t, fail, em);
      });
      return out;
    }
    case "both":
      return emitMatch(p.a, subject, fail, em) + emitMatch(p.b, subject, fail, em);
    case "bin":
    case "prefix":
      return emitBinary(p, subject, fail, em, start);
  }
}

/**
 * A binary pattern as straight-line reads, in vm/patterns.ts's order: each segment read at a bit
 * position, then its own pattern matched, the whole binary used at the end. A byte at a byte
 * boundary is read in place, a segment nobody looks at (`_::binary`) is not made, any other
 * segment goes through the interpreter's readSegment; a size computed from an expression
 * (`size(len - 4)`) is computed inline. `start`: a JS expression for the bit position the subject's
 * value starts at in the Bin `subject` (a delayed rest: vm/jit/lazy_rest.ts; a `bin` pattern only).
 */
function emitBinary(p: Pat & { k: "bin" | "prefix" }, subject: string, fail: string, em: PatternEmitter, start?: string): string {
  const v = em.temp(), pos = em.temp(), size = em.temp();
  let out = `if (!(${subject} instanceof Bin)) ${fail}\n${v} = ${subject};\n${size} = ${v}.bitSize;\n`;
  let segs: BinPatSeg[];
  // a literal prefix: its bytes compared in place, then the rest's pattern from there
  let aligned = true;
  if (p.k === "prefix") {
    const n = p.prefix.size;
    // (`"ab" <> rest` is `<<"ab", rest::binary>>`: the subject is whole bytes)
    out += `if (${size} < ${n * 8} || (${size} & 7) !== 0) ${fail}\n`;
    for (let i = 0; i < n; i++) out += `if (${v}.byteAt(${i}) !== ${p.prefix.byteAt(i)}) ${fail}\n`;
    out += `${pos} = ${n * 8};\n`;
    if (p.rest.k !== "bin") {
      if (p.rest.k === "any") return out;
      const rest = em.temp();
      return out + `${rest} = ${n === 0 ? v : `subBits(${v}, ${pos}, ${size} - ${pos})`};\n` + emitMatch(p.rest, rest, fail, em);
    }
    segs = p.rest.segs;
  } else {
    segs = p.segs;
    out += `${pos} = ${start ?? 0};\n`;
  }
  segs.forEach((s, i) => {
    const last = i === segs.length - 1;
    let n: string;
    const dynamic = s.sizeSlot !== undefined || s.sizeExpr !== undefined;
    if (s.sizeSlot !== undefined) {
      n = em.temp();
      out += `${n} = ${em.local(s.sizeSlot)};\nif (typeof ${n} !== "number" || ${n} < 0) ${fail}\n`;
    } else if (s.sizeExpr !== undefined) {
      n = em.temp();
      out += emitSize(s.sizeExpr, n, fail, em) + `if (${n} < 0) ${fail}\n`;
    } else n = s.size === null ? "null" : String(s.size);
    const val = em.temp();
    // (the size in bits when it is known here: not one read from a variable)
    const bits = dynamic ? null : s.size === null ? (s.type === "integer" ? 8 : s.type === "float" ? 64 : null) : s.size * s.unit;
    if (aligned && s.type === "integer" && !s.signed && bits === 8) {
      out += `if (${pos} + 8 > ${size}) ${fail}\n${val} = ${v}.byteAt(${pos} >>> 3);\n${pos} += 8;\n`;
    } else if (aligned && s.type === "binary" && s.pat.k === "lit" && s.pat.v instanceof Bin && s.pat.v.isBinary && s.pat.v.size <= 64 && bits === s.pat.v.size * 8) {
      // a literal of the segment's size (`<<"true", r::binary>>`): its bytes compared in place,
      // no sub-binary made to compare (readSegment made it, a view of the bytes and its answer)
      const lit = s.pat.v;
      out += `if (${pos} + ${bits} > ${size}) ${fail}\n`;
      for (let i = 0; i < lit.size; i++) out += `if (${v}.byteAt((${pos} >>> 3) + ${i}) !== ${lit.byteAt(i)}) ${fail}\n`;
      return void (out += `${pos} += ${bits};\n`);
    } else if (s.type === "binary" && (s.pat.k === "any" || s.pat.k === "bind")) {
      // (a binary segment: whole units; its value made only when it is bound)
      const len = em.temp();
      if (s.size === null && !dynamic) {
        if (!last) return void (out += `${fail}\n`);
        out += `${len} = ${size} - ${pos};\nif (${len} % ${s.unit} !== 0) ${fail}\n`;
      } else {
        out += `${len} = ${n} * ${s.unit};\nif (${pos} + ${len} > ${size}) ${fail}\n`;
      }
      const lazy = s.pat.k === "bind" && last && s.size === null && !dynamic ? em.lazyRest(s.pat.slot) : null;
      if (lazy !== null) {
        // a delayed rest (lazy_rest.ts): the subject and where the rest starts, at a byte boundary
        const l = `l${(s.pat as { slot: number }).slot}`;
        return void (out += `if ((${pos} & 7) === 0) { ${l} = ${v}; ${lazy} = ${pos}; } else { ${l} = subBits(${v}, ${pos}, ${len}); ${lazy} = 0; }\n${pos} += ${len};\n`);
      }
      if (s.pat.k === "bind") out += `${val} = subBits(${v}, ${pos}, ${len});\n`;
      out += `${pos} += ${len};\n`;
      if (s.unit % 8 !== 0) aligned = false;
      if (s.pat.k === "any") return;
    } else {
      const r = em.temp();
      out += `${r} = readSegment(${v}, ${pos}, ${em.constant(s)}, ${n}, ${last});\nif (${r} === null) ${fail}\n${pos} = ${r}.pos;\n${val} = ${r}.value;\n`;
      if (!(bits !== null && bits % 8 === 0) && !(s.type === "utf8" || s.type === "utf16" || s.type === "utf32")) aligned = false;
    }
    out += emitMatch(s.pat, val, fail, em);
  });
  return out + `if (${pos} !== ${size}) ${fail}\n`;
}

/**
 * Statements that set `to` to the value of a size expression (`size(len - 4)`) as vm/patterns.ts's
 * sizeValue computes it, running `fail` where it gives null: a variable that is not an integer of
 * a double, a division by zero, a result that is not a safe integer.
 */
function emitSize(e: SizeExpr, to: string, fail: string, em: PatternEmitter): string {
  if (typeof e === "number") return `${to} = ${e};\n`;
  if ("slot" in e) return `${to} = ${em.local(e.slot)};\nif (typeof ${to} !== "number") ${fail}\n`;
  const a = em.temp(), b = em.temp();
  let out = emitSize(e.a, a, fail, em) + emitSize(e.b, b, fail, em);
  switch (e.op) {
    case "div":
      out += `if (${b} === 0) ${fail}\n${to} = Math.trunc(${a} / ${b});\n`;
      break;
    case "rem":
      out += `if (${b} === 0) ${fail}\n${to} = ${a} % ${b};\n`;
      break;
    default:
      out += `${to} = ${a} ${e.op} ${b};\n`;
  }
  return out + `if (!Number.isSafeInteger(${to})) ${fail}\n`;
}

/** match a part of the subject, through a temporary when the part's pattern looks at it twice */
function sub(p: Pat, part: string, fail: string, em: PatternEmitter): string {
  if (simple(p) || p.k === "any") return emitMatch(p, part, fail, em);
  const t = em.temp();
  return `${t} = ${part};\n` + emitMatch(p, t, fail, em);
}
