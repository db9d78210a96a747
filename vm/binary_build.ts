// Building a binary from segment values (`<<a, b::16, rest::binary>>`): shared by the interpreter's
// make_bin and compiled code.
import { Bin, Term, bigToDouble } from "./terms.ts";
import { ErlangError, BADARG } from "./errors.ts";
import { writeSegment, SegSpec, BitWriter, bitsAfter, utf8Encode } from "./binary.ts";
import { bsFail } from "./bifs/util.ts";
import { smallAlloc, currentSlab, SMALL_MAX } from "./small_bytes.ts";

export type BinSpecs = (SegSpec & { dynSize: boolean })[];

/**
 * The array of an appendable buffer: one typed array over the whole of its ArrayBuffer, made with
 * the buffer and the only object that carries its count of used bytes (`used`). Every binary
 * appended in place there is a Bin on this array (its store), so the count is read and written on
 * the array in hand: through `.buffer` (the ArrayBuffer, where the count was before), V8's
 * optimised code made a call per append and ran `<<acc::binary, byte>>` loops 3x slower. A view
 * made elsewhere on the same buffer (Bin.bytes of a slice) has no count, so nothing appends there.
 */
type Appendable = Uint8Array & { used?: number };

/** a new appendable array of at least twice len bytes, len of them used */
function appendable(len: number): Appendable {
  const out = new Uint8Array(Math.max(len * 2, 256)) as Appendable;
  out.used = len;
  return out;
}

/** a first segment `acc::binary` of at least 64 bytes: built by appending after it */
function isAppendable(spec: SegSpec & { dynSize: boolean }, v: Term): boolean {
  return spec.type === "binary" && spec.size === null && !spec.dynSize && v instanceof Bin && v.size >= 64 && v.tailBits === 0;
}

/**
 * Build a binary from segment bytes; when the first segment is a large binary, append after it.
 * Like the BEAM's binary append optimisation: a binary's buffer has spare room and remembers how
 * much of it is used, so `acc <> x` in a loop writes in place (amortised O(1)) when `acc` ends
 * where the buffer's used part ends; any other binary sharing the buffer is never overwritten.
 */
function appendOrBuild(specs: BinSpecs, first: Term, out: number[]): Bin {
  if (!(specs.length > 1 && isAppendable(specs[0], first))) return new Bin(Uint8Array.from(out));
  const acc = first as Bin;
  const whole = acc.store as Appendable;
  const at = acc.storeOffset;
  const end = at + acc.size;
  if (whole.used === end && end + out.length <= whole.length) {
    whole.set(out, end);
    whole.used = end + out.length;
    return new Bin(whole, undefined, 0, at, acc.size + out.length);
  }
  const len = acc.size + out.length;
  const view = appendable(len);
  acc.copyInto(view, 0);
  view.set(out, acc.size);
  return new Bin(view, undefined, 0, 0, len);
}

/** values make_bin takes from the stack: one per segment, two for a segment with a run-time size */
export function segmentValueCount(specs: BinSpecs): number {
  let count = 0;
  for (const s of specs) count += s.dynSize ? 2 : 1;
  return count;
}

/** `a <> b`: two segments, each a whole binary of any size (<<a::binary, b::binary>>) */
export function isConcat(specs: BinSpecs): boolean {
  return specs.length === 2 && specs.every((s) => s.type === "binary" && s.size === null && !s.dynSize && s.unit === 8);
}

/**
 * `a <> b` for specs that isConcat accepts: what buildWholeBytes makes of them (in place after a
 * when a's buffer has room, else a new buffer, the slab or an array of its own), without its
 * walk of the specs, whose shapes differ from one construction to the next (a megamorphic walk
 * was most of a `acc <> x` loop). Anything but two binaries goes to buildBinary, for its errors.
 */
export function concatBinaries(specs: BinSpecs, a: Term, b: Term): Bin {
  if (!(a instanceof Bin) || a.tailBits !== 0 || !(b instanceof Bin) || b.tailBits !== 0) return buildBinary(specs, [a, b], 0);
  const len = a.size + b.size;
  let out: Uint8Array, start: number;
  if (a.size >= 64) {
    const whole = a.store as Appendable;
    const at = a.storeOffset;
    const end = at + a.size;
    if (whole.used === end && end + b.size <= whole.length) {
      whole.used = at + len;
      b.copyInto(whole, end);
      return new Bin(whole, undefined, 0, at, len);
    }
    out = appendable(len);
    start = 0;
  } else if (len > 0 && len <= SMALL_MAX) {
    start = smallAlloc(len);
    out = currentSlab();
  } else {
    out = new Uint8Array(len);
    a.copyInto(out, 0);
    b.copyInto(out, a.size);
    return new Bin(out);
  }
  a.copyInto(out, start);
  b.copyInto(out, start + a.size);
  return new Bin(out, undefined, 0, start, len);
}

/** the binary described by `specs` from the values at vals[base..] */
export function buildBinary(specs: BinSpecs, vals: Term[], base: number): Bin {
  return (specs.length === 2 ? appendInPlace(specs, vals, base) : null) ?? buildWholeBytes(specs, vals, base) ?? buildBinaryGeneral(specs, vals, base);
}

/**
 * `<<acc::binary, byte>>` and `acc <> bin` written in the spare room after acc: buildWholeBytes's
 * in-place append for its commonest case, in a function small enough for V8 to optimise again
 * after a deoptimisation (buildWholeBytes, deoptimised once by a segment spec of another map, was
 * not optimised again in a loop of 1.6M appends and ran unoptimised: 17x Elixir's time). null:
 * anything else, for buildWholeBytes.
 */
function appendInPlace(specs: BinSpecs, vals: Term[], base: number): Bin | null {
  return appendTwo(specs, vals[base], vals[base + 1]);
}

/**
 * A construction of two segments (`<<acc::binary, byte>>`) from its two values, without the array
 * of values buildBinary takes (compiled code: one array less per append)
 */
export function buildBinary2(specs: BinSpecs, first: Term, v: Term): Bin {
  return appendTwo(specs, first, v) ?? buildBinary(specs, [first, v], 0);
}

/**
 * `<<acc::binary, byte>>` (specs isByteAppend accepts: the JIT knows them when it compiles the
 * construction): the byte written in the spare room after acc when acc ends where its buffer's
 * used part ends, as appendTwo does, without reading the specs. appendTwo, shared by every
 * construction of two segments in the program, reads its specs' fields through inline caches that
 * see every shape of spec there is: two thirds of a `for <<c <- bin>>, into: ""` loop's time.
 */
export function appendByte(specs: BinSpecs, acc: Term, v: Term): Bin {
  if (acc instanceof Bin && typeof v === "number" && acc.tailBits === 0 && acc.size >= 64) {
    const whole = acc.store as Appendable;
    const at = acc.storeOffset;
    const end = at + acc.size;
    if (whole.used === end && end < whole.length) {
      whole.used = end + 1;
      // (a byte is the value modulo 256, of any integer a double holds exactly: & takes it modulo 2^32)
      whole[end] = v & 255;
      return new Bin(whole, undefined, 0, at, acc.size + 1);
    }
  }
  return buildBinary2(specs, acc, v);
}

/**
 * The binary of the first n bytes of acc's buffer from acc's start: a loop's accumulator kept as
 * acc and its length while bytes were written after it in place (vm/jit/lazy_append.ts); acc
 * itself when nothing was
 */
export function appended(acc: Bin, n: number): Bin {
  return n === acc.size ? acc : new Bin(acc.store, undefined, 0, acc.storeOffset, n);
}

/** `<<acc::binary, x::8>>`: a whole binary, then one byte-sized integer of a size known when compiled */
export function isByteAppend(specs: BinSpecs): boolean {
  if (specs.length !== 2) return false;
  const [a, b] = specs;
  return a.type === "binary" && a.size === null && !a.dynSize && b.type === "integer" && !b.dynSize && (b.size ?? 8) * b.unit === 8;
}

function appendTwo(specs: BinSpecs, first: Term, v: Term): Bin | null {
  const s = specs[1];
  if (!isAppendable(specs[0], first)) return null;
  let n: number;
  if (s.type === "integer") {
    if (intBytes(s, v) !== 1) return null;
    n = 1;
  } else if (s.type === "binary" && s.size === null && !s.dynSize && v instanceof Bin && v.tailBits === 0) n = v.size;
  else return null;
  const acc = first as Bin;
  const whole = acc.store as Appendable;
  const at = acc.storeOffset;
  const end = at + acc.size;
  if (whole.used !== end || end + n > whole.length) return null;
  whole.used = end + n;
  // (a byte is the value modulo 256, of any integer a double holds exactly: & takes it modulo 2^32)
  if (n === 1 && s.type === "integer") whole[end] = (v as number) & 255;
  else (v as Bin).copyInto(whole, end);
  return new Bin(whole, undefined, 0, at, acc.size + n);
}

/** bytes of an integer segment the fast path writes (whole bytes, exact in a double), else -1 */
function intBytes(s: BinSpecs[number], v: Term): number {
  if (typeof v !== "number" || s.dynSize) return -1;
  const bits = (s.size ?? 8) * s.unit;
  return (bits & 7) === 0 && bits <= 48 ? bits >> 3 : -1;
}

/**
 * The common constructions (`acc <> x`, `<<a, b::16, rest::binary>>`: whole binaries, byte-sized
 * integers, utf8 code points) written straight into their bytes: what the general path builds,
 * without its bit writer. null: anything else (bits, floats, run-time sizes, a bad value), for the
 * general path, which also raises the errors.
 */
function buildWholeBytes(specs: BinSpecs, vals: Term[], base: number): Bin | null {
  let len = 0;
  for (let si = 0; si < specs.length; si++) {
    const s = specs[si], v = vals[base + si];
    if (s.dynSize) return null;
    if (s.type === "binary") {
      if (!(v instanceof Bin) || v.tailBits !== 0) return null;
      const bits = s.size === null ? v.size * 8 : s.size * s.unit;
      if ((bits & 7) !== 0 || bits > v.size * 8 || bits % s.unit !== 0) return null;
      len += bits / 8;
    } else if (s.type === "integer") {
      const n = intBytes(s, v);
      if (n < 0) return null;
      len += n;
    } else if (s.type === "utf8") {
      if (typeof v !== "number" || v < 0 || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) return null;
      len += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4;
    } else return null;
  }
  // `acc <> x`: after acc, in its buffer's spare room when acc ends where the used part ends
  let out: Uint8Array, pos = 0, si = 0;
  // a result written in place in a larger array (the slab, an appendable buffer) starts at
  // `start` there: a Bin on that array and range, with no typed array of its own (a view per
  // append cost V8 more than the append itself, and its collection)
  let start = -1;
  if (specs.length > 1 && isAppendable(specs[0], vals[base])) {
    const first = vals[base] as Bin;
    const whole = first.store as Appendable;
    const at = first.storeOffset;
    const end = at + first.size;
    if (whole.used === end && end + (len - first.size) <= whole.length) {
      out = whole;
      whole.used = at + len;
      start = at;
      pos = end;
    } else {
      out = appendable(len);
      first.copyInto(out, 0);
      start = 0;
      pos = first.size;
    }
    si = 1;
  } else if (len > 0 && len <= SMALL_MAX) {
    start = pos = smallAlloc(len);
    out = currentSlab();
  } else out = new Uint8Array(len);
  for (; si < specs.length; si++) {
    const s = specs[si], v = vals[base + si];
    if (s.type === "binary") {
      const b = v as Bin;
      const n = s.size === null ? b.size : (s.size * s.unit) / 8;
      b.copyInto(out, pos, n);
      pos += n;
    } else if (s.type === "integer") {
      const n = intBytes(s, v);
      const m = 2 ** (n * 8);
      let u = (((v as number) % m) + m) % m;
      if (s.little) for (let k = 0; k < n; k++, u = Math.floor(u / 256)) out[pos + k] = u % 256;
      else for (let k = n - 1; k >= 0; k--, u = Math.floor(u / 256)) out[pos + k] = u % 256;
      pos += n;
    } else {
      const cp = v as number;
      if (cp < 0x80) out[pos++] = cp;
      else for (const byte of utf8Encode(cp)!) out[pos++] = byte;
    }
  }
  return start < 0 ? new Bin(out) : new Bin(out, undefined, 0, start, len);
}

/** the general path (a bit writer): every construction, and its errors (exported for the tests that hold the fast path to it) */
/**
 * On a failure, the one OTP 25 reports first: its code checks, before writing any segment, the
 * run-time sizes and the utf32 values (in segment order), then the type of each whole-binary
 * segment (`x::binary`, whose size it needs; from the last segment back), so
 * <<:x::8, -1::utf32>> fails in segment 2. Raises that failure if there is one.
 */
function earlierFailure(specs: BinSpecs, vals: Term[], base: number): void {
  const at: number[] = [];
  let j = base;
  for (let si = 0; si < specs.length; si++) {
    const s = specs[si], v = vals[j++];
    at.push(j - 1);
    if (s.dynSize) {
      const sv = vals[j++];
      if (typeof sv !== "number" || sv < 0) bsFail(si + 1, s.type, "size", sv);
    }
    if (s.type === "utf32" && !(typeof v === "number" && v >= 0 && v <= 0x10ffff && !(v >= 0xd800 && v <= 0xdfff))) bsFail(si + 1, s.type, "type", v);
  }
  for (let si = specs.length - 1; si >= 0; si--) {
    const s = specs[si], v = vals[at[si]];
    if (s.type === "binary" && s.size === null && !s.dynSize && !(v instanceof Bin)) bsFail(si + 1, s.type, "type", v);
  }
}

export function buildBinaryGeneral(specs: BinSpecs, vals: Term[], base: number): Bin {
  const out = new BitWriter();
  let j = base;
  // `acc <> x`: a large binary first is not copied into `out` (see appendOrBuild)
  const appendTo = specs.length > 1 && isAppendable(specs[0], vals[base]);
  if (appendTo) j++;
  for (let si = appendTo ? 1 : 0; si < specs.length; si++) {
    const s = specs[si];
    const v = vals[j++];
    let size = s.size;
    // a negative size the compiler knew: OTP's code raises a plain badarg
    if (size !== null && size < 0) throw new ErlangError("error", BADARG);
    if (s.dynSize) {
      const sv = vals[j++];
      if (typeof sv !== "number" || sv < 0) {
        earlierFailure(specs, vals, base);
        bsFail(si + 1, s.type, "size", sv);
      }
      size = sv as number;
    }
    try {
      writeSegment(out, v, s, size);
    } catch (e) {
      if (!(e instanceof ErlangError)) throw e;
      earlierFailure(specs, vals, base);
      // the BEAM says which segment failed and how (vm/error_info.ts)
      const short = s.type === "binary" && v instanceof Bin && size !== null && size * s.unit > v.bitSize;
      // a bitstring whose bits do not fill the segment's unit (`x::binary` of <<1::1>>)
      const unit = s.type === "binary" && v instanceof Bin && size === null && v.bitSize % s.unit !== 0;
      // a float segment of a size other than 16, 32 or 64 bits fails on its size, whatever the value
      const floatBits = (size ?? 64) * s.unit;
      if (s.type === "float" && floatBits !== 16 && floatBits !== 32 && floatBits !== 64) bsFail(si + 1, s.type, "invalid", floatBits);
      // an integer too large for a float
      const noFloat = s.type === "float" && typeof v === "bigint" && !Number.isFinite(bigToDouble(v));
      bsFail(si + 1, s.type, short ? "short" : unit ? "unit" : noFloat ? "no_float" : "type", v);
    }
  }
  return out.aligned ? appendOrBuild(specs, vals[base], out.bytes) : bitsAfter(appendTo ? (vals[base] as Bin) : null, out);
}
