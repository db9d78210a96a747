// Binary segments (<<x::size(16)-little, rest::binary>>): reading for patterns and writing for
// construction. beamlet supports byte-aligned binaries (bit sizes must add up to whole bytes).
import { Bin, Float, Term, int, isInt, toBig, Cons, NIL } from "./terms.ts";
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
  let v = 0n;
  for (let i = 0; i < n; i++) v = (v << 8n) | BigInt(bytes[little ? pos + n - 1 - i : pos + i]);
  return v;
}

export function readSegment(
  bytes: Uint8Array,
  pos: number,
  s: SegSpec,
  size: number | null,
  last: boolean,
): { value: Term; pos: number } | null {
  switch (s.type) {
    case "integer": {
      const bits = (size ?? 8) * s.unit;
      if (bits % 8 !== 0) return null;
      const n = bits / 8;
      if (pos + n > bytes.length) return null;
      let v = readUInt(bytes, pos, n, s.little);
      if (s.signed && n > 0) {
        const big = toBig(v);
        const limit = 1n << BigInt(bits - 1);
        if (big >= limit) v = big - (limit << 1n);
      }
      return { value: int(v), pos: pos + n };
    }
    case "float": {
      const bits = (size ?? 64) * s.unit;
      const n = bits / 8;
      if ((n !== 8 && n !== 4) || pos + n > bytes.length) return null;
      const dv = new DataView(bytes.buffer, bytes.byteOffset + pos, n);
      const f = n === 8 ? dv.getFloat64(0, s.little) : dv.getFloat32(0, s.little);
      return { value: new Float(f), pos: pos + n };
    }
    case "binary": {
      if (size === null) {
        if (!last) return null;
        return { value: new Bin(bytes.subarray(pos)), pos: bytes.length };
      }
      const bits = size * s.unit;
      if (bits % 8 !== 0) return null;
      const n = bits / 8;
      if (pos + n > bytes.length) return null;
      return { value: new Bin(bytes.subarray(pos, pos + n)), pos: pos + n };
    }
    case "utf8": {
      if (pos >= bytes.length) return null;
      const b0 = bytes[pos];
      let cp: number, n: number;
      if (b0 < 0x80) { cp = b0; n = 1; }
      else if (b0 >= 0xc2 && b0 < 0xe0) { cp = b0 & 0x1f; n = 2; }
      else if (b0 >= 0xe0 && b0 < 0xf0) { cp = b0 & 0x0f; n = 3; }
      else if (b0 >= 0xf0 && b0 < 0xf5) { cp = b0 & 0x07; n = 4; }
      else return null;
      if (pos + n > bytes.length) return null;
      for (let i = 1; i < n; i++) {
        const b = bytes[pos + i];
        if ((b & 0xc0) !== 0x80) return null;
        cp = (cp << 6) | (b & 0x3f);
      }
      if ((n === 3 && cp < 0x800) || (n === 4 && (cp < 0x10000 || cp > 0x10ffff)) || (cp >= 0xd800 && cp <= 0xdfff)) return null;
      return { value: cp, pos: pos + n };
    }
    case "utf16":
    case "utf32":
      return null;
  }
}

/** Encode a code point as UTF-8 bytes, or null when it is not a valid code point. */
export function utf8Encode(cp: number): number[] | null {
  if (cp < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 0x3f)];
  if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
  return [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
}

/** Append one segment's bytes to out, raising ArgumentError-style badarg as the BEAM does. */
export function writeSegment(out: number[], value: Term, s: SegSpec, size: number | null): void {
  switch (s.type) {
    case "integer": {
      if (!isInt(value)) raise(BADARG);
      const bits = (size ?? 8) * s.unit;
      if (bits % 8 !== 0) raise(BADARG);
      const n = bits / 8;
      let v = toBig(value as number | bigint);
      const mod = 1n << BigInt(bits);
      v = ((v % mod) + mod) % mod;
      const tmp: number[] = [];
      for (let i = 0; i < n; i++) {
        tmp.push(Number(v & 0xffn));
        v >>= 8n;
      }
      if (!s.little) tmp.reverse();
      for (const b of tmp) out.push(b);
      return;
    }
    case "float": {
      let f: number;
      if (value instanceof Float) f = value.value;
      else if (typeof value === "number") f = value;
      else if (typeof value === "bigint") f = Number(value);
      else raise(BADARG);
      const n = ((size ?? 64) * s.unit) / 8;
      const buf = new Uint8Array(n);
      const dv = new DataView(buf.buffer);
      if (n === 8) dv.setFloat64(0, f, s.little);
      else if (n === 4) dv.setFloat32(0, f, s.little);
      else raise(BADARG);
      for (const b of buf) out.push(b);
      return;
    }
    case "binary": {
      if (!(value instanceof Bin)) raise(BADARG);
      const bytes = value.bytes;
      if (size === null) {
        for (let i = 0; i < bytes.length; i++) out.push(bytes[i]);
      } else {
        const n = (size * s.unit) / 8;
        if (n > bytes.length) raise(BADARG);
        for (let i = 0; i < n; i++) out.push(bytes[i]);
      }
      return;
    }
    case "utf8": {
      const enc = typeof value === "number" ? utf8Encode(value) : null;
      if (enc === null) raise(BADARG);
      for (const b of enc) out.push(b);
      return;
    }
    default:
      raise(BADARG);
  }
}

/** Flatten iodata (binaries, bytes 0..255, nested lists) into bytes; null when not iodata. */
export function iodataBytes(t: Term, out: number[] = []): number[] | null {
  if (t instanceof Bin) {
    for (let i = 0; i < t.bytes.length; i++) out.push(t.bytes[i]);
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
