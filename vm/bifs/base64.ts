// Erlang's :base64 (OTP 25: the standard alphabet, no options): encode/decode/mime_decode and
// their _to_string forms on binaries and lists of bytes. Bad input fails as OTP 25's base64.erl
// does, since programs print those errors: a character outside the alphabet where four symbols
// are assembled is a failed binary construction naming its segment, a symbol after the padding a
// case_clause, a last group cut short a function_clause of the internal decoder, a list element
// that is not a byte an arithmetic error or element/2's "out of range".
import { Bin, Cons, NIL, Term, Tuple, atom, binFromBytes, int, isInt, list, tuple } from "../terms.ts";
import { ErlangError, badarith, raise } from "../errors.ts";
import { bifErrorFrame } from "../error_info.ts";
import { defineBifs } from "./registry.ts";
import { bsFail } from "./util.ts";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const BASE64 = atom("base64");

/** what a character is to the decoder: a 6-bit value, whitespace, the pad `=`, or neither */
type Sym = number | "ws" | "eq" | "bad";

const SYMBOLS: Sym[] = Array.from({ length: 256 }, (_, c): Sym => {
  const v = ALPHABET.indexOf(String.fromCharCode(c));
  if (v >= 0 && c < 128) return v;
  if (c === 61) return "eq";
  return c === 9 || c === 10 || c === 13 || c === 32 ? "ws" : "bad";
});

const symTerm = (s: Sym): Term => (typeof s === "number" ? s : atom(s));

/** a function_clause in one of base64.erl's functions, with the arguments it was called with */
function clauseIn(fun: string, args: Term[]): never {
  const e = new ErlangError("error", atom("function_clause"));
  e.callee = tuple(BASE64, atom(fun), list(args), NIL);
  throw e;
}

let alphabetTuple: Tuple | undefined;

/** OTP looks characters up with element/2 in a 256-entry (decode) or 64-entry (encode) tuple */
function outOfRange(index: number | bigint, size: 64 | 256): never {
  const e = new ErlangError("error", atom("badarg"));
  e.diagnosis = { args: [[1, "out of range"]] };
  const table = size === 64
    ? (alphabetTuple ??= new Tuple([...ALPHABET].map((c) => c.charCodeAt(0))))
    : new Tuple(SYMBOLS.map(symTerm));
  e.callee = bifErrorFrame("erlang", "element", [index, table], e.diagnosis);
  throw e;
}

/** a list element's symbol: b64d(X) is element(X + 1, Table), which refuses what is not an integer */
function listSymbol(c: Term): Sym {
  if (typeof c === "number" && Number.isInteger(c)) {
    if (c < 0 || c > 255) outOfRange(c + 1, 256);
    return SYMBOLS[c];
  }
  if (typeof c === "bigint") outOfRange(c + 1n, 256);
  const e = new ErlangError("error", atom("badarg"));
  e.diagnosis = { args: [[1, "not an integer"]] };
  throw e;
}

/** The characters of the input one at a time, each as its symbol (undefined at the end, null at
 *  an improper list's tail); `rest` is what the decoder has not consumed, for the function_clause
 *  that reports it. */
interface Input {
  next(): Sym | undefined | null;
  rest(): Term;
}

function binaryInput(b: Bin): Input {
  let i = 0;
  const bytes = b.bytes;
  return { next: () => (i < bytes.length ? SYMBOLS[bytes[i++]] : undefined), rest: () => binFromBytes(bytes.subarray(i)) };
}

function listInput(l: Term): Input {
  let cur = l;
  return {
    next: () => {
      if (cur instanceof Cons) {
        const c = cur.head;
        cur = cur.tail;
        return listSymbol(c);
      }
      return cur === NIL ? undefined : null;
    },
    rest: () => cur,
  };
}

/** How a decoder assembles its output: into a binary (decode, mime_decode) or into a list
 *  (the _to_string forms, which have no accumulator argument and compute with bsl/bor). */
interface Shape {
  fun: string;
  toString: boolean;
}

class Output {
  bytes: number[] = [];
  push(...b: number[]): void {
    for (const x of b) this.bytes.push(x);
  }
  term(toString: boolean): Term {
    return toString ? list(this.bytes) : binFromBytes(Uint8Array.from(this.bytes));
  }
}

/** a function_clause of the decoder's function `fun` with `pending` symbols of an unfinished group */
function cutShort(shape: Shape, fun: string, input: Input, out: Output, pending: Sym[]): never {
  const acc = shape.toString ? [] : [out.term(false)];
  return clauseIn(fun, [input.rest(), ...acc, ...pending.map(symTerm)]);
}

/** the segment of `<<A/bits, B1:6, ...>>` (or `<<B1:6, ...>>` without an accumulator) holding group[i] */
const segment = (shape: Shape, i: number): number => (shape.toString ? i + 1 : i + 2);

function requireInts(shape: Shape, group: Sym[]): void {
  for (let i = 0; i < group.length; i++) {
    const s = group[i];
    if (typeof s !== "number") {
      if (shape.toString && group.length === 4) badarith();
      bsFail(segment(shape, i), "integer", "type", atom(s));
    }
  }
}

/** the group's last symbol is the pad: one byte (B3 also the pad) or two */
function padded(shape: Shape, [b1, b2, b3]: Sym[], out: Output): void {
  if (b3 === "eq") {
    if (typeof b2 !== "number") badarith();
    requireInts(shape, [b1]);
    out.push(((b1 as number) << 2) | (b2 >> 4));
  } else {
    if (typeof b3 !== "number") badarith();
    requireInts(shape, [b1, b2]);
    const v = ((b1 as number) << 10) | ((b2 as number) << 4) | (b3 >> 2);
    out.push(v >> 8, v & 255);
  }
}

function full(out: Output, [b1, b2, b3, b4]: number[]): void {
  const v = (b1 << 18) | (b2 << 12) | (b3 << 6) | b4;
  out.push(v >> 16, (v >> 8) & 255, v & 255);
}

/** decode/decode_to_string: whitespace skipped, groups of four, the pad only at the end */
function decode(input: Input, shape: Shape): Term {
  const out = new Output();
  let group: Sym[] = [];
  for (let s = input.next(); s !== undefined; s = input.next()) {
    if (s === null) return cutShort(shape, shape.fun, input, out, group);
    if (s === "ws") continue;
    group.push(s);
    if (group.length < 4) continue;
    if (group[3] === "eq") {
      padded(shape, group, out);
      for (let t = input.next(); t !== undefined; t = input.next()) {
        if (t === null) return clauseIn("only_ws", [input.rest(), out.term(shape.toString)]);
        if (t !== "ws") raise(tuple(atom("case_clause"), symTerm(t)));
      }
      return out.term(shape.toString);
    }
    requireInts(shape, group);
    full(out, group as number[]);
    group = [];
  }
  if (group.length > 0) cutShort(shape, shape.fun, input, out, group);
  return out.term(shape.toString);
}

/** mime_decode/mime_decode_to_string: anything outside the alphabet skipped, a pad ends a group
 *  early only when no more data follows it */
function mimeDecode(input: Input, shape: Shape): Term {
  const out = new Output();
  let group: Sym[] = [];
  let afterPad = false;
  for (let s = input.next(); s !== undefined; s = input.next()) {
    if (s === null) return cutShort(shape, afterPad ? shape.fun + "_after_eq" : shape.fun, input, out, group);
    if (afterPad) {
      if (typeof s !== "number") continue;
      afterPad = false;
      if (group[2] === "eq") group[2] = s;
      else {
        full(out, [...group, s] as number[]);
        group = [];
      }
      continue;
    }
    if (typeof s === "number") {
      group.push(s);
      if (group.length === 4) {
        full(out, group as number[]);
        group = [];
      }
    } else if (s === "eq" && group.length >= 2) {
      if (group.length === 2) group.push("eq");
      afterPad = true;
    }
  }
  if (afterPad) {
    padded(shape, group, out);
    return out.term(shape.toString);
  }
  if (group.length > 0) cutShort(shape, shape.fun, input, out, group);
  return out.term(shape.toString);
}

// ---- encoding ---------------------------------------------------------------------------------

const ALPHABET_CODES = [...ALPHABET].map((c) => c.charCodeAt(0));

function encodeBytes(bytes: Uint8Array): number[] {
  const out: number[] = [];
  let i = 0;
  for (; i + 3 <= bytes.length; i += 3) {
    const v = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out.push(ALPHABET_CODES[v >> 18], ALPHABET_CODES[(v >> 12) & 63], ALPHABET_CODES[(v >> 6) & 63], ALPHABET_CODES[v & 63]);
  }
  if (bytes.length - i === 1) out.push(ALPHABET_CODES[bytes[i] >> 2], ALPHABET_CODES[(bytes[i] & 3) << 4], 61, 61);
  else if (bytes.length - i === 2) {
    const v = (bytes[i] << 8) | bytes[i + 1];
    out.push(ALPHABET_CODES[v >> 10], ALPHABET_CODES[(v >> 4) & 63], ALPHABET_CODES[(v & 15) << 2], 61);
  }
  return out;
}

/** b64e(X): element(X + 1, Alphabet) */
function b64e(x: bigint): number {
  if (x < 0n || x > 63n) outOfRange(int(x + 1n), 64);
  return ALPHABET_CODES[Number(x)];
}

const big = (t: Term): bigint => (isInt(t) ? BigInt(t) : badarith());

/** a list of bytes, as base64.erl's encode_list reads it (elements need not be bytes until an
 *  operation on them fails); `clauseAt` is its function_clause on an improper list */
function encodeList(l: Term, clauseAt: (rest: Term, out: number[]) => never): number[] {
  const out: number[] = [];
  let cur = l;
  for (;;) {
    if (cur === NIL) return out;
    if (!(cur instanceof Cons)) return clauseAt(cur, out);
    const c1 = cur;
    const c2 = c1.tail;
    if (c2 === NIL) {
      const b1 = big(c1.head);
      out.push(b64e(b1 >> 2n), b64e((b1 & 3n) << 4n), 61, 61);
      return out;
    }
    if (!(c2 instanceof Cons)) return clauseAt(cur, out);
    const c3 = c2.tail;
    if (c3 === NIL) {
      const b1 = big(c1.head);
      const first = b64e(b1 >> 2n);
      const b2 = big(c2.head);
      out.push(first, b64e(((b1 & 3n) << 4n) | (b2 >> 4n)), b64e((b2 & 15n) << 2n), 61);
      return out;
    }
    if (!(c3 instanceof Cons)) return clauseAt(cur, out);
    const [h1, h2, h3] = [c1.head, c2.head, c3.head];
    if (typeof h1 === "number" && typeof h2 === "number" && typeof h3 === "number" && (h1 | h2 | h3) >>> 0 <= 255 && Number.isInteger(h1 + h2 + h3)) {
      out.push(...encodeBytes(Uint8Array.of(h1, h2, h3)));
    } else {
      const v = (big(h1) << 16n) | (big(h2) << 8n) | big(h3);
      out.push(b64e(v >> 18n), b64e((v >> 12n) & 63n), b64e((v >> 6n) & 63n), b64e(v & 63n));
    }
    cur = c3.tail;
  }
}

const isBinary = (t: Term): t is Bin => t instanceof Bin && t.tailBits === 0;

function encode(t: Term): Term {
  if (isBinary(t)) return binFromBytes(Uint8Array.from(encodeBytes(t.bytes)));
  if (t === NIL || t instanceof Cons) {
    return binFromBytes(Uint8Array.from(encodeList(t, (rest, out) => clauseIn("encode_list", [rest, binFromBytes(Uint8Array.from(out))]))));
  }
  return clauseIn("encode", [t]);
}

function encodeToString(t: Term): Term {
  const l = isBinary(t) ? list([...t.bytes]) : t;
  if (l === NIL || l instanceof Cons) return list(encodeList(l, (rest) => clauseIn("encode_list_to_string", [rest])));
  return clauseIn("encode_to_string", [t]);
}

type Decoder = (input: Input, shape: Shape) => Term;

/** decode or mime_decode to a binary: a binary is read by the _binary decoder, a list by _list */
function toBinary(t: Term, name: string, decoder: Decoder): Term {
  if (isBinary(t)) return decoder(binaryInput(t), { fun: name + "_binary", toString: false });
  if (t === NIL || t instanceof Cons) {
    const shape = { fun: name + "_list", toString: false };
    return decoder(listInput(t), shape);
  }
  return clauseIn(name, [t]);
}

/** the _to_string forms read a binary as its list of bytes */
function toList(t: Term, name: string, decoder: Decoder): Term {
  const l = isBinary(t) ? list([...t.bytes]) : t;
  if (l !== NIL && !(l instanceof Cons)) return clauseIn(name + "_to_string", [t]);
  const shape = { fun: name + "_list_to_string", toString: true };
  return decoder(listInput(l), shape);
}

defineBifs("base64", {
  "encode/1": ([t]) => encode(t),
  "encode_to_string/1": ([t]) => encodeToString(t),
  "decode/1": ([t]) => toBinary(t, "decode", decode),
  "decode_to_string/1": ([t]) => toList(t, "decode", decode),
  "mime_decode/1": ([t]) => toBinary(t, "mime_decode", mimeDecode),
  "mime_decode_to_string/1": ([t]) => toList(t, "mime_decode", mimeDecode),
});
