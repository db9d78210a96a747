// Binary segments (<<x::size(16)-little, rest::binary>>): reading for patterns and writing for
// construction, for binaries and for bitstrings that are not whole bytes.
import { Bin, Float, Term, int, isInt, toBig, bigToDouble, Cons, NIL } from "./terms.ts";
import { raise, BADARG } from "./errors.ts";

export interface SegSpec {
  type: "integer" | "binary" | "utf8" | "utf16" | "utf32" | "float";
  /** size in units; null: default (integer 8 bits, float 64, binary the rest) */
  size: number | null;
  unit: number;
  signed: boolean;
  little: boolean;
}

function readUInt(bytes: Uint8Array, pos: number, n: number, little: boolean): bigint | number {
  if (n <= 6) {
    let v = 0;
    for (let i = 0; i < n; i++) v = v * 256 + bytes[little ? pos + n - 1 - i : pos + i];
    return v;
  }
  if (n <= 64) {
    let v = 0n;
    for (let i = 0; i < n; i++) v = (v << 8n) | BigInt(bytes[little ? pos + n - 1 - i : pos + i]);
    return v;
  }
  return bigFromBytes(bytes, pos, n, little);
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/** n bytes from pos as an unsigned integer, through one hex text (byte by byte shifting a
 *  BigInt is quadratic: a 4 MB integer segment took minutes) */
function bigFromBytes(bytes: Uint8Array, pos: number, n: number, little: boolean): bigint {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(HEX[bytes[little ? pos + n - 1 - i : pos + i]]);
  return BigInt("0x" + parts.join(""));
}

/** the byte holding bit position `bit` (positions past 2^31 bits, in binaries of 256 MB and
 *  more, are beyond what `>> 3` takes) */
export function byteOf(bit: number): number {
  return (bit - (bit & 7)) / 8;
}

/** OTP 25's largest integer, in bits (2^25 - 64): an integer segment whose value is larger fails
 *  its match */
export const MAX_SEGMENT_INT_BITS = 33_554_368;

/** would the unsigned value of `bits` bits at `pos` have at most MAX_SEGMENT_INT_BITS significant
 *  bits? (its leading zero bits, most significant first) */
function fitsLargestInt(bytes: Uint8Array, pos: number, bits: number, little: boolean): boolean {
  const need = bits - MAX_SEGMENT_INT_BITS;
  if (little) {
    // the most significant bytes come last; a whole-byte value only (else read and measure)
    if ((bits & 7) !== 0 || (pos & 7) !== 0) return bits <= 1 << 30 && toBitLength(readBits(bytes, pos, bits)) <= MAX_SEGMENT_INT_BITS;
    let zeros = 0;
    for (let i = (pos + bits) / 8 - 1; zeros < need && i >= pos / 8; i--) {
      const b = bytes[i];
      if (b !== 0) return zeros + (Math.clz32(b) - 24) >= need;
      zeros += 8;
    }
    return zeros >= need;
  }
  let p = pos;
  while (p - pos < need) {
    if ((p & 7) === 0 && bytes[p / 8] === 0) { p += 8; continue; }
    if ((bytes[byteOf(p)] >> (7 - (p & 7))) & 1) return false;
    p++;
  }
  return true;
}

function toBitLength(v: bigint): number {
  return v === 0n ? 0 : v.toString(2).length;
}

// ---- bits ----------------------------------------------------------------------------------------
// Positions and sizes below are in bits. Whole bytes at byte-aligned positions take the byte paths
// (every binary); only bitstrings that are not whole bytes (<<1::3>>, <<hi::4, lo::4>>) go bit by bit.

/** n bits (MSB first) of bytes from bit position pos, as an unsigned integer */
function readBits(bytes: Uint8Array, pos: number, n: number): bigint {
  if (n > 64) {
    // the whole bytes covering the bits, then the bits past the end shifted out
    const first = byteOf(pos), end = pos + n, last = byteOf(end + 7);
    const v = bigFromBytes(bytes, first, last - first, false) >> BigInt(last * 8 - end);
    return v & ((1n << BigInt(n)) - 1n);
  }
  let v = 0n;
  for (let i = 0; i < n; i++) {
    const p = pos + i;
    v = (v << 1n) | BigInt((bytes[byteOf(p)] >> (7 - (p & 7))) & 1);
  }
  return v;
}

/** the n bits of bytes from bit position pos, as a bitstring of its own */
export function sliceBits(bytes: Uint8Array, pos: number, n: number): Bin {
  if ((pos & 7) === 0 && (n & 7) === 0) return new Bin(bytes.subarray(pos / 8, (pos + n) / 8));
  if (n > 64) {
    // byte by byte, each output byte from two input bytes (bit by bit, a sub-bitstring of a
    // 256 MB binary took hours)
    const shift = pos & 7, first = byteOf(pos), len = byteOf(n + 7);
    const out = new Uint8Array(len);
    for (let i = 0; i < len; i++) {
      const hi = bytes[first + i] ?? 0, lo = bytes[first + i + 1] ?? 0;
      out[i] = shift === 0 ? hi : ((hi << shift) | (lo >> (8 - shift))) & 0xff;
    }
    const tail = n & 7;
    if (tail !== 0) out[len - 1] &= (0xff << (8 - tail)) & 0xff;
    return new Bin(out, undefined, tail);
  }
  const w = new BitWriter();
  w.pushBitsOf(bytes, pos, n);
  return w.finish();
}

/** the n bits of v from bit position pos (a sub-binary sharing v's bytes when whole bytes) */
export function subBits(v: Bin, pos: number, n: number): Bin {
  if ((pos & 7) === 0 && (n & 7) === 0) return v.slice(pos / 8, (pos + n) / 8);
  return sliceBits(v.bytes, pos, n);
}

/** Construction output: bytes, the last one partly used while the size is not whole bytes. */
export class BitWriter {
  readonly bytes: number[] = [];
  bits = 0;
  get aligned(): boolean {
    return (this.bits & 7) === 0;
  }
  pushByte(b: number): void {
    if ((this.bits & 7) === 0) {
      this.bytes.push(b);
      this.bits += 8;
    } else this.pushBits(BigInt(b), 8);
  }
  /** the low n bits of v, most significant first */
  pushBits(v: bigint, n: number): void {
    for (let i = n - 1; i >= 0; i--) {
      const off = this.bits & 7;
      if (off === 0) this.bytes.push(0);
      if ((v >> BigInt(i)) & 1n) this.bytes[this.bytes.length - 1] |= 0x80 >> off;
      this.bits++;
    }
  }
  /** n bits of src from bit position pos */
  pushBitsOf(src: Uint8Array, pos: number, n: number): void {
    if ((pos & 7) === 0 && (n & 7) === 0 && this.aligned) {
      for (let i = pos / 8, end = (pos + n) / 8; i < end; i++) this.bytes.push(src[i]);
      this.bits += n;
      return;
    }
    let i = 0;
    for (; i + 8 <= n; i += 8) this.pushBits(readBits(src, pos + i, 8), 8);
    if (i < n) this.pushBits(readBits(src, pos + i, n - i), n - i);
  }
  finish(): Bin {
    return new Bin(Uint8Array.from(this.bytes), undefined, this.bits & 7);
  }
}

/** a construction that is not whole bytes: `first` (when it was left out of `out`), then out */
export function bitsAfter(first: Bin | null, out: BitWriter): Bin {
  if (first === null) return out.finish();
  const w = new BitWriter();
  w.pushBitsOf(first.bytes, 0, first.bitSize);
  w.pushBitsOf(Uint8Array.from(out.bytes), 0, out.bits);
  return w.finish();
}

export function readSegment(
  v: Bin,
  pos: number,
  s: SegSpec,
  size: number | null,
  last: boolean,
): { value: Term; pos: number } | null {
  const total = v.bitSize;
  // a byte-aligned byte (`<<c, rest::binary>>`, the common loop) without a view of v's bytes
  if (s.type === "integer" && (pos & 7) === 0 && (size ?? 8) * s.unit === 8 && !s.signed) {
    return pos + 8 > total ? null : { value: v.byteAt(pos / 8), pos: pos + 8 };
  }
  // a binary segment shares v's bytes (subBits): no view of them made here
  if (s.type === "binary") {
    // `binary` has unit 8 (whole bytes only), `bitstring` unit 1
    if (size === null) {
      if (!last) return null;
      const rest = total - pos;
      if (rest % s.unit !== 0) return null;
      return { value: subBits(v, pos, rest), pos: total };
    }
    const bits = size * s.unit;
    if (pos + bits > total) return null;
    return { value: subBits(v, pos, bits), pos: pos + bits };
  }
  const bytes = v.bytes;
  switch (s.type) {
    case "integer": {
      const bits = (size ?? 8) * s.unit;
      if (pos + bits > total) return null;
      // a value past OTP's largest integer does not match, as on the BEAM (decided before the
      // bits are read: a 2^31-bit segment is no BigInt)
      if (bits > MAX_SEGMENT_INT_BITS && !fitsLargestInt(bytes, pos, bits, s.little)) return null;
      let x: bigint | number;
      if ((bits & 7) === 0 && (pos & 7) === 0) x = readUInt(bytes, pos / 8, bits / 8, s.little);
      else if (s.little && bits > 8) {
        // little-endian: whole bytes from the least significant, then the remaining high bits
        // (the whole bytes as one little-endian read: shifting byte by byte is quadratic)
        const k = byteOf(bits), low = sliceBits(bytes, pos, k * 8);
        let big = k > 0 ? toBig(readUInt(low.bytes, 0, k, true)) : 0n;
        if (k * 8 < bits) big |= readBits(bytes, pos + k * 8, bits - k * 8) << BigInt(k * 8);
        x = big;
      } else x = readBits(bytes, pos, bits);
      if (s.signed && bits > 0) {
        const big = toBig(x);
        const limit = 1n << BigInt(bits - 1);
        if (big >= limit) x = big - (limit << 1n);
      }
      return { value: int(x), pos: pos + bits };
    }
    case "float": {
      const bits = (size ?? 64) * s.unit;
      if ((bits !== 64 && bits !== 32 && bits !== 16) || pos + bits > total) return null;
      const n = bits >> 3;
      const buf = (pos & 7) === 0 ? bytes.subarray(pos / 8, pos / 8 + n) : sliceBits(bytes, pos, bits).bytes;
      const dv = new DataView(buf.buffer, buf.byteOffset, n);
      const f = n === 8 ? dv.getFloat64(0, s.little) : n === 4 ? dv.getFloat32(0, s.little) : fromHalf(dv.getUint16(0, s.little));
      // (an infinity or a NaN is no Erlang float: the segment does not match)
      if (!Number.isFinite(f)) return null;
      return { value: new Float(f), pos: pos + bits };
    }
    case "utf8": {
      const byteAt = (i: number): number => ((pos & 7) === 0 ? bytes[pos / 8 + i] : Number(readBits(bytes, pos + i * 8, 8)));
      const avail = byteOf(total - pos);
      if (avail < 1) return null;
      const b0 = byteAt(0);
      let cp: number, n: number;
      if (b0 < 0x80) { cp = b0; n = 1; }
      else if (b0 >= 0xc2 && b0 < 0xe0) { cp = b0 & 0x1f; n = 2; }
      else if (b0 >= 0xe0 && b0 < 0xf0) { cp = b0 & 0x0f; n = 3; }
      else if (b0 >= 0xf0 && b0 < 0xf5) { cp = b0 & 0x07; n = 4; }
      else return null;
      if (n > avail) return null;
      for (let i = 1; i < n; i++) {
        const b = byteAt(i);
        if ((b & 0xc0) !== 0x80) return null;
        cp = (cp << 6) | (b & 0x3f);
      }
      if ((n === 3 && cp < 0x800) || (n === 4 && (cp < 0x10000 || cp > 0x10ffff)) || (cp >= 0xd800 && cp <= 0xdfff)) return null;
      return { value: cp, pos: pos + n * 8 };
    }
    case "utf16":
    case "utf32": {
      const n = s.type === "utf16" ? 2 : 4;
      const unitAt = (at: number): number | null => {
        if (at + n * 8 > total) return null;
        let u = 0;
        for (let i = 0; i < n; i++) {
          const b = (at & 7) === 0 ? bytes[at / 8 + i] : Number(readBits(bytes, at + i * 8, 8));
          u += b * 2 ** (8 * (s.little ? i : n - 1 - i));
        }
        return u;
      };
      const u = unitAt(pos);
      if (u === null) return null;
      if (n === 4) return u > 0x10ffff || (u >= 0xd800 && u <= 0xdfff) ? null : { value: u, pos: pos + 32 };
      if (u < 0xd800 || u > 0xdfff) return { value: u, pos: pos + 16 };
      const low = u < 0xdc00 ? unitAt(pos + 16) : null;
      if (low === null || low < 0xdc00 || low > 0xdfff) return null;
      return { value: 0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00), pos: pos + 32 };
    }
  }
}

/** the UTF-16 or UTF-32 code units of a code point, or null when it is not one */
function utfUnits(cp: number, type: "utf16" | "utf32"): number[] | null {
  if (cp < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
  if (type === "utf32" || cp < 0x10000) return [cp];
  const v = cp - 0x10000;
  return [0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff)];
}

/** Encode a code point as UTF-8 bytes, or null when it is not a valid code point. */
export function utf8Encode(cp: number): number[] | null {
  if (cp < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 0x3f)];
  if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
  return [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
}

/** Append one segment to out, raising ArgumentError-style badarg as the BEAM does. */
export function writeSegment(out: BitWriter, value: Term, s: SegSpec, size: number | null): void {
  switch (s.type) {
    case "integer": {
      if (!isInt(value)) raise(BADARG);
      const bits = (size ?? 8) * s.unit;
      let v = toBig(value as number | bigint);
      const mod = 1n << BigInt(bits);
      v = ((v % mod) + mod) % mod;
      if ((bits & 7) !== 0 || !out.aligned) {
        if (s.little && bits > 8) {
          // little-endian: whole bytes from the least significant, then the remaining high bits
          let i = 0;
          for (; i + 8 <= bits; i += 8) out.pushBits((v >> BigInt(i)) & 0xffn, 8);
          if (i < bits) out.pushBits(v >> BigInt(i), bits - i);
        } else out.pushBits(v, bits);
        return;
      }
      const n = bits / 8;
      const tmp: number[] = [];
      for (let i = 0; i < n; i++) {
        tmp.push(Number(v & 0xffn));
        v >>= 8n;
      }
      if (!s.little) tmp.reverse();
      for (const b of tmp) out.pushByte(b);
      return;
    }
    case "float": {
      let f: number;
      if (value instanceof Float) f = value.value;
      else if (typeof value === "number") f = value;
      else if (typeof value === "bigint") {
        // an integer past the largest double is no float (bsFail's no_float, vm/binary_build.ts)
        f = bigToDouble(value);
        if (!Number.isFinite(f)) raise(BADARG);
      }
      else raise(BADARG);
      const n = ((size ?? 64) * s.unit) / 8;
      const buf = new Uint8Array(n);
      const dv = new DataView(buf.buffer);
      if (n === 8) dv.setFloat64(0, f, s.little);
      else if (n === 4) dv.setFloat32(0, f, s.little);
      else if (n === 2) dv.setUint16(0, toHalf(f), s.little);
      else raise(BADARG);
      for (const b of buf) out.pushByte(b);
      return;
    }
    case "binary": {
      if (!(value instanceof Bin)) raise(BADARG);
      const have = value.bitSize;
      const bits = size === null ? have : size * s.unit;
      // `binary` (unit 8) takes whole bytes only; a size may take a prefix, never more than there is
      if (bits > have || bits % s.unit !== 0) raise(BADARG);
      out.pushBitsOf(value.bytes, 0, bits);
      return;
    }
    case "utf8": {
      const enc = typeof value === "number" ? utf8Encode(value) : null;
      if (enc === null) raise(BADARG);
      for (const b of enc) out.pushByte(b);
      return;
    }
    case "utf16":
    case "utf32": {
      const units = typeof value === "number" ? utfUnits(value, s.type) : null;
      if (units === null) raise(BADARG);
      const n = s.type === "utf16" ? 2 : 4;
      for (const u of units)
        for (let i = 0; i < n; i++) out.pushByte((u >>> (8 * (s.little ? i : n - 1 - i))) & 0xff);
      return;
    }
    default:
      raise(BADARG);
  }
}

/** Flatten iodata (binaries, bytes 0..255, nested lists) into bytes; null when not iodata. */
export function iodataBytes(t: Term, out: number[] = []): number[] | null {
  if (t instanceof Bin) {
    if (t.tailBits !== 0) return null;
    for (let i = 0; i < t.size; i++) out.push(t.byteAt(i));
    return out;
  }
  while (t instanceof Cons) {
    const h = t.head;
    if (typeof h === "number") {
      if (h < 0 || h > 255) return null;
      out.push(h);
    } else if (iodataBytes(h, out) === null) return null;
    t = t.tail;
  }
  if (t === NIL) return out;
  if (t instanceof Bin) return iodataBytes(t, out);
  return null;
}

/** a float as IEEE 754 half precision bits (OTP's float-16), rounded to nearest, ties to even;
 *  too large for it: an infinity, as OTP writes (and no match reads back) */
export function toHalf(f: number): number {
  const sign = f < 0 || Object.is(f, -0) ? 0x8000 : 0;
  const a = Math.abs(f);
  if (Number.isNaN(f)) return 0x7e00;
  if (a === 0) return sign;
  if (a === Infinity) return sign | 0x7c00;
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  else if (2 ** (e + 1) <= a) e++;
  // below the smallest normal: a multiple of 2^-24 (1024 of them is the smallest normal's bits)
  if (e < -14) return sign | roundHalfEven(a / 2 ** -24);
  let m = roundHalfEven((a / 2 ** e - 1) * 1024);
  if (m === 1024) (m = 0), e++;
  return e > 15 ? sign | 0x7c00 : sign | ((e + 15) << 10) | m;
}

/** the float of half precision bits (an infinity or a NaN as JS's) */
export function fromHalf(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 31, m = h & 1023;
  if (e === 31) return m === 0 ? sign * Infinity : NaN;
  return sign * (e === 0 ? m * 2 ** -24 : (1 + m / 1024) * 2 ** (e - 15));
}

function roundHalfEven(x: number): number {
  const fl = Math.floor(x), d = x - fl;
  return d > 0.5 ? fl + 1 : d < 0.5 ? fl : fl % 2 === 0 ? fl : fl + 1;
}
