// Helpers shared by the BIF modules: argument checks and conversions that raise the BEAM's errors.
import { TailCall } from "../calls.ts";
import {
  Atom, Bin, Cons, Float, NIL, Term, Tuple, atom, bin, binFromBytes, isInt, list, listToArray, MapLike, isMap, FALSE, TRUE, NIL_ATOM,
  bigToDouble,
} from "../terms.ts";
import { badarg, elixirRaise, exception, raise, argErrorText, badmap, ErlangError } from "../errors.ts";
import { bsFailEntry } from "../error_info.ts";
import { smallBytes, SMALL_MAX } from "../small_bytes.ts";
import { mapFromEntries } from "../map.ts";
import { inspect } from "../inspect.ts";

export const enc = new TextEncoder();
const strictDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** An Elixir FunctionClauseError for an Elixir-level BIF called with arguments it has no clause for. */
export function noClause(module: string, fun: string, arity: number): never {
  raise(exception("FunctionClauseError", {
    module: atom(module), function: atom(fun), arity, kind: NIL_ATOM, args: NIL_ATOM, clauses: NIL_ATOM,
  }));
}

// :badarg from an Erlang-level BIF, recording which argument was wrong and why (OTP 25's
// error_info, vm/error_info.ts): the BIF table then heads the stack trace with the BIF's frame.
export { badargAt, badargAtEach } from "../errors.ts";

/**
 * A failed binary construction (`<<x::binary>>` with x not a binary): :badarg, with OTP 25's
 * error_info on the constructing function's frame; erl_erts_errors:format_bs_fail/2 words it as
 * "construction of binary failed: segment 2 of type 'binary': expected a binary but got: :b".
 */
export function bsFail(segment: number, type: string, what: "type" | "size" | "short" | "unit" | "no_float" | "invalid", value: Term): never {
  const e = new ErlangError("error", atom("badarg"));
  e.locationInfo = bsFailEntry(segment, type, what, value);
  throw e;
}

/**
 * Wrap the BIFs of an Erlang module so that a function_clause they raise shows the BIF itself as
 * the top stack frame ({:lists, :nth, [5, [1]], []}), as on the BEAM: FunctionClauseError then
 * names it.
 */
export function withClauseFrames<F extends (args: Term[], ctx: any) => Term | TailCall>(module: string, fns: Record<string, F>): Record<string, F> {
  const mod = atom(module);
  const out: Record<string, F> = {};
  for (const [key, fn] of Object.entries(fns)) {
    const name = atom(key.slice(0, key.lastIndexOf("/")));
    out[key] = ((args: Term[], ctx: any) => {
      try {
        return fn(args, ctx);
      } catch (e) {
        if (e instanceof ErlangError && e.reason === FUNCTION_CLAUSE && e.stacktrace === undefined && e.callee === undefined) {
          let st: Term | undefined = undefined;
          Object.defineProperty(e, "stacktrace", {
            configurable: true,
            enumerable: true,
            get: () => st,
            set: (v: Term | undefined) => { st = v === undefined ? v : new Cons(new Tuple([mod, name, list(args), NIL]), v); },
          });
        }
        throw e;
      }
    }) as F;
  }
  return out;
}

const FUNCTION_CLAUSE = atom("function_clause");

/** ArgumentError with Elixir's rendering of an OTP error_info (for Elixir-level BIFs). */
export function argError(arg: number, why: string): never {
  elixirRaise("ArgumentError", argErrorText(arg, why));
}

export function keyError(key: Term, term: Term): never {
  raise(exception("KeyError", { key, term, message: NIL_ATOM }));
}

/** the parts' bytes one after another, in one new array */
export function joinBytes(parts: readonly Uint8Array[]): Uint8Array {
  let total = 0;
  for (const p of parts) total += p.length;
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

export function isBinary(t: Term): t is Bin {
  return t instanceof Bin;
}

/** Valid UTF-8 text of a binary, or undefined. */
export function utf8(b: Bin): string | undefined {
  try {
    return strictDecoder.decode(b.bytes);
  } catch {
    return undefined;
  }
}

export function str(t: Term, onBad: () => never = badarg): string {
  if (!(t instanceof Bin)) onBad();
  return (t as Bin).toString();
}

export function int(t: Term, onBad: () => never = badarg): number | bigint {
  if (!isInt(t)) onBad();
  return t as number | bigint;
}

export function smallInt(t: Term, onBad: () => never = badarg): number {
  if (typeof t !== "number") onBad();
  return t as number;
}

export function atomArg(t: Term, onBad: () => never = badarg): Atom {
  if (!(t instanceof Atom)) onBad();
  return t as Atom;
}

export function mapArg(t: Term): MapLike {
  if (!isMap(t)) badmap(t);
  return t as MapLike;
}

/** Elements of a proper list; badarg (or onBad) otherwise. */
export function arr(t: Term, onBad: () => never = badarg): Term[] {
  const out: Term[] = [];
  while (t instanceof Cons) {
    out.push(t.head);
    t = t.tail;
  }
  if (t !== NIL) onBad();
  return out;
}

export function num(t: Term, onBad: () => never = badarg): number {
  if (typeof t === "number") return t;
  if (t instanceof Float) return t.value;
  if (typeof t === "bigint") return bigToDouble(t);
  return onBad();
}

export function isNum(t: Term): boolean {
  return typeof t === "number" || typeof t === "bigint" || t instanceof Float;
}

export function float(x: number): Float {
  return new Float(x);
}

export function boolArg(t: Term, onBad: () => never = badarg): boolean {
  if (t === TRUE) return true;
  if (t === FALSE) return false;
  return onBad();
}

export { bin, list, binFromBytes, atom, TRUE, FALSE, NIL, NIL_ATOM, Tuple };

/**
 * Flatten iodata (binaries, bytes 0..255, nested lists, binary tail) into bytes; undefined if not
 * iodata. One walk, into a buffer that doubles: a walk that measured first and then copied went
 * over every cons cell twice, which for a long list (100,000 numbers made text) cost more than the
 * copy of the bytes at the end. A nested list's rest waits on a stack.
 */
export function iodataBytes(t: Term): Uint8Array | undefined {
  // (a bitstring that is not whole bytes is no iodata)
  if (t instanceof Bin) {
    if (t.tailBits !== 0) return undefined;
    const one = smallBytes(t.size);
    t.copyInto(one, 0);
    return one;
  }
  let out: Uint8Array = new Uint8Array(256);
  let n = 0;
  const rests: Term[] = [];
  let c: Term = t;
  for (;;) {
    while (c instanceof Cons) {
      const h = c.head;
      if (typeof h === "number") {
        if (h < 0 || h > 255 || !Number.isInteger(h)) return undefined;
        if (n === out.length) out = grown(out, n, 1);
        out[n++] = h;
      } else if (h instanceof Bin) {
        if (h.tailBits !== 0) return undefined;
        if (n + h.size > out.length) out = grown(out, n, h.size);
        h.copyInto(out, n);
        n += h.size;
      } else if (h instanceof Cons) {
        rests.push(c.tail);
        c = h;
        continue;
      } else if (h !== NIL) return undefined;
      c = c.tail;
    }
    if (c instanceof Bin) {
      if (c.tailBits !== 0) return undefined;
      if (n + c.size > out.length) out = grown(out, n, c.size);
      c.copyInto(out, n);
      n += c.size;
    } else if (c !== NIL) return undefined;
    if (rests.length === 0) break;
    c = rests.pop()!;
  }
  // exactly n bytes: a small result in the slab, a large one without the doubling's spare room
  if (n <= SMALL_MAX) {
    const small = smallBytes(n);
    for (let i = 0; i < n; i++) small[i] = out[i];
    return small;
  }
  return n === out.length ? out : out.slice(0, n);
}

/** the byte count of iodata t, or -1 when t is not iodata (iolist_size/1: no bytes copied) */
export function iodataSize(t: Term): number {
  if (t instanceof Bin) return t.tailBits === 0 ? t.size : -1;
  let n = 0;
  const rests: Term[] = [];
  let c: Term = t;
  for (;;) {
    while (c instanceof Cons) {
      const h = c.head;
      if (typeof h === "number") {
        if (h < 0 || h > 255 || !Number.isInteger(h)) return -1;
        n++;
      } else if (h instanceof Bin) {
        if (h.tailBits !== 0) return -1;
        n += h.size;
      } else if (h instanceof Cons) {
        rests.push(c.tail);
        c = h;
        continue;
      } else if (h !== NIL) return -1;
      c = c.tail;
    }
    if (c instanceof Bin && c.tailBits === 0) n += c.size;
    else if (c !== NIL) return -1;
    if (rests.length === 0) return n;
    c = rests.pop()!;
  }
}

/** buf (its first n bytes used) in a buffer with room for `more` bytes after them */
function grown(buf: Uint8Array, n: number, more: number): Uint8Array {
  const next = new Uint8Array(Math.max(buf.length * 2, n + more));
  next.set(buf.subarray(0, n));
  return next;
}

/**
 * Flatten chardata (binaries, code points, nested lists) to a JS string (latin1: each byte of a
 * binary is a character, and the code points are bytes).
 * Returns {bad: code point} for an invalid code point, undefined when not chardata at all.
 */
export function chardataToString(t: Term, latin1 = false): string | { bad: Term } | undefined {
  const maxCp = latin1 ? 0xff : 0x10ffff;
  // OTP walks the term in order and judges its shape before its code points: a tuple or an
  // improper tail anywhere is badarg even after a bad code point; only a big integer ends the
  // walk early (it is a bad code point whatever follows). The first bad code point is named.
  // (an integer is a code point only inside a list)
  if (typeof t === "number" || typeof t === "bigint") return undefined;
  let out = "";
  let bad: { bad: Term } | undefined;
  const stack: Term[] = [t];
  while (stack.length > 0) {
    let x = stack.pop()!;
    // (a bitstring that is no binary is no character data)
    if (x instanceof Bin) {
      if (x.tailBits !== 0) return undefined;
      if (bad === undefined) out += latin1 ? String.fromCharCode(...x.bytes) : x.toString();
      continue;
    }
    if (typeof x === "bigint") return bad ?? { bad: x };
    if (typeof x === "number") {
      if (bad !== undefined) continue;
      if (x < 0 || x > maxCp || (x >= 0xd800 && x <= 0xdfff)) bad = { bad: x };
      else out += String.fromCodePoint(x);
      continue;
    }
    if (x === NIL) continue;
    if (!(x instanceof Cons)) return undefined;
    const items: Term[] = [];
    while (x instanceof Cons) { items.push(x.head); x = x.tail; }
    // the tail is judged after the elements; only a binary (or []) may end chardata
    if (x !== NIL) stack.push(x instanceof Bin ? x : TAIL_NOT_CHARDATA);
    for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]);
  }
  return bad ?? out;
}
// stands for an improper tail that is no binary (an atom like :x is no list element of chardata)
const TAIL_NOT_CHARDATA = new Tuple([]);

export function codepoints(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0)!);
  return out;
}


const REGEX_STRUCT = atom("Elixir.Regex");
const STRUCT_KEY = atom("__struct__");
/** a %Regex{} (String functions hand those to the Regex module) */
export function isRegex(t: Term): boolean {
  return isMap(t) && (t as MapLike).get(STRUCT_KEY) === REGEX_STRUCT;
}

/** what OTP's error_info says of a list argument that is no proper list (null: a proper list) */
export function notProperList(l: Term): string | null {
  if (l !== NIL && !(l instanceof Cons)) return "not a list";
  let t: Term = l;
  while (t instanceof Cons) t = t.tail;
  return t === NIL ? null : "not a proper list";
}
